import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

// type-graphql calls every class field resolver through a wrapper that, per call, looks the resolver instance up in
// its container, sorts and maps the method's parameter list, and dispatches middlewares. A 100-result search makes
// hundreds of those calls (each card's provider, category, rating and next slot). For a field resolver that takes
// only @Root() and @Ctx(), with no arguments, no @Authorized and no middleware, the wrapper does nothing but that
// bookkeeping, so it is replaced by a direct call of the same method. Anything else keeps type-graphql's wrapper,
// and so does a root that is not an instance of the type (type-graphql would convert it first).
// lean-field-resolvers.test.ts lists the fields this applies to, so a change in what qualifies shows up in review.

type Method = (...args: unknown[]) => unknown;

/** `instanceOf` gives the resolver instance type-graphql's container would give for the class. */
export function leanFieldResolvers(schema: GraphQLSchema, typeNames: readonly string[], instanceOf: (resolverClass: Function) => unknown): string[] {
  const storage = getMetadataStorage();
  const lean: string[] = [];
  for (const meta of storage.fieldResolvers) {
    const objectClass = meta.getObjectType?.() as (abstract new (...a: never[]) => unknown) | undefined;
    const typeName = objectClass && storage.objectTypes.find((t) => t.target === objectClass)?.name;
    if (!objectClass || !typeName || !typeNames.includes(typeName)) continue;
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const field = type.getFields()[meta.schemaName];
    if (!field?.resolve || field.args.length > 0) continue;
    if (meta.kind !== 'external' || meta.roles !== undefined || (meta.middlewares?.length ?? 0) > 0) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    if (!params.every((p) => (p.kind === 'root' || p.kind === 'context') && !p.propertyName)) continue;
    const instance = instanceOf(meta.target) as Record<string, Method>;
    const method = instance[meta.methodName];
    if (typeof method !== 'function') continue;
    const wrapped = field.resolve;
    const kinds = params.map((p) => p.kind).join(',');
    const direct: GraphQLFieldResolver<unknown, unknown> | null =
      kinds === 'root' ? (root) => method.call(instance, root)
      : kinds === 'root,context' ? (root, _args, ctx) => method.call(instance, root, ctx)
      : kinds === 'context,root' ? (root, _args, ctx) => method.call(instance, ctx, root)
      : null;
    if (!direct) continue;
    field.resolve = (root, args, ctx, info) => (root instanceof objectClass ? direct(root, args, ctx, info) : wrapped(root, args, ctx, info));
    lean.push(`${typeName}.${meta.schemaName}`);
  }
  return lean.sort();
}
