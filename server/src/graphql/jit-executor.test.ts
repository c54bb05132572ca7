import { buildSchema, execute, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { jitExecutor } from './jit-executor';

// A schema with what the compiler must get right: arguments, lists, nulls, a resolver that throws (the error and a
// null in its place), a non-null field that fails (the null bubbles to its parent), an interface, a mutation.
const schema = buildSchema(`
  interface Named { name: String! }
  type Card implements Named { id: ID! name: String! price: Int rating: Float tags: [String!]! failing: String mustHave: String! }
  type Query { cards(first: Int!, kind: String): [Card!]! named: [Named!]! }
  type Mutation { touch(id: ID!): Int! }
`);
let touched = 0;
const card = (i: number) => ({
  __typename: 'Card',
  id: String(i),
  name: `card ${i}`,
  price: i % 2 ? i * 100 : null,
  rating: i / 3,
  tags: ['a', String(i)],
});
const root = {
  cards: ({ first, kind }: { first: number; kind?: string }) => Array.from({ length: first }, (_, i) => ({ ...card(i), name: kind ? `${kind} ${i}` : `card ${i}` })),
  named: () => [card(1)],
  touch: () => ++touched,
};
// graphql-jit reads resolvers from the schema, as type-graphql's are: put the root's functions there.
for (const [name, fn] of Object.entries(root)) {
  const type = name === 'touch' ? schema.getMutationType()! : schema.getQueryType()!;
  type.getFields()[name].resolve = (_src, args) => (fn as (a: unknown) => unknown)(args);
}
const cardFields = (schema.getType('Card') as unknown as { getFields(): Record<string, { resolve?: (src: { id: string }) => unknown }> }).getFields();
cardFields.failing.resolve = (c) => {
  throw new Error(`no ${c.id}`);
};
cardFields.mustHave.resolve = (c) => (c.id === '2' ? null : 'here');
(schema.getType('Named') as unknown as { resolveType: (v: { __typename: string }) => string }).resolveType = (v) => v.__typename;

function request(query: string, variables: Record<string, unknown> = {}, document: DocumentNode = parse(query)) {
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return { document, operation, context: {}, request: { query, variables } } as unknown as GatewayGraphQLRequestContext;
}
const plain = (rc: GatewayGraphQLRequestContext) => execute({ schema, document: rc.document, variableValues: rc.request.variables, contextValue: {} });
const json = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('jitExecutor', () => {
  const QUERY = `query Q($first: Int!, $kind: String) { cards(first: $first, kind: $kind) { id name price rating tags } named { name ... on Card { id } } }`;

  it('answers exactly as graphql-js does, compiled from the second run of a document', async () => {
    const { executor, stats } = jitExecutor(schema);
    const document = parse(QUERY);
    const first = await executor(request(QUERY, { first: 5, kind: 'walk' }, document));
    expect(stats).toEqual({ compiled: 0, jitRuns: 0, interpretedRuns: 1 });
    const second = await executor(request(QUERY, { first: 5 }, document));
    expect(stats).toEqual({ compiled: 1, jitRuns: 1, interpretedRuns: 1 });
    expect(json(first)).toEqual(json(await plain(request(QUERY, { first: 5, kind: 'walk' }, document))));
    expect(json(second)).toEqual(json(await plain(request(QUERY, { first: 5 }, document))));
    expect((second.data as { cards: unknown[] }).cards).toHaveLength(5);
  });

  it('gives the same errors, paths and nulls as graphql-js when resolvers fail', async () => {
    const { executor, stats } = jitExecutor(schema, { hotAfter: 1 });
    const q = `{ cards(first: 3) { id failing mustHave } }`;
    const compiled = await executor(request(q));
    expect(stats.jitRuns).toBe(1);
    const interpreted = await plain(request(q));
    expect(compiled.data).toEqual(json(interpreted.data)); // cards is [Card!]!: card 2's null mustHave nulls the list
    expect(compiled.errors!.map((e) => [e.message, e.path]).sort()).toEqual(interpreted.errors!.map((e) => [e.message, e.path]).sort());
    // Shaped as graphql-js's own errors (Apollo's formatting reads `extensions`), with the resolver's error kept.
    expect(compiled.errors!.map((e) => [e.locations, e.extensions])).toEqual(interpreted.errors!.map((e) => [e.locations, e.extensions]));
    expect(compiled.errors!.filter((e) => e.originalError?.message?.startsWith('no ')).length).toBe(3);
  });

  it('refuses a bad variable with graphql-js\'s own error, before running anything', async () => {
    const { executor } = jitExecutor(schema, { hotAfter: 1 });
    const document = parse(QUERY);
    const bad = await executor(request(QUERY, { first: 'many' }, document));
    const expected = await plain(request(QUERY, { first: 'many' }, document));
    expect(bad.data).toBeUndefined();
    expect(bad.errors!.map((e) => e.message)).toEqual(expected.errors!.map((e) => e.message));
    expect(bad.errors![0].nodes![0].kind).toBe('VariableDefinition'); // what Apollo turns into BAD_USER_INPUT
  });

  it('leaves mutations to graphql-js', async () => {
    const { executor, stats } = jitExecutor(schema, { hotAfter: 1 });
    const before = touched;
    const r = await executor(request(`mutation { a: touch(id: "1") b: touch(id: "2") }`));
    expect(r.data).toEqual({ a: before + 1, b: before + 2 });
    expect(stats).toMatchObject({ compiled: 0, interpretedRuns: 1 });
  });

  it('keeps at most maxCompiled documents, the least recently used dropped first', async () => {
    const { executor, stats } = jitExecutor(schema, { hotAfter: 2, maxCompiled: 2 });
    const docs = ['{ named { name } }', '{ cards(first: 1) { id } }', '{ cards(first: 2) { id } }'].map((q) => ({ q, d: parse(q) }));
    for (const { q, d } of docs.slice(0, 2)) for (let i = 0; i < 2; i++) await executor(request(q, {}, d));
    expect(stats.compiled).toBe(2);
    await executor(request(docs[2].q, {}, docs[2].d)); // a third document pushes out the first
    await executor(request(docs[0].q, {}, docs[0].d)); // seen again, it counts from one
    expect(stats.compiled).toBe(2);
    await executor(request(docs[0].q, {}, docs[0].d));
    expect(stats.compiled).toBe(3);
  });
});

describe('the app schema, for the compiler', () => {
  // graphql-jit reads a field with no resolver as a plain property, where graphql-js's default resolver would call a
  // method. type-graphql gives every method field a resolver; this keeps it so (a method read as a property would
  // answer "cannot represent value").
  it('has no field without a resolver that its class defines as a method', async () => {
    const { isObjectType } = await import('graphql');
    const { getMetadataStorage } = await import('type-graphql');
    const { buildAppSchema } = await import('./build-schema');
    const app = await buildAppSchema();
    const storage = getMetadataStorage();
    const plain: string[] = [];
    const methods: string[] = [];
    for (const type of Object.values(app.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const target = storage.objectTypes.find((o) => o.name === type.name)?.target as { prototype?: object } | undefined;
      for (const field of Object.values(type.getFields())) {
        if (field.resolve) continue;
        plain.push(`${type.name}.${field.name}`);
        const own = target?.prototype && Object.getOwnPropertyDescriptor(target.prototype, field.name);
        if (own && typeof own.value === 'function') methods.push(`${type.name}.${field.name}`);
      }
    }
    expect(plain.length).toBeGreaterThan(20); // the hot list types' plain fields (simpleResolvers)
    expect(methods).toEqual([]);
  });
});
