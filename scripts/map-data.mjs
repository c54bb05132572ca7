#!/usr/bin/env node
// Writes web/src/features/market/gb-districts.json: every GB postcode district centroid from server/data/uk-outcodes.csv,
// projected to SVG units for the commissioner's map (no map tiles needed). Run after the CSV changes:
//   node scripts/map-data.mjs
// The data is adapted from OS Code-Point Open (Open Government Licence v3.0): see server/data/uk-outcodes.SOURCE.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = readFileSync(join(root, 'server/data/uk-outcodes.csv'), 'utf8').trim().split('\n').slice(1);

// Equirectangular with the longitude squeezed by cos(54.5°), the middle of GB: good enough at this scale.
const K = 60;
const LON0 = -8.7;
const LAT0 = 60.9;
const COS = Math.cos((54.5 * Math.PI) / 180);
const project = (lat, lon) => [Math.round((lon - LON0) * COS * K * 10) / 10, Math.round((LAT0 - lat) * K * 10) / 10];

const districts = rows.map((line) => {
  const [outcode, lat, lon, la] = line.split(',');
  const [x, y] = project(Number(lat), Number(lon));
  return [outcode, x, y, la];
});
const width = Math.ceil(Math.max(...districts.map((d) => d[1])) + 10);
const height = Math.ceil(Math.max(...districts.map((d) => d[2])) + 10);
const out = {
  attribution: 'Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright and database right 2025. Licensed under the Open Government Licence v3.0. Adapted: district centroids projected for drawing.',
  width,
  height,
  districts,
};
writeFileSync(join(root, 'web/src/features/market/gb-districts.json'), `${JSON.stringify(out)}\n`);
console.log(`wrote ${districts.length} districts (${width} x ${height})`);
