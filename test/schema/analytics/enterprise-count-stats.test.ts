/**
 * The enterprise count table answers as the enterprises do: every public enterpriseStats by KIND and
 * by AREA it serves equals the one counted from the enterprises directly (the table bypassed), for
 * the seed and after rounds of random writes through the records path and through Prisma — the
 * search for the next case where they differ. Staff, and every other question, never read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseStats,
  readsEnterpriseCounts,
  type EnterpriseFilterValue,
  type EnterpriseStatsGroupingValue,
} from '../../../schema/analytics/enterprise-stats.ts';
import { randomEnterpriseWrites } from '../../helpers/enterprise-writes.ts';
import { seededRandom } from '../../helpers/observation-writes.ts';
import { analyticsFixture, type AnalyticsFixture } from './fixture.ts';

let f: AnalyticsFixture;
beforeAll(() => {
  f = analyticsFixture();
});
afterAll(() => f.close());

const GROUPINGS: EnterpriseStatsGroupingValue[] = ['KIND', 'AREA'];

/** No filter, the country, every province, every grouping of areas, and a sample of smaller areas. */
async function areaFilters(): Promise<(EnterpriseFilterValue | null)[]> {
  const areas = await f.prisma.area.findMany({ select: { code: true, kind: true }, orderBy: { code: 'asc' } });
  const random = seededRandom(7);
  const smaller = areas.filter((a) => a.kind === 'DISTRICT' || a.kind === 'SUBDISTRICT');
  const sample = Array.from({ length: 20 }, () => random.pick(smaller).code);
  return [
    null,
    {},
    ...areas
      .filter((a) => ['COUNTRY', 'PROVINCE', 'DISTRICT_GROUP', 'PROVINCE_CLUSTER'].includes(a.kind))
      .map((a) => ({ area: a.code })),
    ...[...new Set([...sample, 'TH-1503'])].map((area) => ({ area })),
    { area: 'NO-SUCH-AREA' },
  ];
}

/** Asks every grouping for every area filter both ways; returns how many answers came from the table. */
async function compareAll(): Promise<number> {
  let fromCounts = 0;
  const differences: string[] = [];
  for (const filter of await areaFilters()) {
    for (const groupBy of GROUPINGS) {
      const { result: counted, statements } = await f.counted(() => enterpriseStats(f.public, groupBy, filter, null));
      const direct = await enterpriseStats(f.public, groupBy, filter, null, { counts: false });
      expect(statements).toHaveLength(1);
      const reads = readsEnterpriseCounts(f.public, groupBy, filter);
      expect(reads).toBe(true);
      expect(statements[0]).toContain('"EnterpriseCount"');
      expect(statements[0]).not.toContain('"Enterprise" ');
      fromCounts++;
      if (JSON.stringify(counted) !== JSON.stringify(direct))
        differences.push(
          `${groupBy} ${JSON.stringify(filter)}: ${JSON.stringify(counted)} != ${JSON.stringify(direct)}`,
        );
    }
  }
  expect(differences.join('\n')).toBe('');
  return fromCounts;
}

describe('the enterprise count table against the enterprises', () => {
  it('gives the same public answers on the seed data', async () => {
    expect(await compareAll()).toBeGreaterThan(150);
    const { result } = await f.counted(() => enterpriseStats(f.public, 'KIND', null, null));
    expect(result.total).toBe(await f.prisma.enterprise.count({ where: { publication: 'PUBLISHED' } }));
  }, 120_000);

  it('gives the same public answers after rounds of random writes through the records path and Prisma', async () => {
    for (const seed of [21, 22, 23]) {
      await randomEnterpriseWrites(f.prisma, seed, 50, 'records');
      await compareAll();
      await randomEnterpriseWrites(f.prisma, seed + 100, 50, 'prisma');
      await compareAll();
    }
    // The writes reached drafts, archived records and enterprises in no area.
    expect(await f.prisma.enterprise.count({ where: { publication: { not: 'PUBLISHED' } } })).toBeGreaterThan(0);
    expect(await f.prisma.enterprise.count({ where: { areaId: null } })).toBeGreaterThan(0);
  }, 300_000);

  it('is read by no staff question and by no other grouping or filter', async () => {
    const others: [EnterpriseStatsGroupingValue, EnterpriseFilterValue | null][] = [
      ['KIND', { kind: ['COMMUNITY_ENTERPRISE'] }],
      ['KIND', { kind: [] }],
      ['AREA', { area: 'TH-15', businessType: ['FOOD'] }],
      ['AREA', { network: 'ang-thong-basketry-network' }],
      ['NETWORK', null],
      ['BUSINESS_TYPE', { area: 'TH-15' }],
      ['ASSESSMENT_GRADE', null],
    ];
    for (const [groupBy, filter] of others) {
      expect(readsEnterpriseCounts(f.public, groupBy, filter)).toBe(false);
      const { statements } = await f.counted(() => enterpriseStats(f.public, groupBy, filter, null));
      expect(statements.join('\n')).not.toContain('"EnterpriseCount"');
    }
    for (const groupBy of GROUPINGS)
      for (const filter of [null, { area: 'TH-15' }]) {
        expect(readsEnterpriseCounts(f.staff, groupBy, filter)).toBe(false);
        const { statements } = await f.counted(() => enterpriseStats(f.staff, groupBy, filter, null));
        expect(statements.join('\n')).not.toContain('"EnterpriseCount"');
      }
  });
});

describe('drafts', () => {
  it('never change an answer read from the table, while staff see them', async () => {
    const fresh = analyticsFixture();
    try {
      const answers = async (sql: typeof fresh.public) => {
        const out: unknown[] = [];
        for (const groupBy of GROUPINGS)
          for (const filter of [null, { area: 'TH-15' }, { area: 'TH-10-G-KRUNGTHEP-CENTRAL' }])
            out.push(await enterpriseStats(sql, groupBy, filter, null));
        return JSON.stringify(out);
      };
      const publicBefore = await answers(fresh.public);
      const staffBefore = await answers(fresh.staff);
      for (const e of await fresh.prisma.enterprise.findMany({ select: { slug: true, kind: true, areaId: true } }))
        for (const publication of ['DRAFT', 'ARCHIVED'] as const)
          await fresh.prisma.enterprise.create({
            data: {
              slug: `${e.slug}-${publication.toLowerCase()}`,
              kind: e.kind,
              areaId: e.areaId,
              nameTh: e.slug,
              nameEn: e.slug,
              searchText: e.slug,
              publication,
            },
          });
      expect(await answers(fresh.public)).toBe(publicBefore);
      expect(await answers(fresh.staff)).not.toBe(staffBefore);
    } finally {
      await fresh.close();
    }
  }, 120_000);
});
