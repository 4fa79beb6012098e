/** Counts of enterprise records by a dimension, for charts over the individual records. */
import { AssessmentGrades, EnterpriseKinds } from '../../prisma/domain/labels.ts';
import { builder } from '../builder.ts';
import { ENTERPRISE_STATS_COST, STATEMENT } from '../cost.ts';
import type { Context } from '../context.ts';
import { EnterpriseFilter, enterpriseWhere } from './enterprise.ts';

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

interface StatPoint {
  key: string;
  labelTh: string;
  labelEn: string;
  count: number;
  share: number | null;
}

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

interface Stats {
  total: number;
  fiscalYear: number | null;
  points: StatPoint[];
}

const EnterpriseStatsRef = builder.objectRef<Stats>('EnterpriseStats').implement({
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

type Filter = Parameters<typeof enterpriseWhere>[0];

async function byArea(ctx: Context, filter: Filter): Promise<Omit<StatPoint, 'share'>[]> {
  const parentCode = filter?.area ?? 'TH';
  const parent = await ctx.prisma.area.findUnique({
    where: { code: parentCode },
    select: {
      id: true,
      code: true,
      kind: true,
      groupMembers: {
        select: { member: { select: { id: true, code: true, nameTh: true, nameEn: true, path: true } } },
      },
    },
  });
  if (!parent) return [];
  // The groups a count is rolled up into: a grouping's members, else the administrative children.
  const buckets =
    parent.kind === 'DISTRICT_GROUP' || parent.kind === 'PROVINCE_CLUSTER'
      ? parent.groupMembers.map((m) => m.member)
      : await ctx.prisma.area.findMany({
          where: { parentId: parent.id, kind: { notIn: ['DISTRICT_GROUP', 'PROVINCE_CLUSTER'] } },
          select: { id: true, code: true, nameTh: true, nameEn: true, path: true },
        });
  // GROUP BY the enterprise's own area in SQL, then roll those (few) groups up to the buckets.
  const groups = await ctx.prisma.enterprise.groupBy({
    by: ['areaId'],
    where: enterpriseWhere(filter),
    _count: { _all: true },
  });
  const areaIds = groups.map((g) => g.areaId).filter((x): x is number => x != null);
  const paths = new Map(
    (await ctx.prisma.area.findMany({ where: { id: { in: areaIds } }, select: { id: true, path: true } })).map((a) => [
      a.id,
      a.path,
    ]),
  );
  const direct = groups.reduce((n, g) => (g.areaId === parent.id ? n + g._count._all : n), 0);
  const unplaced = direct
    ? [{ key: parentCode, labelTh: 'ไม่ระบุพื้นที่ย่อย', labelEn: 'Not placed more precisely', count: direct }]
    : [];
  return buckets
    .map((b) => ({
      key: b.code,
      labelTh: b.nameTh,
      labelEn: b.nameEn,
      count: groups.reduce(
        (n, g) => (g.areaId != null && paths.get(g.areaId)?.startsWith(b.path) ? n + g._count._all : n),
        0,
      ),
    }))
    .filter((p) => p.count > 0)
    .concat(unplaced);
}

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
    resolve: async (_root, { groupBy, filter, fiscalYear }, ctx) => {
      const where = enterpriseWhere(filter);
      const total = await ctx.prisma.enterprise.count({ where });
      let points: Omit<StatPoint, 'share'>[] = [];
      let year: number | null = null;
      if (groupBy === 'AREA') {
        points = await byArea(ctx, filter);
      } else if (groupBy === 'KIND') {
        const rows = await ctx.prisma.enterprise.groupBy({ by: ['kind'], where, _count: { _all: true } });
        points = rows.map((r) => ({
          key: r.kind,
          labelTh: EnterpriseKinds[r.kind].th,
          labelEn: EnterpriseKinds[r.kind].en,
          count: r._count._all,
        }));
      } else if (groupBy === 'BUSINESS_TYPE') {
        const rows = await ctx.prisma.enterpriseBusinessType.groupBy({
          by: ['categoryId'],
          where: { enterprise: where },
          _count: { _all: true },
        });
        const labels = await ctx.prisma.category.findMany({ where: { id: { in: rows.map((r) => r.categoryId) } } });
        points = labels.map((c) => ({
          key: c.code,
          labelTh: c.nameTh,
          labelEn: c.nameEn,
          count: rows.find((r) => r.categoryId === c.id)!._count._all,
        }));
      } else if (groupBy === 'ASSESSMENT_GRADE') {
        year =
          fiscalYear ??
          (
            await ctx.prisma.assessment.findFirst({
              where: { enterprise: where },
              orderBy: { fiscalYear: 'desc' },
              select: { fiscalYear: true },
            })
          )?.fiscalYear ??
          null;
        if (year != null) {
          const rows = await ctx.prisma.assessment.groupBy({
            by: ['grade'],
            where: { enterprise: where, fiscalYear: year },
            _count: { _all: true },
          });
          points = rows.map((r) => ({
            key: r.grade,
            labelTh: AssessmentGrades[r.grade].th,
            labelEn: AssessmentGrades[r.grade].en,
            count: r._count._all,
          }));
        }
      } else {
        const rows = await ctx.prisma.networkMember.groupBy({
          by: ['networkId'],
          where: { enterprise: where },
          _count: { _all: true },
        });
        const labels = await ctx.prisma.network.findMany({ where: { id: { in: rows.map((r) => r.networkId) } } });
        points = labels.map((n) => ({
          key: n.slug,
          labelTh: n.nameTh,
          labelEn: n.nameEn,
          count: rows.find((r) => r.networkId === n.id)!._count._all,
        }));
      }
      const base = groupBy === 'ASSESSMENT_GRADE' ? points.reduce((n, p) => n + p.count, 0) : total;
      return {
        total,
        fiscalYear: year,
        points: points
          .map((p) => ({ ...p, share: base ? (p.count / base) * 100 : null }))
          .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      };
    },
  }),
);
