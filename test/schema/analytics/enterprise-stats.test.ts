/** enterpriseStats and the enterprise count alone: one statement per question. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseCount, enterpriseStats } from '../../../schema/analytics/enterprise-stats.ts';
import { analyticsFixture, type AnalyticsFixture } from './fixture.ts';

let f: AnalyticsFixture;
beforeAll(() => {
  f = analyticsFixture();
});
afterAll(() => f.close());

describe('enterpriseStats', () => {
  it('by KIND sums to the total, which is the count, each in one statement', async () => {
    const { result, statements } = await f.counted(() => enterpriseStats(f.public, 'KIND', null, null));
    expect(statements).toHaveLength(1);
    expect(result.points.reduce((n, p) => n + p.count, 0)).toBe(result.total);
    const counted = await f.counted(() => enterpriseCount(f.public, null));
    expect(counted.statements).toHaveLength(1);
    expect(counted.result).toBe(result.total);
    expect(result.total).toBe(await f.prisma.enterprise.count({ where: { publication: 'PUBLISHED' } }));
  });

  it('by AREA one level down, records at the area itself kept apart', async () => {
    const { result } = await f.counted(() => enterpriseStats(f.public, 'AREA', { area: 'TH-15' }, null));
    expect(result.points.reduce((n, p) => n + p.count, 0)).toBe(result.total);
    expect(result.points.every((p) => p.key === 'TH-15' || /^TH-150\d$/.test(p.key))).toBe(true);
    expect(result.total).toBe(await enterpriseCount(f.public, { area: 'TH-15' }));
  });

  it('by NETWORK counts members', async () => {
    const { result } = await f.counted(() => enterpriseStats(f.public, 'NETWORK', null, null));
    expect(result.points.find((p) => p.key === 'ang-thong-basketry-network')?.count).toBe(4);
  });

  it('by ASSESSMENT_GRADE counts one fiscal year, the latest assessed unless given', async () => {
    const latest = await f.prisma.assessment.findFirst({
      orderBy: { fiscalYear: 'desc' },
      select: { fiscalYear: true },
    });
    const { result } = await f.counted(() => enterpriseStats(f.public, 'ASSESSMENT_GRADE', null, null));
    expect(result.fiscalYear).toBe(latest?.fiscalYear ?? null);
    const rows = await f.prisma.assessment.groupBy({
      by: ['grade'],
      where: { fiscalYear: latest?.fiscalYear ?? -1, enterprise: { publication: 'PUBLISHED' } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(result.points.map((p) => [p.key, p.count]))).toEqual(
      Object.fromEntries(rows.map((r) => [r.grade, r._count._all])),
    );
  });
});
