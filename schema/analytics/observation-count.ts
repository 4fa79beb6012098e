/**
 * How many observations of one indicator a filter selects (the observations connection's
 * totalCount), in one statement. Read from the `Observation_level_covering_idx` index: it holds
 * every column the filter and the public rule need (kind, category, area, periods, fiscal year,
 * publication, programme), so the count never looks a row up, where Prisma's `_count` read the table.
 */
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import { runCompiled } from './compiled.ts';
import { noRow, observationConditions, type ObservationScope } from './sql-scope.ts';
import type { ObservationKindValue } from './level-rows.ts';

export interface ObservationCountFilter extends ObservationScope {
  kind?: ObservationKindValue[] | null;
}

/** How many per indicator, in one statement for every indicator of a request's batch. */
export async function observationCounts(
  sql: SqlReader,
  indicatorIds: readonly number[],
  filter: ObservationCountFilter | null | undefined,
): Promise<Map<number, number>> {
  const scope = filter ?? {};
  const counts = new Map<number, number>(indicatorIds.map((id) => [id, 0]));
  if (!indicatorIds.length) return counts;
  const rows = await runCompiled(sql, ['observation-count', [...indicatorIds].sort(), scope], () =>
    sql.db
      .selectFrom('Observation as o')
      .select((eb) => ['o.indicatorId', eb.fn.countAll().as('n')])
      .where((eb) =>
        eb.and([
          eb('o.indicatorId', 'in', indicatorIds),
          ...(scope.kind ? [scope.kind.length ? eb('o.kind', 'in', scope.kind) : noRow] : []),
          ...observationConditions(eb, scope),
        ]),
      )
      .groupBy('o.indicatorId'),
  );
  for (const r of rows as { indicatorId: number; n: number }[]) counts.set(Number(r.indicatorId), Number(r.n));
  return counts;
}
