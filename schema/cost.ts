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

/**
 * Aggregates are one SQL statement each (schema/analytics), sent straight to the driver; their cost
 * is the work that statement does, in STATEMENT units, plus the statements their fields add
 * (sources). Priced for the slowest caller: staff read the observations (drafts included), the
 * public mostly the rollup. Measured alone at 1M observations (`npx tsx test/bench/explain-analytics.ts`,
 * and with `ROLLUP=off` for the observations), 26 November 2026.
 */
export const AGGREGATE_COST = {
  /** Indicator.total: one level's rows (public 0.05 ms, 1.3 ms in TH-10; observations 2–7 ms), and its sources. */
  total: 7 * STATEMENT,
  /**
   * Indicator.series: values, targets and the total, each a level's rows (public 0.1–4 ms, by AREA
   * the most; observations 4–28 ms, by CATEGORY or by AREA within an area the most).
   */
  series: 15 * STATEMENT,
  /** Indicator.latest: a PERIOD series (public 0.3 ms, 8.5 ms in TH-10; observations 4.6–8.7 ms). */
  latest: 7 * STATEMENT,
  /** search: one statement over the trigram index for every searchable table, then up to five reads by id. */
  search: 5 * STATEMENT,
  /**
   * partnerGraph: one statement reading `first` agreements and their signatures; the field costs
   * this, and what it selects is multiplied by `first` (its node and edge lists count 5 each: one
   * agreement node, about four organisations and four signatures per agreement).
   */
  partnerGraph: 2 * STATEMENT,
} as const;

/** enterpriseStats: one statement per grouping, over the matching enterprises' index entries. */
export const ENTERPRISE_STATS_COST: Record<string, number> = {
  KIND: 2 * STATEMENT,
  BUSINESS_TYPE: 3 * STATEMENT,
  NETWORK: 3 * STATEMENT,
  ASSESSMENT_GRADE: 3 * STATEMENT,
  AREA: 3 * STATEMENT,
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
