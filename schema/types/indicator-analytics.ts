/** Chart-ready aggregates of an indicator: total, series by a dimension, latest value and change. */
import { indicatorLatest } from '../analytics/latest.ts';
import type { AggregateOptions, SeriesGrouping } from '../analytics/period-rules.ts';
import { indicatorSeries } from '../analytics/series.ts';
import { indicatorTotal } from '../analytics/total.ts';
import { builder } from '../builder.ts';
import { AGGREGATE_COST } from '../cost.ts';
import type { Context } from '../context.ts';
import { fiscalYearWithin } from '../../prisma/domain/thai-calendar.ts';
import { IndicatorRef, ObservationFilter, PeriodRef, type ObservationFilterValue } from './indicator.ts';
import { SourceRef } from './source.ts';
import type { SourceModel } from '../../prisma/client.ts';

const FILTER_DESCRIPTION = 'Which observations to aggregate. `kind` picks actual (default), target or baseline values.';

export const SeriesGroupingEnum = builder.enumType('SeriesGrouping', {
  description: 'The dimension a series is broken down by.',
  values: {
    PERIOD: { description: 'One point per reporting period, in time order.' },
    FISCAL_YEAR: { description: 'One point per Thai fiscal year (B.E.), in order.' },
    AREA: { description: "One point per area below the filter's area (e.g. Bangkok's district groups)." },
    CATEGORY: { description: "One point per category of the indicator's breakdown (e.g. business types)." },
  },
});

function options(ctx: Context, filter: ObservationFilterValue | null | undefined): AggregateOptions {
  const { kind, ...rest } = filter ?? {};
  return {
    filter: rest,
    categoryFiltered: !!filter?.category?.length || filter?.uncategorised === false,
    areaCode: filter?.area ?? null,
    kind: kind?.[0] ?? 'ACTUAL',
    memo: ctx.memo,
  };
}

/** Sources by id, newest first; through the request's loader, so the answer's sources are one statement. */
async function sourcesById(ctx: Context, ids: number[]) {
  const sources: SourceModel[] = [];
  for (const r of await ctx.loaders.sourceById.loadMany(ids)) {
    if (r instanceof Error) throw r;
    if (r) sources.push(r);
  }
  return sources.sort((a, b) => b.publishedOn.getTime() - a.publishedOn.getTime() || a.id - b.id);
}

const periodOf = (start: Date | null, end: Date | null) =>
  start && end ? { start, end, fiscalYear: fiscalYearWithin(start, end) } : null;

interface TotalShape {
  value: number | null;
  observationCount: number;
  period: { start: Date; end: Date; fiscalYear: number | null } | null;
  approximate: boolean;
  sourceIds: number[];
}

const IndicatorTotalRef = builder.objectRef<TotalShape>('IndicatorTotal').implement({
  description:
    'One headline figure: the indicator summed over the observations a filter selects, without double counting.',
  fields: (t) => ({
    value: t.exposeFloat('value', {
      nullable: true,
      description: "The total in the indicator's unit; null when no observation matches.",
    }),
    observationCount: t.exposeInt('observationCount', { description: 'How many observations the total is made of.' }),
    period: t.field({
      type: PeriodRef,
      nullable: true,
      description: 'From the earliest start to the latest end of those observations.',
      resolve: (x) => x.period,
    }),
    approximate: t.exposeBoolean('approximate', {
      description: 'Whether any of them is given as approximate by its source.',
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The documents the figure comes from (provenance).',
      resolve: (x, _a, ctx) => sourcesById(ctx, x.sourceIds),
    }),
  }),
});

interface PointShape {
  key: string;
  labelTh: string;
  labelEn: string;
  value: number | null;
  target: number | null;
  share: number | null;
  period: { start: Date; end: Date; fiscalYear: number | null } | null;
}

const SeriesPointRef = builder.objectRef<PointShape>('SeriesPoint').implement({
  description: 'One point of a series: a period, fiscal year, area or category, and its value.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable key: an ISO period `start/end`, a fiscal year `2567`, an area code, or a category code.',
    }),
    labelTh: t.exposeString('labelTh', { description: 'Label in Thai (Buddhist-era years).' }),
    labelEn: t.exposeString('labelEn', { description: 'Label in English (Gregorian years).' }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'The value (actual, unless the filter asked for another kind); null if only a target exists.',
    }),
    target: t.exposeFloat('target', {
      nullable: true,
      description:
        "The target for the same point and the same period as its value (by fiscal year), if the data has one; never another period's target.",
    }),
    share: t.exposeFloat('share', {
      nullable: true,
      description: 'The value as a percentage (0–100) of the total for the same filter.',
    }),
    period: t.field({
      type: PeriodRef,
      nullable: true,
      description:
        'For PERIOD series the period the point covers; for AREA and CATEGORY series the span of the periods its value (or, without one, its target) comes from. Null for FISCAL_YEAR series.',
      resolve: (p) => p.period,
    }),
  }),
});

interface SeriesShape {
  groupBy: SeriesGrouping;
  points: PointShape[];
  total: number | null;
  sourceIds: number[];
}

const IndicatorSeriesRef = builder.objectRef<SeriesShape>('IndicatorSeries').implement({
  description: 'An indicator broken down by one dimension, ready for a chart.',
  fields: (t) => ({
    groupBy: t.field({
      type: SeriesGroupingEnum,
      description: 'The dimension of the points.',
      resolve: (s) => s.groupBy,
    }),
    points: t.field({
      type: [SeriesPointRef],
      description: 'The points, in a natural order (time, code or category order).',
      resolve: (s) => s.points,
    }),
    total: t.exposeFloat('total', {
      nullable: true,
      description: 'The total for the same filter; shares are percentages of it.',
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The documents the points come from (provenance).',
      resolve: (s, _a, ctx) => sourcesById(ctx, s.sourceIds),
    }),
  }),
});

interface LatestShape {
  value: number | null;
  target: number | null;
  period: { start: Date; end: Date; fiscalYear: number | null };
  previousValue: number | null;
  previousPeriod: { start: Date; end: Date; fiscalYear: number | null } | null;
  sourceIds: number[];
}

const IndicatorLatestRef = builder.objectRef<LatestShape>('IndicatorLatest').implement({
  description: 'The value of the latest period, and how it changed from the period before, where the data has one.',
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true, description: "The latest period's value." }),
    target: t.exposeFloat('target', { nullable: true, description: "The latest period's target, if any." }),
    progress: t.float({
      nullable: true,
      description: 'Progress to target as a percentage (value ÷ target × 100), when both exist.',
      resolve: (l) => (l.value != null && l.target ? (l.value / l.target) * 100 : null),
    }),
    period: t.field({ type: PeriodRef, description: 'The latest period.', resolve: (l) => l.period }),
    previousValue: t.exposeFloat('previousValue', {
      nullable: true,
      description: 'The value of the period before, if the data has one.',
    }),
    previousPeriod: t.field({
      type: PeriodRef,
      nullable: true,
      description: 'The period before.',
      resolve: (l) => l.previousPeriod,
    }),
    change: t.float({
      nullable: true,
      description: 'Latest minus previous value.',
      resolve: (l) => (l.value != null && l.previousValue != null ? l.value - l.previousValue : null),
    }),
    changePercent: t.float({
      nullable: true,
      description: 'Change as a percentage of the previous value.',
      resolve: (l) =>
        l.value != null && l.previousValue ? ((l.value - l.previousValue) / Math.abs(l.previousValue)) * 100 : null,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The documents the figures come from (provenance).',
      resolve: (l, _a, ctx) => sourcesById(ctx, l.sourceIds),
    }),
  }),
});

// The aggregates read only `id` and `aggregation`, which every Indicator row has (the type has no
// `select` of its own), so they declare no selection: a field with one would send an indicator read
// by `indicator(code:)` (schema/loaders.ts) back to Prisma for it.
builder.prismaObjectFields(IndicatorRef, (t) => ({
  total: t.field({
    type: IndicatorTotalRef,
    complexity: AGGREGATE_COST.total,
    description:
      'The headline total for a filter. Totals are preferred to breakdowns and the coarsest area to its parts, so nothing is counted twice; for stocks (aggregation LAST) only the latest period counts.',
    args: { filter: t.arg({ type: ObservationFilter, description: FILTER_DESCRIPTION }) },
    resolve: async (indicator, { filter }, ctx) => {
      const total = await indicatorTotal(ctx.sql, indicator, options(ctx, filter));
      return { ...total, period: periodOf(total.periodStart, total.periodEnd) };
    },
  }),
  series: t.field({
    type: IndicatorSeriesRef,
    complexity: AGGREGATE_COST.series,
    description:
      'The indicator broken down by period, fiscal year, area or category, with targets and shares of the total.',
    args: {
      groupBy: t.arg({ type: SeriesGroupingEnum, required: true, description: 'The dimension to break down by.' }),
      filter: t.arg({ type: ObservationFilter, description: FILTER_DESCRIPTION }),
    },
    resolve: async (indicator, { groupBy, filter }, ctx) => {
      const series = await indicatorSeries(ctx.sql, indicator, groupBy, options(ctx, filter));
      return {
        groupBy,
        total: series.total,
        sourceIds: series.sourceIds,
        points: series.points.map((p) => ({
          ...p,
          period:
            p.periodStart && p.periodEnd
              ? {
                  start: p.periodStart,
                  end: p.periodEnd,
                  fiscalYear: p.fiscalYear ?? fiscalYearWithin(p.periodStart, p.periodEnd),
                }
              : null,
        })),
      };
    },
  }),
  latest: t.field({
    type: IndicatorLatestRef,
    complexity: AGGREGATE_COST.latest,
    nullable: true,
    description: "The latest period's value and its change from the period before; null when nothing matches.",
    args: { filter: t.arg({ type: ObservationFilter, description: FILTER_DESCRIPTION }) },
    resolve: async (indicator, { filter }, ctx) => {
      const latest = await indicatorLatest(ctx.sql, indicator, options(ctx, filter));
      if (!latest) return null;
      return {
        value: latest.value,
        target: latest.target,
        period: periodOf(latest.periodStart, latest.periodEnd)!,
        previousValue: latest.previousValue,
        previousPeriod: latest.previous ? periodOf(latest.previous.periodStart, latest.previous.periodEnd) : null,
        sourceIds: latest.sourceIds,
      };
    },
  }),
}));
