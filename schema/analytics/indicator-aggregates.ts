/**
 * Indicator aggregates, computed in SQL (aggregate / GROUP BY through Prisma) over the
 * observations that match a filter.
 *
 * Observations of one indicator often exist at several levels at once: a total and its breakdown
 * by category ("210 registered; 77 plant production, 72 food processing, ..."), a province and its
 * district groups (Bangkok's 18.95 M baht of sales and each group's share). Adding all of them up
 * would count the same thing twice, so every aggregate first picks one level, with small indexed
 * probes: totals before breakdowns (unless categories are asked for), and the coarsest area
 * present. Stocks (aggregation LAST) then keep only the latest period; flows (SUM) add periods up.
 *
 * A target is only ever set beside actuals of the same period: per fiscal year (or, for a period
 * that belongs to none, the same exact period), so FY2567 fairs are never measured against the
 * FY2568 plan.
 */
import type { Prisma } from '../../prisma/client.ts';
import type { Reader } from '../../prisma/visibility.ts';
import { fiscalYearLabel, fiscalYearWithin, periodLabel } from '../../prisma/domain/thai-calendar.ts';

type Where = Prisma.ObservationWhereInput;

export interface IndicatorRow {
  id: number;
  aggregation: 'SUM' | 'LAST';
}

export type SeriesGrouping = 'PERIOD' | 'FISCAL_YEAR' | 'AREA' | 'CATEGORY';

export interface AggregateOptions {
  /** The observation filter, already turned into a Prisma condition (without indicator or kind). */
  where: Where;
  /** Whether the filter names categories (then breakdown rows are wanted, not totals). */
  categoryFiltered: boolean;
  /** The filter's area code, if any: its own rows are the total an AREA series is a share of. */
  areaCode?: string | null;
  /** Observation kind for values; targets always come from TARGET rows. */
  kind?: 'ACTUAL' | 'TARGET' | 'BASELINE';
  /** Per-request memo: a KPI asks for the total and the latest value, which needs it again. */
  memo?: Map<string, Promise<unknown>>;
}

function remembered<T>(options: AggregateOptions, key: string, compute: () => Promise<T>): Promise<T> {
  if (!options.memo) return compute();
  const full = `${key}:${JSON.stringify([options.where, options.categoryFiltered, options.areaCode, options.kind])}`;
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

const and = (...parts: (Where | undefined)[]): Where => ({ AND: parts.filter((p): p is Where => !!p) });

/** Picks the level to aggregate: totals or breakdown, then the coarsest area among what is left. */
async function level(prisma: Reader, base: Where, breakdown: 'total-first' | 'categories'): Promise<Where> {
  let byCategory: Where;
  if (breakdown === 'categories') {
    byCategory = and(base, { categoryId: { not: null } });
  } else {
    const hasTotals = await prisma.observation.findFirst({
      where: and(base, { categoryId: null }),
      select: { id: true },
    });
    byCategory = and(base, { categoryId: hasTotals ? null : { not: null } });
  }
  return coarsestArea(prisma, byCategory);
}

async function coarsestArea(prisma: Reader, where: Where): Promise<Where> {
  const withoutArea = await prisma.observation.findFirst({ where: and(where, { areaId: null }), select: { id: true } });
  if (withoutArea) return and(where, { areaId: null });
  const top = await prisma.observation.findFirst({
    where: and(where, { areaId: { not: null } }),
    orderBy: { area: { depth: 'asc' } },
    select: { area: { select: { depth: true } } },
  });
  return top?.area ? and(where, { area: { depth: top.area.depth } }) : where;
}

/** For stocks: only the latest period counts. */
async function latestPeriodOnly(prisma: Reader, where: Where): Promise<Where> {
  const latest = await prisma.observation.findFirst({
    where,
    orderBy: { periodEnd: 'desc' },
    select: { periodEnd: true },
  });
  return latest ? and(where, { periodEnd: latest.periodEnd }) : where;
}

const withKind = (where: Where, kind: string): Where =>
  and(where, { kind: kind as Prisma.EnumObservationKindFilter['equals'] });

export async function indicatorTotal(
  prisma: Reader,
  indicator: IndicatorRow,
  options: AggregateOptions,
): Promise<Total> {
  const base = withKind(and(options.where, { indicatorId: indicator.id }), options.kind ?? 'ACTUAL');
  let where = await level(prisma, base, options.categoryFiltered ? 'categories' : 'total-first');
  if (indicator.aggregation === 'LAST') where = await latestPeriodOnly(prisma, where);
  // One GROUP BY gives both the sources and whether any value is approximate.
  const [agg, bySource] = await Promise.all([
    prisma.observation.aggregate({
      where,
      _sum: { value: true },
      _count: { _all: true },
      _min: { periodStart: true },
      _max: { periodEnd: true },
    }),
    prisma.observation.groupBy({ by: ['sourceId', 'approximate'], where }),
  ]);
  return {
    value: agg._count._all > 0 ? agg._sum.value : null,
    observationCount: agg._count._all,
    periodStart: agg._min.periodStart,
    periodEnd: agg._max.periodEnd,
    approximate: bySource.some((g) => g.approximate),
    sourceIds: [...new Set(bySource.map((g) => g.sourceId))],
  };
}

export function indicatorSeries(
  prisma: Reader,
  indicator: IndicatorRow,
  groupBy: SeriesGrouping,
  options: AggregateOptions,
): Promise<Series> {
  return remembered(options, `series:${indicator.id}:${groupBy}`, () =>
    computeSeries(prisma, indicator, groupBy, options),
  );
}

async function computeSeries(
  prisma: Reader,
  indicator: IndicatorRow,
  groupBy: SeriesGrouping,
  options: AggregateOptions,
): Promise<Series> {
  const base = and(options.where, { indicatorId: indicator.id });
  const actualBase = withKind(base, options.kind ?? 'ACTUAL');

  // Which rows make up the points: the breakdown for CATEGORY, the areas below the filter's own
  // area for AREA, otherwise the same level a total would use.
  let levelOf: (rowsBase: Where) => Promise<Where>;
  if (groupBy === 'CATEGORY') {
    levelOf = (b) => coarsestArea(prisma, and(b, { categoryId: { not: null } }));
  } else if (groupBy === 'AREA') {
    const below = options.areaCode ? { area: { code: { not: options.areaCode } } } : { areaId: { not: null } };
    levelOf = (b) => level(prisma, and(b, below), options.categoryFiltered ? 'categories' : 'total-first');
  } else {
    levelOf = (b) => level(prisma, b, options.categoryFiltered ? 'categories' : 'total-first');
  }
  // Most indicators have no targets: one probe saves the target half of the work.
  const targetBase = withKind(base, 'TARGET');
  const hasTargets = !!(await prisma.observation.findFirst({ where: targetBase, select: { id: true } }));
  let actualWhere = await levelOf(actualBase);
  let targetWhere: Where | null = hasTargets ? await levelOf(targetBase) : null;
  const byGroup = groupBy === 'CATEGORY' || groupBy === 'AREA';
  // Per-group stocks keep their latest period; their targets are matched to it below instead.
  if (indicator.aggregation === 'LAST' && byGroup) actualWhere = await latestPeriodOnly(prisma, actualWhere);
  const noRows = Promise.resolve([]);

  const total = await indicatorTotal(prisma, indicator, options);
  const points = new Map<string, SeriesPoint>();
  const point = (key: string, init: () => Omit<SeriesPoint, 'value' | 'target' | 'share'>) => {
    let p = points.get(key);
    if (!p) points.set(key, (p = { ...init(), value: null, target: null, share: null }));
    return p;
  };

  if (byGroup) {
    const field = groupBy === 'CATEGORY' ? 'categoryId' : 'areaId';
    // One row per group and period, so each point knows which periods its value covers.
    const byPeriod = (where: Where) =>
      prisma.observation.groupBy({
        by: [field, 'fiscalYear', 'periodStart', 'periodEnd'],
        where,
        _sum: { value: true },
      });
    const actual = await byPeriod(actualWhere);
    if (targetWhere && actual.length) targetWhere = and(targetWhere, periodsWhere(actual));
    else if (targetWhere && indicator.aggregation === 'LAST') targetWhere = await latestPeriodOnly(prisma, targetWhere);
    const target = targetWhere ? await byPeriod(targetWhere) : await noRows;
    const ids = [...new Set([...actual, ...target].map((r) => r[field]).filter((x): x is number => x != null))];
    const labels =
      groupBy === 'CATEGORY'
        ? await prisma.category.findMany({
            where: { id: { in: ids } },
            select: { id: true, code: true, nameTh: true, nameEn: true, order: true },
            orderBy: [{ order: 'asc' }, { code: 'asc' }],
          })
        : await prisma.area.findMany({
            where: { id: { in: ids } },
            select: { id: true, code: true, nameTh: true, nameEn: true },
            orderBy: { code: 'asc' },
          });
    for (const l of labels) point(String(l.id), () => ({ key: l.code, labelTh: l.nameTh, labelEn: l.nameEn }));
    const actualOf = rowsByGroup(actual, field);
    const targetOf = rowsByGroup(target, field);
    // Points without a value of their own are compared over the periods the whole series covers;
    // a series of targets only (a plan) has nothing to compare and shows them as they are.
    const seriesPeriods = new Set(actual.map(periodKey));
    for (const [id, p] of points) {
      const own = actualOf.get(Number(id)) ?? [];
      const planned = targetOf.get(Number(id)) ?? [];
      if (own.length) p.value = own.reduce((n, r) => n + (r._sum.value ?? 0), 0);
      const span = spanOf(own.length ? own : planned);
      if (span) Object.assign(p, span);
      const periods = own.length ? own : actual.length ? null : planned;
      p.target = targetFor(planned, periods ? new Set(periods.map(periodKey)) : seriesPeriods, indicator.aggregation);
    }
  } else if (groupBy === 'FISCAL_YEAR') {
    // Grouped per (year, period) so that a stock can keep its last period of each year, while a
    // flow adds its periods up; the rows are one per distinct period, not per observation.
    const orderBy = [{ fiscalYear: 'asc' as const }, { periodEnd: 'asc' as const }];
    const byYear = (where: Where) =>
      prisma.observation.groupBy({ by: ['fiscalYear', 'periodEnd'], where, _sum: { value: true }, orderBy });
    const actual = await byYear(actualWhere);
    const target = targetWhere ? await byYear(targetWhere) : [];
    const put = (rows: typeof actual, slot: 'value' | 'target') => {
      for (const r of rows) {
        if (r.fiscalYear == null || r._sum.value == null) continue;
        const fy = r.fiscalYear;
        const p = point(String(fy), () => ({
          key: String(fy),
          labelTh: fiscalYearLabel(fy, 'th'),
          labelEn: fiscalYearLabel(fy, 'en'),
          fiscalYear: fy,
        }));
        p[slot] = indicator.aggregation === 'LAST' ? r._sum.value : (p[slot] ?? 0) + r._sum.value;
      }
    };
    put(actual, 'value');
    put(target, 'target');
  } else {
    const by = ['periodStart', 'periodEnd'] as const;
    const orderBy = [{ periodStart: 'asc' as const }, { periodEnd: 'asc' as const }];
    const byPeriod = (where: Where) =>
      prisma.observation.groupBy({ by: [...by], where, _sum: { value: true }, orderBy });
    const actual = await byPeriod(actualWhere);
    const target = targetWhere ? await byPeriod(targetWhere) : [];
    const put = (rows: typeof actual, slot: 'value' | 'target') => {
      for (const r of rows) {
        const start = new Date(r.periodStart);
        const end = new Date(r.periodEnd);
        const key = `${start.toISOString().slice(0, 10)}/${end.toISOString().slice(0, 10)}`;
        const p = point(key, () => ({
          key,
          labelTh: periodLabel(start, end, 'th'),
          labelEn: periodLabel(start, end, 'en'),
          periodStart: start,
          periodEnd: end,
        }));
        p[slot] = r._sum.value;
      }
    };
    put(actual, 'value');
    put(target, 'target');
  }

  const sources = await prisma.observation.groupBy({
    by: ['sourceId'],
    where: targetWhere ? { OR: [actualWhere, targetWhere] } : actualWhere,
  });
  const list = [...points.values()];
  if (groupBy === 'PERIOD' || groupBy === 'FISCAL_YEAR') list.sort((a, b) => a.key.localeCompare(b.key));
  for (const p of list) p.share = p.value != null && total.value ? (p.value / total.value) * 100 : null;
  return { points: list, total: total.value, sourceIds: sources.map((s) => s.sourceId) };
}

interface PeriodRow {
  fiscalYear: number | null;
  periodStart: Date;
  periodEnd: Date;
  _sum: { value: number | null };
}

const day = (d: Date) => new Date(d).toISOString().slice(0, 10);

/** The period a row is compared by: its fiscal year, or its exact span when it is filed under none. */
const periodKey = (r: PeriodRow) =>
  r.fiscalYear != null ? `FY${r.fiscalYear}` : `${day(r.periodStart)}/${day(r.periodEnd)}`;

/** Only rows of the periods (fiscal years, or exact spans) that these rows cover. */
function periodsWhere(rows: PeriodRow[]): Where {
  const years = [...new Set(rows.map((r) => r.fiscalYear).filter((y): y is number => y != null))];
  const spans = rows.filter((r) => r.fiscalYear == null);
  return {
    OR: [
      ...(years.length ? [{ fiscalYear: { in: years } }] : []),
      ...spans.map((r) => ({ fiscalYear: null, periodStart: r.periodStart, periodEnd: r.periodEnd })),
    ],
  };
}

function rowsByGroup<R extends PeriodRow>(rows: R[], field: keyof R): Map<number, R[]> {
  const map = new Map<number, R[]>();
  for (const r of rows) {
    const id = r[field] as number | null;
    if (id == null) continue;
    let list = map.get(id);
    if (!list) map.set(id, (list = []));
    list.push(r);
  }
  return map;
}

/** From the earliest start to the latest end of some rows, with their fiscal year when they share one. */
function spanOf(rows: PeriodRow[]): Pick<SeriesPoint, 'periodStart' | 'periodEnd' | 'fiscalYear'> | null {
  if (!rows.length) return null;
  const start = new Date(Math.min(...rows.map((r) => new Date(r.periodStart).getTime())));
  const end = new Date(Math.max(...rows.map((r) => new Date(r.periodEnd).getTime())));
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
function targetFor(rows: PeriodRow[], periods: Set<string>, aggregation: IndicatorRow['aggregation']): number | null {
  if (!rows.length || !periods.size) return null;
  const perPeriod = new Map<string, { end: number; value: number }>();
  for (const r of rows) {
    const key = periodKey(r);
    if (!periods.has(key)) continue;
    const end = new Date(r.periodEnd).getTime();
    const value = r._sum.value ?? 0;
    const seen = perPeriod.get(key);
    if (!seen) perPeriod.set(key, { end, value });
    else if (aggregation === 'SUM' || end === seen.end) seen.value += value;
    else if (end > seen.end) perPeriod.set(key, { end, value });
  }
  if ([...periods].some((k) => !perPeriod.has(k))) return null;
  return [...perPeriod.values()].reduce((n, x) => n + x.value, 0);
}
