import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Hot list types (offerings, their providers, slots, categories, matches, page info) are declared with
// `@ObjectType({ simpleResolvers: true })`: their plain fields resolve with graphql-js's default resolver instead of
// type-graphql's per-field wrapper, which a 100-result search would otherwise call thousands of times. type-graphql
// then skips middlewares and @Authorized on those plain fields, silently. Access is decided on operations
// (@Access) and in field resolvers' services, never on entity fields; this test keeps it that way for these types.
const SRC = join(__dirname, '..');
const FILES = [
  'modules/catalogue/offering.entity.ts',
  'modules/catalogue/slot.entity.ts',
  'modules/catalogue/category.entity.ts',
  'modules/provider/provider.entity.ts',
  'modules/matching/match.entity.ts',
  'graphql/connection.ts',
];

describe('hot list types with simple resolvers', () => {
  it.each(FILES)('%s puts no authorization or middleware on fields', (file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    expect(text).toMatch(/simpleResolvers: true/);
    expect(text).not.toMatch(/@(Authorized|UseMiddleware|Access)\(/);
  });
});
