/** Indicator.total alone: the level rules, in one statement. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorTotal } from '../../../schema/analytics/total.ts';
import { analyticsFixture, optionsFor, type AnalyticsFixture } from './fixture.ts';

let f: AnalyticsFixture;
beforeAll(() => {
  f = analyticsFixture();
});
afterAll(() => f.close());

const total = async (code: string, filter: Record<string, unknown> = {}, kind?: 'ACTUAL' | 'TARGET') => {
  const indicator = await f.indicator(code);
  return f.counted(() => indicatorTotal(f.public, indicator, optionsFor(filter, kind)));
};

describe('indicatorTotal', () => {
  it('prefers the reported total to its breakdown (210), in one statement', async () => {
    const { result, statements } = await total('CE_REGISTERED', { area: 'TH-10' });
    expect(result).toMatchObject({ value: 210, observationCount: 1 });
    expect(statements).toHaveLength(1);
  });

  it("prefers Bangkok's own figure to its district groups (18,951,686)", async () => {
    expect((await total('STIMULUS_FAIR_SALES')).result.value).toBe(18_951_686);
  });

  it('gives a district group its own figure', async () => {
    expect((await total('STIMULUS_FAIR_SALES', { area: 'TH-10-G-KRUNGTHEP-CENTRAL' })).result.value).toBe(8_170_000);
  });

  it('sums the categories asked for', async () => {
    expect((await total('CE_POTENTIAL_ASSESSED', { category: ['GOOD', 'MEDIUM'] })).result.value).toBe(76 + 121);
  });

  it('is null, not zero, when nothing matches', async () => {
    expect((await total('CE_REGISTERED', { area: 'TH-15' })).result).toMatchObject({
      value: null,
      observationCount: 0,
    });
  });

  it('reads targets when asked', async () => {
    expect((await total('STIMULUS_FAIRS', {}, 'TARGET')).result.value).toBe(30);
    expect((await total('STIMULUS_FAIRS')).result.value).toBe(36);
  });
});
