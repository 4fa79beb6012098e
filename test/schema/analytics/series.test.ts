/** Indicator.series alone: values, targets and the total from one statement. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriesGrouping } from '../../../schema/analytics/period-rules.ts';
import { indicatorSeries } from '../../../schema/analytics/series.ts';
import { analyticsFixture, optionsFor, type AnalyticsFixture } from './fixture.ts';

let f: AnalyticsFixture;
beforeAll(() => {
  f = analyticsFixture();
});
afterAll(() => f.close());

const series = async (code: string, groupBy: SeriesGrouping, filter: Record<string, unknown> = {}) => {
  const indicator = await f.indicator(code);
  return f.counted(() => indicatorSeries(f.public, indicator, groupBy, optionsFor(filter)));
};

describe('indicatorSeries', () => {
  it("by AREA: Bangkok's six district groups, their shares of the reported total, in one statement", async () => {
    const { result, statements } = await series('STIMULUS_FAIR_SALES', 'AREA', { area: 'TH-10' });
    expect(statements).toHaveLength(1);
    expect(result.total).toBe(18_951_686);
    expect(result.points.map((p) => p.key)).toHaveLength(6);
    expect(result.points.every((p) => p.key.startsWith('TH-10-G-'))).toBe(true);
    expect(Math.abs(result.points.reduce((n, p) => n + (p.share ?? 0), 0) - 100)).toBeLessThan(0.5);
  });

  it('by CATEGORY: the grades 76 / 121 / 6 of 203, in category order', async () => {
    const { result } = await series('CE_POTENTIAL_ASSESSED', 'CATEGORY');
    expect(result.points.map((p) => [p.key, p.value])).toEqual([
      ['GOOD', 76],
      ['MEDIUM', 121],
      ['NEEDS_IMPROVEMENT', 6],
    ]);
    expect(result.total).toBe(203);
  });

  it('by FISCAL_YEAR: a target only beside actuals of the same year', async () => {
    const { result } = await series('STIMULUS_FAIRS', 'FISCAL_YEAR');
    expect(result.points.find((p) => p.key === '2568')?.target).toBe(30);
    expect(result.points.reduce((n, p) => n + (p.value ?? 0), 0)).toBe(36);
  });

  it('by PERIOD: in time order, with the total beside them', async () => {
    const { result, statements } = await series('FOOD_BANK_MEALS', 'PERIOD');
    expect(statements).toHaveLength(1);
    expect(result.points[0]!.value).toBeCloseTo(1_239_181.89, 2);
    const starts = result.points.map((p) => p.periodStart!.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
