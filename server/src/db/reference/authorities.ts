import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Each GB local authority in the postcode data with the council that commissions its adult social care (ONS lookup,
// OGL v3: see server/data/uk-authorities.SOURCE.md for attribution). In two-tier England a district maps to its county.
export interface AuthorityRow {
  localAuthorityCode: string;
  localAuthorityName: string;
  upperTierCode: string;
  upperTierName: string;
  country: 'England' | 'Wales' | 'Scotland';
}

export const AUTHORITIES_CSV = resolve(__dirname, '../../../data/uk-authorities.csv');

/** Splits one CSV line whose fields may be quoted ("Bristol, City of"). */
function fields(line: string): string[] {
  const out: string[] = [];
  const re = /(?:"((?:[^"]|"")*)"|([^,]*))(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && out.length < 5) {
    out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (m.index + m[0].length >= line.length) break;
  }
  return out;
}

export function readAuthorities(path = AUTHORITIES_CSV): AuthorityRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header !== 'local_authority_code,local_authority_name,upper_tier_code,upper_tier_name,country') {
    throw new Error(`Unexpected header in ${path}: ${header}`);
  }
  return lines.map((line, i) => {
    const [code, name, upper, upperName, country] = fields(line);
    if (!/^[EWS]\d{8}$/.test(code) || !/^[EWS]\d{8}$/.test(upper) || !name || !upperName || !['England', 'Wales', 'Scotland'].includes(country)) {
      throw new Error(`Cannot read line ${i + 2} of ${path}: ${line}`);
    }
    return { localAuthorityCode: code, localAuthorityName: name, upperTierCode: upper, upperTierName: upperName, country: country as AuthorityRow['country'] };
  });
}
