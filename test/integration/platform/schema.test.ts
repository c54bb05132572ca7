import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, findBreakingChanges, isObjectType } from 'graphql';
import { buildAppSchema } from '../../../server/src/graphql/build-schema';
import { printAppSchema } from '../../../server/src/graphql/emit-schema';

const ROOT = resolve(__dirname, '../../..');

describe('schema.graphql', () => {
  it('is exactly what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(resolve(ROOT, 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('contains the whole public contract (../shared/contract.graphql) with no breaking change', () => {
    const contract = buildSchema(readFileSync(resolve(ROOT, '../shared/contract.graphql'), 'utf8'));
    const ours = buildSchema(readFileSync(resolve(ROOT, 'schema.graphql'), 'utf8'));
    expect(findBreakingChanges(contract, ours).map((c) => c.description)).toEqual([]);
  });

  it('states who may call every query and mutation', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      if (!root || !isObjectType(root)) continue;
      for (const field of Object.values(root.getFields())) {
        const access = field.extensions?.access as string[] | undefined;
        if (!access || access.length === 0) missing.push(`${root.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
