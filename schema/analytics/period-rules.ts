/**
 * What the indicator aggregates share: their options and result shapes, and the period rules that
 * finish them from the level rows (level-rows.ts) in memory.
 *
 * Stocks (aggregation LAST) keep only the latest period; flows (SUM) add periods up. A target is
 * only ever set beside actuals of the same period: per fiscal year (or, for a period that belongs
 * to none, the same exact period), so FY2567 fairs are never measured against the FY2568 plan.
 */
import { fiscalYearWithin } from '../../prisma/domain/thai-calendar.ts';
import type { LevelPick, LevelRow, ObservationKindValue } from './level-rows.ts';
import type { ObservationScope } from './sql-scope.ts';

export interface IndicatorRow {
  id: number;
  aggregation: 'SUM' | 'LAST';
}

export type SeriesGrouping = 'PERIOD' | 'FISCAL_YEAR' | 'AREA' | 'CATEGORY';

export interface AggregateOptions {
  /** The observation filter (without kind). */
  filter: ObservationScope;
  /** Whether the filter names categories (then breakdown rows are wanted, not totals). */
  categoryFiltered: boolean;
  /** The filter's area code, if any: its own rows are the total an AREA series is a share of. */
  areaCode?: string | null;
  /** Observation kind for values; targets always come from TARGET rows. */
  kind?: ObservationKindValue;
  /** Per-request memo: a KPI asks for the total and the latest value, which needs it again. */
  memo?: Map<string, Promise<unknown>>;
  /** `false`: read the observations even where the rollup would answer (row-source.ts), to compare. @default true */
  rollup?: boolean;
}

export function remembered<T>(options: AggregateOptions, key: string, compute: () => Promise<T>): Promise<T> {
  if (!options.memo) return compute();
  const full = `${key}:${JSON.stringify([options.filter, options.categoryFiltered, options.areaCode, options.kind, options.rollup])}`;
  let hit = options.memo.get(full) as Promise<T> | undefined;
  if (!hit) options.memo.set(full, (hit = compute()));
  return hit;
}

export interface Total {
  value: number | null;
  observationCount: number;
  periodStart: Date | null;
  periodEnd: Date | null;
  approximate: boolean;
  sourceIds: number[];
}

export interface SeriesPoint {
  key: string;
  labelTh: string;
  labelEn: string;
  value: number | null;
  target: number | null;
  share: number | null;
  /** For PERIOD points the period itself; for AREA and CATEGORY points the span of their values' periods. */
  periodStart?: Date;
  periodEnd?: Date;
  /** The one fiscal year the point's observations are filed under, where there is one. */
  fiscalYear?: number | null;
}

export interface Series {
  points: SeriesPoint[];
  /** What shares are shares of: the total for the same filter. */
  total: number | null;
  sourceIds: number[];
}

/** The pick a headline total is made of: totals before breakdowns, unless categories are asked for. */
export const totalPick = (
  options: AggregateOptions,
  aggregation: IndicatorRow['aggregation'],
  tag = 'total',
): LevelPick => ({
  tag,
  kind: options.kind ?? 'ACTUAL',
  breakdown: options.categoryFiltered ? 'categories' : 'total-first',
  group: 'none',
  // A flow's total only adds up; a stock's needs its latest period.
  grain: aggregation === 'SUM' ? 'fiscal-year' : 'period',
});

/** For stocks: only the rows of the latest period count. */
export function latestPeriodOnly<R extends LevelRow>(rows: R[]): R[] {
  if (!rows.length) return rows;
  const latest = Math.max(...rows.map((r) => r.periodEnd.getTime()));
  return rows.filter((r) => r.periodEnd.getTime() === latest);
}

/** A total from its pick's rows. */
export function totalOf(rows: LevelRow[], aggregation: IndicatorRow['aggregation']): Total {
  const used = aggregation === 'LAST' ? latestPeriodOnly(rows) : rows;
  const count = used.reduce((n, r) => n + r.count, 0);
  return {
    value: count > 0 ? used.reduce((n, r) => n + r.value, 0) : null,
    observationCount: count,
    periodStart: used.length ? new Date(Math.min(...used.map((r) => r.periodStart.getTime()))) : null,
    periodEnd: used.length ? new Date(Math.max(...used.map((r) => r.periodEnd.getTime()))) : null,
    approximate: used.some((r) => r.approximate),
    sourceIds: [...new Set(used.map((r) => r.sourceId))].sort((a, b) => a - b),
  };
}

export interface PeriodRow {
  fiscalYear: number | null;
  periodStart: Date;
  periodEnd: Date;
  value: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The period a row is compared by: its fiscal year, or its exact span when it is filed under none. */
export const periodKey = (r: PeriodRow) =>
  r.fiscalYear != null ? `FY${r.fiscalYear}` : `${day(r.periodStart)}/${day(r.periodEnd)}`;

/** Only rows of the periods (fiscal years, or exact spans) that `of` covers. */
export function inPeriodsOf<R extends PeriodRow>(rows: R[], of: PeriodRow[]): R[] {
  const years = new Set(of.map((r) => r.fiscalYear).filter((y) => y != null));
  const spans = new Set(of.filter((r) => r.fiscalYear == null).map(periodKey));
  return rows.filter((r) => (r.fiscalYear != null ? years.has(r.fiscalYear) : spans.has(periodKey(r))));
}

/** From the earliest start to the latest end of some rows, with their fiscal year when they share one. */
export function spanOf(rows: PeriodRow[]): Pick<SeriesPoint, 'periodStart' | 'periodEnd' | 'fiscalYear'> | null {
  if (!rows.length) return null;
  const start = new Date(Math.min(...rows.map((r) => r.periodStart.getTime())));
  const end = new Date(Math.max(...rows.map((r) => r.periodEnd.getTime())));
  const years = new Set(rows.map((r) => r.fiscalYear));
  const [only] = years;
  return {
    periodStart: start,
    periodEnd: end,
    fiscalYear: years.size === 1 && only != null ? only : fiscalYearWithin(start, end),
  };
}

/**
 * A group's target over exactly the periods its value covers: null unless every one of them has a
 * target (a partial target would make the actuals look ahead). Stocks take each period's latest target.
 */
export function targetFor(
  rows: PeriodRow[],
  periods: Set<string>,
  aggregation: IndicatorRow['aggregation'],
): number | null {
  if (!rows.length || !periods.size) return null;
  const perPeriod = new Map<string, { end: number; value: number }>();
  for (const r of rows) {
    const key = periodKey(r);
    if (!periods.has(key)) continue;
    const end = r.periodEnd.getTime();
    const seen = perPeriod.get(key);
    if (!seen) perPeriod.set(key, { end, value: r.value });
    else if (aggregation === 'SUM' || end === seen.end) seen.value += r.value;
    else if (end > seen.end) perPeriod.set(key, { end, value: r.value });
  }
  if ([...periods].some((k) => !perPeriod.has(k))) return null;
  return [...perPeriod.values()].reduce((n, x) => n + x.value, 0);
}
