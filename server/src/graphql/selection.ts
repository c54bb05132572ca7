import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields asked for on a resolver's result (one level, through fragments). Lets a mutation refuse,
 * before it commits, an answer the caller could not be shown: otherwise it commits and answers `data: null`, and a
 * client that retries does the work twice (issue 13, finding 12).
 */
export function askedFields(info: GraphQLResolveInfo): Set<string> {
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) out.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value)) walk(info.fragments[sel.name.value]?.selectionSet, new Set(seen).add(sel.name.value));
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, new Set());
  return out;
}
