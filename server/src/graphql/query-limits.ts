import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ArgumentNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

// Refuses abusive operations at validation time, before any resolver (and so any SQL) runs:
// depth, aliases and an estimated cost where list fields multiply their children by their page size.
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Fields that read far more than they return (counts over every match), allowed per operation. */
  maxCounts: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000, maxCounts: 2 };

/**
 * Fields whose cost is what they read, not what they return (issue 13, finding 5: 30 aliased totalCounts were priced
 * at 60 and held the database for seconds). A totalCount reads every match of the search; resultCount reads up to
 * its limit. Priced so that a handful fit in one operation and thirty do not, and capped per operation besides.
 */
const COUNT_FIELDS: Record<string, number> = {
  'OfferingConnection.totalCount': 2_500,
  'OfferingConnection.resultCount': 500,
};
/** An offerings search filtered by free places (availableFrom/availableTo) looks through slots for every match. */
const AVAILABILITY_SEARCH_COST = 1_000;

const LIST_WITHOUT_FIRST = 10;
const FIRST_FROM_VARIABLE = 100; // the cap: assume the worst when the size is not known yet

export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const schema = context.getSchema();
    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        if (!root) return;
        const stats = { aliases: 0, depth: 0, counts: 0, countCost: 0 };
        // Counts are priced once each, outside the page-size multiplication (a totalCount is one query per
        // connection, however large the page).
        const cost = measure(node.selectionSet, root, 1, new Set(), stats) + stats.countCost;
        const fail = (msg: string, extra: Record<string, number>) =>
          context.reportError(new GraphQLError(msg, { nodes: [node], extensions: { reason: 'QUERY_TOO_COMPLEX', ...extra } }));
        if (stats.depth > limits.maxDepth) fail(`This query is nested too deeply (${stats.depth} levels; the limit is ${limits.maxDepth}).`, { depth: stats.depth });
        else if (stats.aliases > limits.maxAliases) fail(`This query uses too many aliases (${stats.aliases}; the limit is ${limits.maxAliases}).`, { aliases: stats.aliases });
        else if (stats.counts > limits.maxCounts) fail(`This query asks for too many counts (${stats.counts}; the limit is ${limits.maxCounts}).`, { counts: stats.counts });
        else if (cost > limits.maxCost) fail(`This query asks for too much at once (cost ${cost}; the limit is ${limits.maxCost}). Ask for smaller pages.`, { cost });
      },
    };

    function measure(
      set: SelectionSetNode,
      parent: GraphQLCompositeType,
      depth: number,
      seen: Set<string>,
      stats: { aliases: number; depth: number; counts: number; countCost: number },
    ): number {
      let cost = 0;
      stats.depth = Math.max(stats.depth, depth);
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) stats.aliases += 1;
          const name = sel.name.value;
          if (name.startsWith('__')) {
            cost += 1;
            continue;
          }
          const field = fieldOf(parent, name);
          if (!field) continue; // unknown fields are reported by the standard rules
          const counted = COUNT_FIELDS[`${parent.name}.${name}`];
          if (counted) {
            stats.counts += 1;
            stats.countCost += counted;
            continue;
          }
          if (name === 'offerings' && usesAvailability(sel.arguments ?? [])) cost += AVAILABILITY_SEARCH_COST;
          const nullable = getNullableType(field.type);
          let multiplier = 1;
          // A connection's page size applies once, at the connection: its `edges` list does not multiply again.
          const isEdges = /Connection$/.test(parent.name) && name === 'edges';
          if (!isEdges && (isListType(nullable) || /Connection$/.test(getNamedType(field.type).name))) {
            const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
            if (!firstArg) multiplier = isListType(nullable) ? LIST_WITHOUT_FIRST : 20;
            else if (firstArg.value.kind === Kind.INT) multiplier = Math.max(1, Math.min(Number(firstArg.value.value), FIRST_FROM_VARIABLE));
            else multiplier = FIRST_FROM_VARIABLE;
          }
          const named = getNamedType(field.type);
          const child = sel.selectionSet && (isObjectType(named) || isInterfaceType(named)) ? measure(sel.selectionSet, named, depth + 1, seen, stats) : 0;
          cost += 1 + multiplier * child;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const typeName = sel.typeCondition?.name.value;
          const t = typeName ? (schema.getType(typeName) as GraphQLCompositeType | undefined) : parent;
          if (t) cost += measure(sel.selectionSet, t, depth, seen, stats);
        } else {
          const frag = fragments.get(sel.name.value);
          if (!frag || seen.has(frag.name.value)) continue; // cycles are reported by the standard rules
          const t = schema.getType(frag.typeCondition.name.value) as GraphQLCompositeType | undefined;
          if (!t) continue;
          const inner = new Set(seen).add(frag.name.value);
          cost += measure(frag.selectionSet, t, depth, inner, stats);
        }
      }
      return cost;
    }
  };
}

/** True when the filter argument names availableFrom or availableTo (inline, or as a variable: assume it may). */
function usesAvailability(args: readonly ArgumentNode[]): boolean {
  const filter = args.find((a) => a.name.value === 'filter');
  if (!filter) return false;
  if (filter.value.kind === Kind.VARIABLE) return true;
  if (filter.value.kind !== Kind.OBJECT) return false;
  return filter.value.fields.some((f) => f.name.value === 'availableFrom' || f.name.value === 'availableTo');
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
  return undefined;
}
