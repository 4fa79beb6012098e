/** Counts of enterprise records by a dimension, for charts over the individual records. */
import { enterpriseStats, type EnterpriseStats, type StatPoint } from '../analytics/enterprise-stats.ts';
import { builder } from '../builder.ts';
import { ENTERPRISE_STATS_COST, STATEMENT } from '../cost.ts';
import { EnterpriseFilter } from './enterprise.ts';

export const EnterpriseStatsGrouping = builder.enumType('EnterpriseStatsGrouping', {
  description: 'The dimension enterprise records are counted by.',
  values: {
    AREA: {
      description:
        "By the areas directly inside the filter's area (provinces when no area is given); a grouping counts its members.",
    },
    KIND: { description: 'By kind of enterprise.' },
    BUSINESS_TYPE: { description: 'By business type; an enterprise with several types counts once in each.' },
    ASSESSMENT_GRADE: {
      description: 'By potential assessment grade in one fiscal year (the latest assessed, unless given).',
    },
    NETWORK: { description: 'By network membership; an enterprise in several networks counts once in each.' },
  },
});

const StatPointRef = builder.objectRef<StatPoint>('EnterpriseStatPoint').implement({
  description: 'How many enterprise records fall in one group.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable key: an area code, kind, category code, grade or network slug.',
    }),
    labelTh: t.exposeString('labelTh', { description: 'Label in Thai.' }),
    labelEn: t.exposeString('labelEn', { description: 'Label in English.' }),
    count: t.exposeInt('count', { description: 'Number of enterprise records in the group.' }),
    share: t.exposeFloat('share', {
      nullable: true,
      description: 'The count as a percentage (0–100) of all matching records.',
    }),
  }),
});

const EnterpriseStatsRef = builder.objectRef<EnterpriseStats>('EnterpriseStats').implement({
  description:
    'Counts of the enterprise records in Phalang (not official registration totals: see the indicators for those).',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'How many enterprise records match the filter.' }),
    fiscalYear: t.exposeInt('fiscalYear', {
      nullable: true,
      description: 'For ASSESSMENT_GRADE: the fiscal year (B.E.) counted.',
    }),
    points: t.field({
      type: [StatPointRef],
      description: 'One point per group, largest first.',
      resolve: (s) => s.points,
    }),
  }),
});

builder.queryField('enterpriseStats', (t) =>
  t.field({
    type: EnterpriseStatsRef,
    description: 'Counts of enterprise records grouped by area, kind, business type, assessment grade or network.',
    complexity: (args) => ENTERPRISE_STATS_COST[args.groupBy] ?? 7 * STATEMENT,
    args: {
      groupBy: t.arg({ type: EnterpriseStatsGrouping, required: true, description: 'The dimension to count by.' }),
      filter: t.arg({ type: EnterpriseFilter, description: 'Which enterprise records to count.' }),
      fiscalYear: t.arg.int({
        description: 'For ASSESSMENT_GRADE: the fiscal year (B.E.); defaults to the latest assessed.',
      }),
    },
    resolve: (_root, { groupBy, filter, fiscalYear }, ctx) => enterpriseStats(ctx.sql, groupBy, filter, fiscalYear),
  }),
);
