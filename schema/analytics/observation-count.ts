/**
 * How many observations of one indicator a filter selects (the observations connection's
 * totalCount), in one statement. For the public without a date range, the sum of the rollup's YEAR
 * counts (countFromRollup); otherwise from the `Observation_level_covering_idx` index: it holds
 * every column the filter and the public rule need (kind, category, area, periods, fiscal year,
 * publication, programme), so the count never looks a row up, where Prisma's `_count` read the table.
 */
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import { runCompiled } from './compiled.ts';
import { noRow, observationConditions, type ObservationScope } from './sql-scope.ts';
import type { ObservationKindValue } from './level-rows.ts';
import { keysOf, ObservationKinds } from '../../prisma/domain/labels.ts';

const KINDS: ObservationKindValue[] = keysOf(ObservationKinds);

export interface ObservationCountFilter extends ObservationScope {
  kind?: ObservationKindValue[] | null;
}

/**
 * Whether the rollup answers a count: for the public (it holds published observations only) and
 * without a date range (its YEAR rows span a year). Each published observation is in exactly one
 * YEAR row and in exactly one PERIOD row, so the sum of either's counts is the count. Without an
 * area filter the PERIOD rows (per area depth, not per area) answer it from about a tenth as many
 * rows (720 against 6,008 for one indicator at 1M observations).
 */
export const countFromRollup = (sql: SqlReader, filter: ObservationCountFilter, rollup = true) =>
  rollup && sql.audience === 'public' && !filter.from && !filter.to;

/** How many per indicator, in one statement for every indicator of a request's batch. */
export async function observationCounts(
  sql: SqlReader,
  indicatorIds: readonly number[],
  filter: ObservationCountFilter | null | undefined,
  /** `false`: count the observations even where the rollup would answer, to compare. */
  rollup = true,
): Promise<Map<number, number>> {
  const scope = filter ?? {};
  const counts = new Map<number, number>(indicatorIds.map((id) => [id, 0]));
  if (!indicatorIds.length) return counts;
  const fromRollup = countFromRollup(sql, scope, rollup);
  const rows = await runCompiled(sql, ['observation-count', [...indicatorIds].sort(), scope, fromRollup], () => {
    return fromRollup
      ? sql.db
          .selectFrom('ObservationRollup as o')
          .select((eb) => ['o.indicatorId', eb.fn.sum<number>('o.count').as('n')])
          .where((eb) =>
            eb.and([
              eb('o.indicatorId', 'in', indicatorIds),
              // Every kind spelled out, so that the index's (indicatorId, kind, grain) prefix seeks
              // straight to the grain's rows.
              scope.kind ? (scope.kind.length ? eb('o.kind', 'in', scope.kind) : noRow) : eb('o.kind', 'in', KINDS),
              eb('o.grain', '=', scope.area ? 'YEAR' : 'PERIOD'),
              ...observationConditions(eb, scope),
            ]),
          )
          .groupBy('o.indicatorId')
      : sql.db
          .selectFrom('Observation as o')
          .select((eb) => ['o.indicatorId', eb.fn.countAll<number>().as('n')])
          .where((eb) =>
            eb.and([
              eb('o.indicatorId', 'in', indicatorIds),
              ...(scope.kind ? [scope.kind.length ? eb('o.kind', 'in', scope.kind) : noRow] : []),
              ...observationConditions(eb, scope),
            ]),
          )
          .groupBy('o.indicatorId');
  });
  for (const r of rows as { indicatorId: number; n: number }[]) counts.set(Number(r.indicatorId), Number(r.n));
  return counts;
}
