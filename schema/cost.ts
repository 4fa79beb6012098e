/**
 * What a field costs, for the query cost limit (server/plugins/use-cost-limit.ts).
 *
 * One unit is about one field of one row (≈ 10 µs of server time here). A SQL statement costs
 * STATEMENT units (≈ 1 ms through Prisma, see STACK.md). Every field costs 1; a list multiplies
 * what is selected inside it by its size; a connection by its page size (`first`/`last`, default
 * 20). Fields that do work of their own (aggregates, search) say so with `complexity:` where they
 * are defined, counted in statements measured on the seed data.
 */
import { getNamedType, isListType, isNonNullType, type GraphQLField, type GraphQLOutputType } from 'graphql';
import type { FieldComplexityValue } from '@pothos/plugin-complexity';

/** One SQL statement, in cost units. */
export const STATEMENT = 100;

/** Rows assumed for a list without a bound of its own (an enterprise's sources, an agreement's signatories). */
export const DEFAULT_LIST_SIZE = 5;

/** Rows in a connection page when `first`/`last` is not given (as plugin-prisma's default). */
const DEFAULT_PAGE_SIZE = 20;

/** Statements each aggregate issues (counted with the SQL log on the seed data), in units. */
export const AGGREGATE_COST = {
  /** Indicator.total: level probes, the aggregate and the sources GROUP BY (7 statements). */
  total: 7 * STATEMENT,
  /** Indicator.series: the total's 7, the target probe, level probes and the GROUP BYs (15). */
  series: 15 * STATEMENT,
  /** Indicator.latest: a PERIOD series (15). */
  latest: 15 * STATEMENT,
  /** search: one LIKE scan per searchable table (5). */
  search: 5 * STATEMENT,
  /** partnerGraph: every visible signature with its organisation and agreement (3), built in memory. */
  partnerGraph: 3 * STATEMENT,
} as const;

/** enterpriseStats: statements per grouping (KIND 2, NETWORK 3, AREA up to 7). */
export const ENTERPRISE_STATS_COST: Record<string, number> = {
  KIND: 2 * STATEMENT,
  BUSINESS_TYPE: 3 * STATEMENT,
  NETWORK: 3 * STATEMENT,
  AREA: 7 * STATEMENT,
};

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * The builder's rule for fields without a `complexity:` of their own: a connection multiplies
 * everything selected inside it by its page size (so `edges` does not multiply again; `totalCount`
 * and `pageInfo` are over-counted a little); other lists multiply by DEFAULT_LIST_SIZE; anything
 * else costs 1. Relations and nested connections cost rows, not statements: plugin-prisma loads
 * each level in one statement for all parents, unlike aggregates, which run per parent.
 */
export function defaultFieldCost(
  args: Record<string, unknown>,
  _ctx: unknown,
  field: GraphQLField<unknown, any>,
): FieldComplexityValue {
  if (getNamedType(field.type).name.endsWith('Connection')) {
    const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
    return { field: 2, multiplier: Math.max(1, Math.min(size, 100)) };
  }
  if (field.name === 'edges' && getNamedType(field.type).name.endsWith('Edge')) return { field: 0, multiplier: 1 };
  return isList(field.type) ? { field: 1, multiplier: DEFAULT_LIST_SIZE } : 1;
}
