import type { Prisma } from '../../prisma/client.ts';
import type { ObservationKind as ObservationKindValue } from '../../prisma/generated/client/enums.ts';
import { areaWithinScope } from '../area-scope.ts';
import type { AreaScope } from '../loaders.ts';
import { builder } from '../builder.ts';
import { rowWhere } from '../node-id.ts';
import { DESCRIPTION_EN, DESCRIPTION_TH, FISCAL_YEAR, NAME_EN, NAME_TH, SOURCE } from '../descriptions.ts';
import { CategoryScheme, Measure, ObservationKind, PeriodAggregation, PublicationStatus } from '../enums.ts';
import { found } from '../errors.ts';
import { fiscalYearWithin } from '../../prisma/domain/thai-calendar.ts';
import { CategoryRef, UnitRef } from './category.ts';
import { AreaRef } from './area.ts';
import { SourceRef } from './source.ts';
import { observationPage, observationTotal } from '../observation-pages.ts';

export const IndicatorRef = builder.prismaNode('Indicator', {
  // Unknown (or, for the public, unpublished) ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description:
    'Something measured about enterprises or programmes (ตัวชี้วัด), with its observations over time, place and category — after the IATI result/indicator/period model.',
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Stable public code, e.g. `CE_REGISTERED`; widgets refer to indicators by it.',
    }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    publication: t.expose('publication', {
      type: PublicationStatus,
      description: 'DRAFT and ARCHIVED records are visible to staff only.',
    }),
    descriptionTh: t.exposeString('descriptionTh', { nullable: true, description: DESCRIPTION_TH }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true, description: DESCRIPTION_EN }),
    // By the request's loader, not as a Prisma relation: one statement for every indicator read.
    unit: t.field({
      type: UnitRef,
      description: 'The unit every observation is in.',
      resolve: (i, _a, ctx) => found(ctx.loaders.unitByCode.load(i.unitId), 'unit', i.unitId, 'code'),
    }),
    measure: t.expose('measure', { type: Measure, description: 'What kind of quantity the indicator is.' }),
    allowsNegative: t.exposeBoolean('allowsNegative', {
      description: 'Whether a value may be below zero (a net balance); when false, negative values are refused.',
    }),
    higherIsBetter: t.exposeBoolean('higherIsBetter', {
      description: 'Whether a rise is good news (drives colours and arrows).',
    }),
    aggregation: t.expose('aggregation', {
      type: PeriodAggregation,
      description:
        'How values over several periods combine into `total`: summed (flows) or the latest period (stocks).',
    }),
    categoryScheme: t.expose('categoryScheme', {
      type: CategoryScheme,
      nullable: true,
      description: 'The classification observations are broken down by, if any.',
    }),
    irisRef: t.exposeString('irisRef', { nullable: true, description: 'Matching IRIS+ metric id, if any.' }),
    sdgTargets: t.stringList({
      description: 'Sustainable Development Goal targets the indicator reports on, e.g. `8.3`.',
      select: { sdgTargets: true },
      resolve: (i) => (i.sdgTargets ? i.sdgTargets.split(',') : []),
    }),
    programme: t.relation('programme', {
      nullable: true,
      description: 'The programme whose outcomes the indicator reports.',
    }),
    // A query of its own rather than a nested relation: Prisma pages a nested relation in memory
    // (every row of the indicator read for 20), while a root query is an index-ordered LIMIT.
    observations: t.prismaConnection(
      {
        type: 'Observation',
        cursor: 'id',
        description: 'Observations (values), by period, then area, then category.',
        args: { filter: t.arg({ type: ObservationFilter, description: 'Conditions the observations must meet.' }) },
        // One statement over the covering index (schema/analytics/observation-count.ts), not Prisma's _count.
        totalCount: (indicator, args, ctx) => observationTotal(ctx, indicator.id, args.filter),
        resolve: async (query, indicator, args, ctx) => {
          const order = [{ periodStart: 'asc' }, { areaId: 'asc' }, { categoryId: 'asc' }, { id: 'asc' }] as const;
          const { take, skip: _skip, cursor, ...selection } = query as typeof query & { cursor?: { id: number } };
          // Backwards (`last`/`before`) pages are rare; Prisma's own cursor serves them.
          if (take < 0) {
            const area = args.filter?.area ? await ctx.loaders.areaScope.load(args.filter.area) : null;
            return ctx.prisma.observation.findMany({
              ...query,
              where: { AND: [{ indicatorId: indicator.id }, observationWhere(args.filter, area)] },
              orderBy: [...order],
            });
          }
          // Forward pages by keyset, batched across indicators (observation-pages.ts). The plugin
          // asks for the rows from the cursor on, skipping the cursor itself: those after it.
          return observationPage(ctx, indicator.id, args.filter, cursor?.id ?? null, take, selection);
        },
      },
      { name: 'ObservationConnection', description: "A page of an indicator's observations." },
      { name: 'ObservationEdge', description: 'One observation in a page, with its cursor.' },
    ),
  }),
});

export const ObservationFilter = builder.inputType('ObservationFilter', {
  description: 'Narrows a set of observations. All given conditions must hold.',
  fields: (t) => ({
    area: t.string({
      references: 'area',
      description:
        'Area code; observations for this area or any area inside it (a district group counts its districts).',
    }),
    fiscalYear: t.intList({ description: `Any of these fiscal years. ${FISCAL_YEAR}` }),
    category: t.stringList({
      references: 'category',
      description: "Any of these category codes (in the indicator's category scheme), e.g. `GOOD`.",
    }),
    uncategorised: t.boolean({ description: 'true: only totals (no category); false: only breakdown rows.' }),
    kind: t.field({ type: [ObservationKind], description: 'Any of these kinds (actual, target, baseline).' }),
    from: t.field({ type: 'Date', description: 'Only periods ending on or after this date.' }),
    to: t.field({ type: 'Date', description: 'Only periods starting on or before this date.' }),
  }),
});

export interface ObservationFilterValue {
  area?: string | null;
  fiscalYear?: number[] | null;
  category?: string[] | null;
  uncategorised?: boolean | null;
  kind?: ObservationKindValue[] | null;
  from?: Date | null;
  to?: Date | null;
}

export function observationWhere(
  filter: ObservationFilterValue | null | undefined,
  /** `filter.area`'s scope (loaders.areaScope), null when no area has that code. */
  area: AreaScope | null = null,
): Prisma.ObservationWhereInput {
  const where: Prisma.ObservationWhereInput = {};
  if (!filter) return where;
  const and: Prisma.ObservationWhereInput[] = [];
  if (filter.area) and.push({ area: areaWithinScope(area) });
  if (filter.fiscalYear) and.push({ fiscalYear: { in: filter.fiscalYear } });
  if (filter.category) and.push({ category: { code: { in: filter.category } } });
  if (filter.uncategorised != null) and.push({ categoryId: filter.uncategorised ? null : { not: null } });
  if (filter.kind) and.push({ kind: { in: filter.kind } });
  if (filter.from) and.push({ periodEnd: { gte: filter.from } });
  if (filter.to) and.push({ periodStart: { lte: filter.to } });
  return and.length ? { ...where, AND: and } : where;
}

export const PeriodRef = builder.objectRef<{ start: Date; end: Date; fiscalYear: number | null }>('Period').implement({
  description: 'The time an observation covers. For a count "as of" a date, start and end are that date.',
  fields: (t) => ({
    start: t.expose('start', { type: 'Date', description: 'First day covered.' }),
    end: t.expose('end', { type: 'Date', description: 'Last day covered (inclusive).' }),
    fiscalYear: t.exposeInt('fiscalYear', {
      nullable: true,
      description: `The fiscal year the source attributes the value to, else the one the period falls in. ${FISCAL_YEAR}`,
    }),
  }),
});

builder.prismaNode('Observation', {
  // Unknown (or, for the public, unpublished) ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description: 'One value of an indicator: for a period, an area, and optionally a category, with its source.',
  id: { field: 'id' },
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'The indicator measured.' }),
    kind: t.expose('kind', { type: ObservationKind, description: 'Actual result, target or baseline.' }),
    publication: t.expose('publication', {
      type: PublicationStatus,
      description: 'DRAFT and ARCHIVED values are visible to staff only, and count in no public total.',
    }),
    value: t.exposeFloat('value', { description: "The value, in the indicator's unit (percentages as 0–100)." }),
    unit: t.field({
      type: UnitRef,
      description: "The unit of the value (the indicator's unit).",
      select: { indicator: { select: { unit: true } } },
      resolve: (o) => o.indicator.unit,
    }),
    period: t.field({
      type: PeriodRef,
      description: 'The time the value covers.',
      select: { periodStart: true, periodEnd: true, fiscalYear: true },
      resolve: (o) => ({
        start: o.periodStart,
        end: o.periodEnd,
        fiscalYear: o.fiscalYear ?? fiscalYearWithin(o.periodStart, o.periodEnd),
      }),
    }),
    // Reference data by the request's loaders (one statement for a page's areas, one for its
    // categories, one for its sources) rather than a Prisma statement each.
    area: t.field({
      type: AreaRef,
      nullable: true,
      description: 'The area the value is for.',
      resolve: (o, _a, ctx) => (o.areaId === null ? null : ctx.loaders.areaById.load(o.areaId)),
    }),
    category: t.field({
      type: CategoryRef,
      nullable: true,
      description: 'The breakdown category, or null for a total.',
      resolve: (o, _a, ctx) => (o.categoryId === null ? null : ctx.loaders.categoryById.load(o.categoryId)),
    }),
    programme: t.relation('programme', { nullable: true, description: 'The programme the value reports on.' }),
    approximate: t.exposeBoolean('approximate', {
      description: 'Whether the source gives the value as approximate ("about").',
    }),
    noteTh: t.exposeString('noteTh', { nullable: true, description: 'Note in Thai.' }),
    noteEn: t.exposeString('noteEn', { nullable: true, description: 'Note in English.' }),
    source: t.field({
      type: SourceRef,
      description: SOURCE,
      resolve: (o, _a, ctx) => found(ctx.loaders.sourceById.load(o.sourceId), 'source', String(o.sourceId), 'id'),
    }),
  }),
});

builder.queryFields((t) => ({
  indicator: t.field({
    type: IndicatorRef,
    // Null beside a NOT_FOUND error, so one failed look-up leaves the rest of the answer intact.
    nullable: true,
    description: 'One indicator by its code, e.g. `CE_REGISTERED`.',
    args: { code: t.arg.string({ required: true, description: 'The indicator code.' }) },
    // Every indicator widget starts here: one statement through the request's SQL reader
    // (published indicators only, for the public) rather than Prisma's; its relations that
    // widgets ask for (unit, sources) have loaders too, the rest load through plugin-prisma.
    resolve: (_root, { code }, ctx) => found(ctx.loaders.indicatorByCode.load(code), 'indicator', code, 'code'),
  }),
  indicators: t.prismaConnection(
    {
      type: 'Indicator',
      cursor: 'id',
      description: 'Indicators, by code.',
      totalCount: (_root, _args, ctx) => ctx.prisma.indicator.count(),
      resolve: (query, _root, _args, ctx) => ctx.prisma.indicator.findMany({ ...query, orderBy: { id: 'asc' } }),
    },
    { name: 'IndicatorConnection', description: 'A page of indicators.' },
    { name: 'IndicatorEdge', description: 'One indicator in a page, with its cursor.' },
  ),
}));
