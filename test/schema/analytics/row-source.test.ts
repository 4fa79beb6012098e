/**
 * The rollup answers as the observations do: every public total, series, latest value and count read
 * from it equals the one computed from the observations directly (the rollup bypassed), for the
 * seed data and after rounds of random writes — the search for the next case where they differ.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorLatest } from '../../../schema/analytics/latest.ts';
import type { AggregateOptions, IndicatorRow, SeriesGrouping } from '../../../schema/analytics/period-rules.ts';
import { rowSource } from '../../../schema/analytics/row-source.ts';
import { countFromRollup, observationCounts } from '../../../schema/analytics/observation-count.ts';
import { indicatorSeries } from '../../../schema/analytics/series.ts';
import { indicatorTotal } from '../../../schema/analytics/total.ts';
import type { SqlReader } from '../../../prisma/visibility-sql.ts';
import { randomObservationWrites } from '../../helpers/observation-writes.ts';
import { analyticsFixture, optionsFor, type AnalyticsFixture } from './fixture.ts';

let f: AnalyticsFixture;
beforeAll(() => {
  f = analyticsFixture();
});
afterAll(() => f.close());

type Question = SeriesGrouping | 'TOTAL' | 'LATEST' | 'COUNT';
const QUESTIONS: Question[] = ['TOTAL', 'LATEST', 'PERIOD', 'FISCAL_YEAR', 'AREA', 'CATEGORY', 'COUNT'];

/** Filters as widgets send them: none, an area (province, district group, the country), years, categories, dates. */
const filtersFor = (categories: string[]): [Record<string, unknown>, ('ACTUAL' | 'TARGET')?][] => [
  [{}],
  [{}, 'TARGET'],
  [{ area: 'TH-10' }],
  [{ area: 'TH' }],
  [{ area: 'TH-10-G-KRUNGTHEP-CENTRAL' }],
  [{ fiscalYear: [2567, 2568], area: 'TH-10' }],
  [{ uncategorised: false, area: 'TH-10' }],
  ...(categories.length ? [[{ category: categories.slice(0, 2) }] as [Record<string, unknown>]] : []),
  ...(categories.length ? [[{ category: categories.slice(0, 1), area: 'TH-10' }] as [Record<string, unknown>]] : []),
  [{ from: new Date('2024-01-01T00:00:00Z') }],
  [{ from: new Date('2023-10-01T00:00:00Z'), to: new Date('2024-12-31T00:00:00Z'), area: 'TH-10' }],
];

const ask = (
  sql: SqlReader,
  indicator: IndicatorRow,
  question: Question,
  options: AggregateOptions,
): Promise<unknown> =>
  question === 'COUNT'
    ? observationCounts(sql, [indicator.id], countFilter(options), options.rollup !== false).then((c) => [...c])
    : question === 'TOTAL'
      ? indicatorTotal(sql, indicator, options)
      : question === 'LATEST'
        ? indicatorLatest(sql, indicator, options)
        : indicatorSeries(sql, indicator, question, options);

/** The observations connection's count filter for the same question: the kind asked, or actuals. */
const countFilter = (options: AggregateOptions) => ({ ...options.filter, kind: [options.kind ?? 'ACTUAL'] });

/** An answer as comparable data: dates as ISO text, sums rounded against the order they were added in. */
const comparable = (answer: unknown) =>
  JSON.parse(
    JSON.stringify(answer, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v)),
  );

/** Asks every question of every indicator both ways; returns how many answers came from the rollup. */
async function compareAll(): Promise<number> {
  const indicators = await f.prisma.indicator.findMany({
    select: { id: true, code: true, aggregation: true, categoryScheme: true },
  });
  const categories = await f.prisma.category.findMany({
    select: { code: true, scheme: true },
    orderBy: { order: 'asc' },
  });
  let fromRollup = 0;
  const differences: string[] = [];
  for (const indicator of indicators) {
    const own = categories.filter((c) => c.scheme === indicator.categoryScheme).map((c) => c.code);
    for (const [filter, kind] of filtersFor(own)) {
      for (const question of QUESTIONS) {
        const options = optionsFor(filter, kind);
        const { result: rolled, statements } = await f.counted(() => ask(f.public, indicator, question, options));
        const direct = await ask(f.public, indicator, question, { ...options, rollup: false });
        // One statement either way, and the rollup read wherever row-source.ts says it answers.
        expect(statements).toHaveLength(1);
        const source =
          question === 'COUNT'
            ? countFromRollup(f.public, countFilter(options))
              ? 'rollup-year'
              : 'observations'
            : rowSource(
                f.public,
                indicator,
                question === 'LATEST' ? 'PERIOD' : question === 'TOTAL' ? 'TOTAL' : question,
                options,
              );
        expect(statements[0]!.includes('"ObservationRollup"'), `${indicator.code} ${question} ${source}`).toBe(
          source !== 'observations',
        );
        if (source !== 'observations') fromRollup++;
        if (JSON.stringify(comparable(rolled)) !== JSON.stringify(comparable(direct)))
          differences.push(`${indicator.code} ${question} ${JSON.stringify(filter)} ${kind ?? ''} (${source})`);
        else expect(comparable(rolled)).toEqual(comparable(direct));
      }
    }
  }
  expect(differences.join('\n')).toBe('');
  return fromRollup;
}

describe('the rollup against the observations', () => {
  it('gives the same public answers on the seed data', async () => {
    expect(await compareAll()).toBeGreaterThan(300);
  }, 180_000);

  it('gives the same public answers after rounds of random writes', async () => {
    for (const seed of [11, 12, 13]) {
      await randomObservationWrites(f.prisma, seed, 150);
      await compareAll();
    }
  }, 600_000);

  it('keeps the headline figures of the seed (18,951,686 fair sales, 210 registered in Bangkok)', async () => {
    const fresh = analyticsFixture();
    try {
      const sales = await fresh.indicator('STIMULUS_FAIR_SALES');
      const registered = await fresh.indicator('CE_REGISTERED');
      const { result, statements } = await fresh.counted(() => indicatorTotal(fresh.public, sales, optionsFor()));
      expect(result.value).toBe(18_951_686);
      expect(statements[0]).toContain('"ObservationRollup"');
      expect((await indicatorTotal(fresh.public, registered, optionsFor({ area: 'TH-10' }))).value).toBe(210);
    } finally {
      await fresh.close();
    }
  });
});

describe('drafts', () => {
  it('never change an answer read from the rollup, while staff see them', async () => {
    const fresh = analyticsFixture();
    try {
      const indicators = await fresh.prisma.indicator.findMany({ select: { id: true, aggregation: true } });
      const answers = async (sql: SqlReader) => {
        const out: unknown[] = [];
        for (const indicator of indicators)
          for (const question of QUESTIONS)
            for (const filter of [{}, { area: 'TH-10' }, { fiscalYear: [2567] }])
              out.push(comparable(await ask(sql, indicator, question, optionsFor(filter))));
        return JSON.stringify(out);
      };
      const publicBefore = await answers(fresh.public);
      const staffBefore = await answers(fresh.staff);
      // Recomputed groups are written anew: compare their content, not their ids.
      const rollup = async () =>
        (await fresh.prisma.observationRollup.findMany({ omit: { id: true } })).map((r) => JSON.stringify(r)).sort();
      const rollupBefore = await rollup();
      // Beside every observation, a draft twin in the same group with a far larger value, and a
      // draft in a later period (which would otherwise become the latest).
      const published = await fresh.prisma.observation.findMany();
      const year = 365 * 86_400_000;
      for (const o of published) {
        const { id: _id, key, ...rest } = o;
        await fresh.prisma.observation.create({
          data: { ...rest, key: `${key}|draft`, value: o.value * 1000 + 7, publication: 'DRAFT' },
        });
        await fresh.prisma.observation.create({
          data: {
            ...rest,
            key: `${key}|draft-later`,
            periodStart: new Date(o.periodStart.getTime() + year),
            periodEnd: new Date(o.periodEnd.getTime() + year),
            fiscalYear: o.fiscalYear == null ? null : o.fiscalYear + 1,
            publication: 'DRAFT',
          },
        });
      }
      expect(await rollup()).toEqual(rollupBefore);
      expect(await answers(fresh.public)).toBe(publicBefore);
      expect(await answers(fresh.staff)).not.toBe(staffBefore);
    } finally {
      await fresh.close();
    }
  }, 180_000);
});
