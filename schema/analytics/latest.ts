/** Indicator.latest: the latest period's value and its change, from the PERIOD series' one statement. */
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import type { AggregateOptions, IndicatorRow } from './period-rules.ts';
import { indicatorSeries } from './series.ts';

export interface Latest {
  value: number | null;
  target: number | null;
  periodStart: Date;
  periodEnd: Date;
  previousValue: number | null;
  previous: { periodStart: Date; periodEnd: Date } | null;
  sourceIds: number[];
}

export async function indicatorLatest(
  sql: SqlReader,
  indicator: IndicatorRow,
  options: AggregateOptions,
): Promise<Latest | null> {
  const series = await indicatorSeries(sql, indicator, 'PERIOD', options);
  const withValue = series.points.filter((p) => p.value != null);
  const last = withValue.at(-1) ?? series.points.at(-1);
  if (!last?.periodStart || !last.periodEnd) return null;
  const previous = withValue.length > 1 ? withValue.at(-2) : undefined;
  return {
    value: last.value,
    target: last.target,
    periodStart: last.periodStart,
    periodEnd: last.periodEnd,
    previousValue: previous?.value ?? null,
    previous:
      previous?.periodStart && previous.periodEnd
        ? { periodStart: previous.periodStart, periodEnd: previous.periodEnd }
        : null,
    sourceIds: series.sourceIds,
  };
}
