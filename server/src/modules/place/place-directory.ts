import type { EntityManager } from 'typeorm';
import { AppError, badInput } from '../../common/app-error';
import { rows } from '../../db/sql';
import { councilName, LocalAuthority, PostcodeDistrict } from './place.entity';

// Reference data that only migrations change (2,864 districts, 371 authorities of which 207 commission care):
// loaded once at start and served from memory, so reading a place never costs a SQL statement.
const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$/;
const OUTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

export class PlaceDirectory {
  private readonly districts = new Map<string, PostcodeDistrict>();
  private readonly authorities = new Map<string, LocalAuthority>();
  private readonly districtsByAuthority = new Map<string, PostcodeDistrict[]>();
  private readonly lowerTiers = new Map<string, LocalAuthority[]>();
  private commissioning: LocalAuthority[] | null = null;

  static async load(db: EntityManager): Promise<PlaceDirectory> {
    const dir = new PlaceDirectory();
    const las = await rows<{ code: string; name: string; commissioningAuthorityCode: string; country: LocalAuthority['country'] }>(
      db,
      `SELECT code, name, commissioning_authority_code AS "commissioningAuthorityCode", country FROM local_authority ORDER BY name, code`,
    );
    for (const la of las) {
      const authority = Object.assign(new LocalAuthority(), la);
      dir.authorities.set(la.code, authority);
      if (la.code !== la.commissioningAuthorityCode || !la.code.startsWith('E10')) {
        const list = dir.lowerTiers.get(la.commissioningAuthorityCode) ?? [];
        list.push(authority);
        dir.lowerTiers.set(la.commissioningAuthorityCode, list);
      }
    }
    const ds = await rows<{ outcode: string; latitude: number; longitude: number; local_authority_code: string; commissioning_authority_code: string }>(
      db,
      `SELECT outcode, latitude, longitude, local_authority_code, commissioning_authority_code FROM postcode_district ORDER BY outcode`,
    );
    for (const d of ds) {
      const district = Object.assign(new PostcodeDistrict(), {
        outcode: d.outcode,
        latitude: d.latitude,
        longitude: d.longitude,
        localAuthorityCode: d.local_authority_code,
        commissioningAuthorityCode: d.commissioning_authority_code,
      });
      dir.districts.set(d.outcode, district);
      for (const code of new Set([d.local_authority_code, d.commissioning_authority_code])) {
        const list = dir.districtsByAuthority.get(code) ?? [];
        list.push(district);
        dir.districtsByAuthority.set(code, list);
      }
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

  /**
   * The council that commissions care, for a code given where one is wanted. A shire district's code is
   * BAD_USER_INPUT naming its county, so a mistaken code is corrected rather than silently moved.
   */
  commissioningAuthority(input: string, field = 'localAuthorityCode'): LocalAuthority {
    const code = String(input ?? '').trim().toUpperCase();
    const found = this.authorities.get(code);
    if (!found) throw badInput(`There is no local authority with the code ${String(input ?? '').slice(0, 12)}.`, field);
    if (!found.commissionsCare) {
      const upper = this.authorities.get(found.commissioningAuthorityCode)!;
      throw badInput(`${found.name} is a district council; care is commissioned by ${councilName(upper)} (${upper.code}).`, field);
    }
    return found;
  }

  /** The council that commissions care for any authority (itself, or a shire district's county). */
  commissionerOf(code: string): LocalAuthority | null {
    const found = this.authorities.get(code);
    return found ? this.authorities.get(found.commissioningAuthorityCode) ?? null : null;
  }

  allAuthorities(): LocalAuthority[] {
    return [...this.authorities.values()];
  }

  /** The 207 councils that commission adult social care in Great Britain, by name. */
  commissioningAuthorities(): LocalAuthority[] {
    // Reference data that only migrations change: listed once, on first use.
    return (this.commissioning ??= [...this.authorities.values()].filter((a) => a.commissionsCare));
  }

  /**
   * The lower-tier authorities a commissioning authority adds up: a county's shire districts, or the unitary,
   * borough or council itself. Sorted by name.
   */
  lowerTiersOf(commissioningCode: string): LocalAuthority[] {
    return this.lowerTiers.get(commissioningCode) ?? [];
  }

  /** Postcode districts in an authority of either tier (a county's are all its districts' postcode districts). */
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
