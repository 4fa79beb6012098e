/** Indicator.latest alone: the last period with a value, and the one before it. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { indicatorLatest } from '../../../schema/analytics/latest.ts';
import { indicatorSeries } from '../../../schema/analytics/series.ts';
import { analyticsFixture, optionsFor, type AnalyticsFixture } from './fixture.ts';

let f: AnalyticsFixture;
beforeAll(() => {
  f = analyticsFixture();
});
afterAll(() => f.close());

it('is the last period of the PERIOD series, with the previous one, in one statement', async () => {
  const indicator = await f.indicator('FOOD_BANK_MEALS');
  // The seed has one period per indicator: add the next one (a year later).
  const first = await f.prisma.observation.findFirstOrThrow({ where: { indicatorId: indicator.id, kind: 'ACTUAL' } });
  const year = 365 * 24 * 3600 * 1000;
  const { id: _id, key, ...rest } = first;
  await f.prisma.observation.create({
    data: {
      ...rest,
      key: `${key}|next`,
      value: 5,
      periodStart: new Date(first.periodStart.getTime() + year),
      periodEnd: new Date(first.periodEnd.getTime() + year),
      fiscalYear: first.fiscalYear == null ? null : first.fiscalYear + 1,
    },
  });
  const { result: latest, statements } = await f.counted(() => indicatorLatest(f.public, indicator, optionsFor()));
  expect(statements).toHaveLength(1);
  const points = (await indicatorSeries(f.public, indicator, 'PERIOD', optionsFor())).points.filter(
    (p) => p.value != null,
  );
  expect(points.length).toBeGreaterThan(1);
  expect(latest).toMatchObject({ value: 5, previousValue: points.at(-2)!.value });
  expect(points.at(-1)!.value).toBe(5);
  expect(latest!.periodEnd).toEqual(points.at(-1)!.periodEnd);
});

it('is null when nothing matches', async () => {
  const indicator = await f.indicator('CE_REGISTERED');
  expect(await indicatorLatest(f.public, indicator, optionsFor({ area: 'TH-15' }))).toBeNull();
});
