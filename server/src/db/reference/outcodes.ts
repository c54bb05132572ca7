import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// GB postcode districts (OS Code-Point Open, OGL v3: see server/data/uk-outcodes.SOURCE.md for attribution).
export interface OutcodeRow {
  outcode: string;
  latitude: number;
  longitude: number;
  localAuthorityCode: string;
  localAuthorityName: string;
}

export const OUTCODES_CSV = resolve(__dirname, '../../../data/uk-outcodes.csv');

export function readOutcodes(path = OUTCODES_CSV): OutcodeRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header !== 'outcode,latitude,longitude,local_authority_code,local_authority_name') {
    throw new Error(`Unexpected header in ${path}: ${header}`);
  }
  return lines.map((line, i) => {
    // Names may be quoted ("Bristol, City of"); the other fields never contain commas.
    const m = /^([A-Z0-9]+),(-?[\d.]+),(-?[\d.]+),([A-Z]\d{8}),(?:"((?:[^"]|"")*)"|(.*))$/.exec(line);
    if (!m) throw new Error(`Cannot read line ${i + 2} of ${path}: ${line}`);
    return {
      outcode: m[1],
      latitude: Number(m[2]),
      longitude: Number(m[3]),
      localAuthorityCode: m[4],
      localAuthorityName: (m[5] ?? m[6]).replace(/""/g, '"'),
    };
  });
}
