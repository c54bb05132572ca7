import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printAppSchema } from './emit-schema';

// `npm run schema`: writes schema.graphql at the project root.
printAppSchema()
  .then((sdl) => {
    const path = resolve(__dirname, '../../../schema.graphql');
    writeFileSync(path, sdl);
    console.log(`Wrote ${path}`);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
