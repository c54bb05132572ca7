import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import { rows } from '../../db/sql';
import { LocalAuthority, PostcodeDistrict } from './place.entity';

// Reference data that only migrations change (2,864 districts, 361 authorities): loaded once at start and
// served from memory, so reading a place never costs a SQL statement.
const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$/;
const OUTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

export class PlaceDirectory {
  private readonly districts = new Map<string, PostcodeDistrict>();
  private readonly authorities = new Map<string, LocalAuthority>();
  private readonly districtsByAuthority = new Map<string, PostcodeDistrict[]>();

  static async load(db: EntityManager): Promise<PlaceDirectory> {
    const dir = new PlaceDirectory();
    const las = await rows<{ code: string; name: string }>(db, `SELECT code, name FROM local_authority ORDER BY name`);
    for (const la of las) dir.authorities.set(la.code, Object.assign(new LocalAuthority(), la));
    const ds = await rows<{ outcode: string; latitude: number; longitude: number; local_authority_code: string }>(
      db,
      `SELECT outcode, latitude, longitude, local_authority_code FROM postcode_district ORDER BY outcode`,
    );
    for (const d of ds) {
      const district = Object.assign(new PostcodeDistrict(), {
        outcode: d.outcode,
        latitude: d.latitude,
        longitude: d.longitude,
        localAuthorityCode: d.local_authority_code,
      });
      dir.districts.set(d.outcode, district);
      const list = dir.districtsByAuthority.get(d.local_authority_code) ?? [];
      list.push(district);
      dir.districtsByAuthority.set(d.local_authority_code, list);
    }
    return dir;
  }

  /**
   * The district for what a person typed: `m14`, `M14`, `M14 5TQ` and `m145tq` all mean M14.
   * Anything we do not know is BAD_USER_INPUT naming the field.
   */
  district(input: string, field = 'outcode'): PostcodeDistrict {
    const text = String(input ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
    if (text.length === 0 || text.length > 10) throw unknown(input, field);
    const full = FULL_POSTCODE.exec(text);
    const outcode = full ? full[1] : text.replace(/\s/g, '');
    if (!OUTCODE.test(outcode)) throw unknown(input, field);
    const found = this.districts.get(outcode);
    if (!found) throw unknown(input, field);
    return found;
  }

  authority(code: string): LocalAuthority | null {
    return this.authorities.get(code) ?? null;
  }

  allAuthorities(): LocalAuthority[] {
    return [...this.authorities.values()];
  }

  districtsIn(localAuthorityCode: string): PostcodeDistrict[] {
    return this.districtsByAuthority.get(localAuthorityCode) ?? [];
  }

  allDistricts(): PostcodeDistrict[] {
    return [...this.districts.values()];
  }
}

function unknown(input: string, field: string): AppError {
  const shown = String(input ?? '').slice(0, 12);
  return new AppError('BAD_USER_INPUT', `We do not know the postcode district "${shown}". Try the first half of a postcode, like M14 or LS1.`, { field });
}
