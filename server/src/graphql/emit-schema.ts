import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './build-schema';

export const SCHEMA_HEADER = '# Emitted from the code by `npm run schema`; do not edit. A test fails when this file drifts.\n\n';

export async function printAppSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
