/**
 * Indicator.series: the indicator by period, fiscal year, area or category, with targets and shares
 * of the total, in one statement (level-rows.ts: the values' pick, the targets' pick and the
 * total's pick, each with its own level), finished in memory with the period rules.
 */
import { fiscalYearLabel, periodLabel } from '../../prisma/domain/thai-calendar.ts';
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import { levelRows, type LevelPick, type LevelRow } from './level-rows.ts';
import { rowSource } from './row-source.ts';
import {
  inPeriodsOf,
  latestPeriodOnly,
  periodKey,
  remembered,
  spanOf,
  targetFor,
  totalOf,
  totalPick,
  type AggregateOptions,
  type IndicatorRow,
  type Series,
  type SeriesGrouping,
  type SeriesPoint,
} from './period-rules.ts';

export function indicatorSeries(
  sql: SqlReader,
  indicator: IndicatorRow,
  groupBy: SeriesGrouping,
  options: AggregateOptions,
): Promise<Series> {
  return remembered(options, `series:${indicator.id}:${groupBy}`, () =>
    computeSeries(sql, indicator, groupBy, options),
  );
}

/** The same rows summed over sources (and, for `by`, over the rest of the key). */
function merged(rows: LevelRow[], by: (r: LevelRow) => string): LevelRow[] {
  const out = new Map<string, LevelRow>();
  for (const r of rows) {
    const key = by(r);
    const seen = out.get(key);
    if (seen) seen.value += r.value;
    else out.set(key, { ...r });
  }
  return [...out.values()];
}

/** Rows by group, in one pass (a filter per group would read every row once per group). */
function byGroupId(rows: LevelRow[]): Map<number | null, LevelRow[]> {
  const out = new Map<number | null, LevelRow[]>();
  for (const r of rows) {
    const list = out.get(r.groupId);
    if (list) list.push(r);
    else out.set(r.groupId, [r]);
  }
  return out;
}

const time = (d: Date) => d.getTime();
const byPeriodOrder = (a: LevelRow, b: LevelRow) =>
  time(a.periodStart) - time(b.periodStart) || time(a.periodEnd) - time(b.periodEnd);

/** The values' pick (and the targets', alike) of a series grouped by `groupBy`. */
function seriesPick(
  indicator: IndicatorRow,
  groupBy: SeriesGrouping,
  options: AggregateOptions,
  tag: string,
  kind: LevelPick['kind'],
): LevelPick {
  const breakdown: LevelPick['breakdown'] =
    groupBy === 'CATEGORY' || options.categoryFiltered ? 'categories' : 'total-first';
  // Which rows make up the points: the breakdown for CATEGORY, the areas below the filter's own
  // area for AREA, otherwise the same level a total would use. Targets choose their level alike.
  // Flows are added up and compared by fiscal year, so a row per year will do, except for PERIOD points.
  const grain = indicator.aggregation === 'SUM' && groupBy !== 'PERIOD' ? 'fiscal-year' : 'period';
  return {
    tag,
    kind,
    breakdown,
    group: groupBy === 'AREA' ? 'area' : groupBy === 'CATEGORY' ? 'category' : 'none',
    grain,
    ...(groupBy === 'AREA' ? { belowArea: { code: options.areaCode ?? null } } : {}),
  };
}

/**
 * A series' level rows (tags `actual`, `target` and, grouped, `total`), in one statement, kept per
 * request: `latest` finishes from the PERIOD series' rows without its points.
 */
export function seriesRows(
  sql: SqlReader,
  indicator: IndicatorRow,
  groupBy: SeriesGrouping,
  options: AggregateOptions,
): Promise<LevelRow[]> {
  return remembered(options, `series-rows:${indicator.id}:${groupBy}`, () => {
    const byGroup = groupBy === 'CATEGORY' || groupBy === 'AREA';
    const pick = (tag: string, kind: LevelPick['kind']) => seriesPick(indicator, groupBy, options, tag, kind);
    return levelRows(
      sql,
      indicator.id,
      options.filter,
      // By period or year the values are the total's own rows: read once.
      [
        pick('actual', options.kind ?? 'ACTUAL'),
        pick('target', 'TARGET'),
        ...(byGroup ? [totalPick(options, indicator.aggregation)] : []),
      ],
      rowSource(sql, indicator, groupBy, options),
    );
  });
}

async function computeSeries(
  sql: SqlReader,
  indicator: IndicatorRow,
  groupBy: SeriesGrouping,
  options: AggregateOptions,
): Promise<Series> {
  const byGroup = groupBy === 'CATEGORY' || groupBy === 'AREA';
  const sameAsTotal = !byGroup;
  const rows = await seriesRows(sql, indicator, groupBy, options);
  const total = totalOf(
    rows.filter((r) => r.tag === (sameAsTotal ? 'actual' : 'total')),
    indicator.aggregation,
  );
  let actualRows = rows.filter((r) => r.tag === 'actual');
  let targetRows = rows.filter((r) => r.tag === 'target');
  const points = new Map<string, SeriesPoint>();
  const point = (key: string, init: () => Omit<SeriesPoint, 'value' | 'target' | 'share'>) => {
    let p = points.get(key);
    if (!p) points.set(key, (p = { ...init(), value: null, target: null, share: null }));
    return p;
  };

  if (byGroup) {
    // Per-group stocks keep their latest period; their targets are matched to it below instead.
    if (indicator.aggregation === 'LAST') actualRows = latestPeriodOnly(actualRows);
    if (actualRows.length) targetRows = inPeriodsOf(targetRows, actualRows);
    else if (indicator.aggregation === 'LAST') targetRows = latestPeriodOnly(targetRows);
    // One row per group and period, so each point knows which periods its value covers.
    const perPeriod = (r: LevelRow) => `${r.groupId}|${r.fiscalYear}|${time(r.periodStart)}|${time(r.periodEnd)}`;
    const actual = merged(actualRows, perPeriod);
    const target = merged(targetRows, perPeriod);
    const groups = new Map<number, NonNullable<LevelRow['group']>>();
    for (const r of [...actual, ...target]) if (r.groupId != null && r.group) groups.set(r.groupId, r.group);
    const ordered = [...groups].sort(([, a], [, b]) =>
      groupBy === 'CATEGORY' ? a.order - b.order || a.code.localeCompare(b.code) : a.code.localeCompare(b.code),
    );
    for (const [id, g] of ordered) point(String(id), () => ({ key: g.code, labelTh: g.nameTh, labelEn: g.nameEn }));
    // Points without a value of their own are compared over the periods the whole series covers;
    // a series of targets only (a plan) has nothing to compare and shows them as they are.
    const seriesPeriods = new Set(actual.map(periodKey));
    const ownOf = byGroupId(actual);
    const plannedOf = byGroupId(target);
    for (const [id, p] of points) {
      const own = ownOf.get(Number(id)) ?? [];
      const planned = plannedOf.get(Number(id)) ?? [];
      if (own.length) p.value = own.reduce((n, r) => n + r.value, 0);
      const span = spanOf(own.length ? own : planned);
      if (span) Object.assign(p, span);
      const periods = own.length ? own : actual.length ? null : planned;
      p.target = targetFor(planned, periods ? new Set(periods.map(periodKey)) : seriesPeriods, indicator.aggregation);
    }
  } else if (groupBy === 'FISCAL_YEAR') {
    // Per (year, period end), so that a stock keeps its last period of each year, while a flow adds
    // its periods up.
    const byYear = (list: LevelRow[]) =>
      merged(list, (r) => `${r.fiscalYear}|${time(r.periodEnd)}`).sort(
        (a, b) => (a.fiscalYear ?? -1) - (b.fiscalYear ?? -1) || time(a.periodEnd) - time(b.periodEnd),
      );
    const put = (list: LevelRow[], slot: 'value' | 'target') => {
      for (const r of byYear(list)) {
        if (r.fiscalYear == null) continue;
        const fy = r.fiscalYear;
        const p = point(String(fy), () => ({
          key: String(fy),
          labelTh: fiscalYearLabel(fy, 'th'),
          labelEn: fiscalYearLabel(fy, 'en'),
          fiscalYear: fy,
        }));
        p[slot] = indicator.aggregation === 'LAST' ? r.value : (p[slot] ?? 0) + r.value;
      }
    };
    put(actualRows, 'value');
    put(targetRows, 'target');
  } else {
    const put = (list: LevelRow[], slot: 'value' | 'target') => {
      for (const r of merged(list, (x) => `${time(x.periodStart)}|${time(x.periodEnd)}`).sort(byPeriodOrder)) {
        const key = `${r.periodStart.toISOString().slice(0, 10)}/${r.periodEnd.toISOString().slice(0, 10)}`;
        const p = point(key, () => ({
          key,
          labelTh: periodLabel(r.periodStart, r.periodEnd, 'th'),
          labelEn: periodLabel(r.periodStart, r.periodEnd, 'en'),
          periodStart: r.periodStart,
          periodEnd: r.periodEnd,
        }));
        p[slot] = r.value;
      }
    };
    put(actualRows, 'value');
    put(targetRows, 'target');
  }

  const sourceIds = [...new Set([...actualRows, ...targetRows].map((r) => r.sourceId))].sort((a, b) => a - b);
  const list = [...points.values()];
  if (groupBy === 'PERIOD' || groupBy === 'FISCAL_YEAR') list.sort((a, b) => a.key.localeCompare(b.key));
  for (const p of list) p.share = p.value != null && total.value ? (p.value / total.value) * 100 : null;
  return { points: list, total: total.value, sourceIds };
}
