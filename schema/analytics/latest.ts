/**
 * Indicator.latest: the latest period's value and its change, from the PERIOD series' one statement.
 *
 * Finished from the series' level rows directly rather than from its points: the points label
 * every period (Intl formatting, Thai and English) and sort them all, which at national scale cost
 * several times the statement, while the latest value needs only the last two periods with a value.
 */
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import type { LevelRow } from './level-rows.ts';
import type { AggregateOptions, IndicatorRow } from './period-rules.ts';
import { seriesRows } from './series.ts';

export interface Latest {
  value: number | null;
  target: number | null;
  periodStart: Date;
  periodEnd: Date;
  previousValue: number | null;
  previous: { periodStart: Date; periodEnd: Date } | null;
  sourceIds: number[];
}

interface PeriodSum {
  periodStart: Date;
  periodEnd: Date;
  value: number;
}

const DAY_MS = 86_400_000;
/**
 * A PERIOD point's identity, as series.ts keys it: its first and last (UTC) day, as one number
 * ordered as its keys are (by first day, then last), without formatting either date.
 */
const dayKey = (r: LevelRow) =>
  Math.floor(r.periodStart.getTime() / DAY_MS) * 1e6 + Math.floor(r.periodEnd.getTime() / DAY_MS);

/** The rows summed per period (over sources), as the PERIOD series' points hold them. */
function perPeriod(rows: LevelRow[]): Map<number, PeriodSum> {
  const out = new Map<number, PeriodSum>();
  for (const r of rows) {
    const key = dayKey(r);
    const seen = out.get(key);
    if (seen) seen.value += r.value;
    else out.set(key, { periodStart: r.periodStart, periodEnd: r.periodEnd, value: r.value });
  }
  return out;
}

/** The last two keys in series order (by key: first day, then last day). */
function lastTwo(keys: Iterable<number>): [number | undefined, number | undefined] {
  let last: number | undefined;
  let before: number | undefined;
  for (const k of keys) {
    if (last === undefined || k > last) [before, last] = [last, k];
    else if (before === undefined || k > before) before = k;
  }
  return [last, before];
}

export async function indicatorLatest(
  sql: SqlReader,
  indicator: IndicatorRow,
  options: AggregateOptions,
): Promise<Latest | null> {
  const rows = await seriesRows(sql, indicator, 'PERIOD', options);
  const actual = perPeriod(rows.filter((r) => r.tag === 'actual'));
  const target = perPeriod(rows.filter((r) => r.tag === 'target'));
  const [lastActual, beforeActual] = lastTwo(actual.keys());
  // Without any value, the last planned period stands as the latest (a plan's target alone).
  const key = lastActual ?? lastTwo(target.keys())[0];
  if (key === undefined) return null;
  const last = actual.get(key) ?? target.get(key)!;
  const previous = beforeActual === undefined ? undefined : actual.get(beforeActual)!;
  return {
    value: actual.get(key)?.value ?? null,
    target: target.get(key)?.value ?? null,
    periodStart: last.periodStart,
    periodEnd: last.periodEnd,
    previousValue: previous?.value ?? null,
    previous: previous ? { periodStart: previous.periodStart, periodEnd: previous.periodEnd } : null,
    sourceIds: [...new Set(rows.filter((r) => r.tag !== 'total').map((r) => r.sourceId))].sort((a, b) => a - b),
  };
}
