/**
 * The analytics' statements give the same answers on PostgreSQL as on SQLite: every aggregate
 * (total, latest, series by each grouping, enterprise stats and counts, the partner graph, search,
 * observation pages and counts) over every seeded indicator and a spread of filters, for the public
 * and for staff, on the seeded data copied into a throwaway PostgreSQL (helpers/postgres.ts).
 *
 * The statements are built once in Kysely for both dialects; what this finds is what a dialect does
 * differently with the same text: types a UNION will not unite, enum columns, counts returned as
 * text, booleans, dates. It runs wherever PostgreSQL is installed; `.ci/run` installs it and sets
 * PHALANG_REQUIRE_POSTGRES, so that in CI its absence is a failure, not a skip.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../../prisma/client.ts';
import { createSqlDb, type SqlDb } from '../../../prisma/sql.ts';
import { registerSqlDb } from '../../../prisma/sql-registry.ts';
import { sqlReaders, type SqlReader } from '../../../prisma/visibility-sql.ts';
import { enterpriseCount, enterpriseFirstPage, enterpriseStats } from '../../../schema/analytics/enterprise-stats.ts';
import { indicatorLatest } from '../../../schema/analytics/latest.ts';
import { observationCounts } from '../../../schema/analytics/observation-count.ts';
import { observationPageRows } from '../../../schema/analytics/observation-page.ts';
import { partnerGraph } from '../../../schema/analytics/partner-graph.ts';
import type { AggregateOptions } from '../../../schema/analytics/period-rules.ts';
import { indicatorSeries } from '../../../schema/analytics/series.ts';
import { indicatorTotal } from '../../../schema/analytics/total.ts';
import { searchMatches } from '../../../schema/search-matches.ts';
import { TEMPLATE_DB } from '../../helpers/paths.ts';
import { postgresInstalled, startPostgres, type TestPostgres } from '../../helpers/postgres.ts';

const required = process.env.PHALANG_REQUIRE_POSTGRES === '1';

type Audience = 'public' | 'staff';
type Case = [name: string, run: (sql: SqlReader) => Promise<unknown>];

/** Values as a client sees them: dates as ISO text, PostgreSQL's bigint counts as numbers. */
const comparable = (value: unknown) =>
  JSON.stringify(value, (_key, v) =>
    v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : (v as unknown),
  );

const AREAS = [null, 'TH', 'TH-10', 'TH-50'];

function cases(): Record<string, Case[]> {
  const template = new Database(TEMPLATE_DB, { readonly: true });
  const indicators = template.prepare(`SELECT id, code, aggregation FROM Indicator ORDER BY id`).all() as {
    id: number;
    code: string;
    aggregation: 'SUM' | 'LAST';
  }[];
  const someObservations = (template.prepare(`SELECT id FROM Observation ORDER BY id`).all() as { id: number }[])
    .filter((_, i) => i % 20 === 0)
    .map((r) => r.id);
  template.close();
  const options = (area: string | null): AggregateOptions => ({
    filter: area ? { area } : {},
    categoryFiltered: false,
    areaCode: area,
    rollup: true,
  });
  const indicatorCases: Case[] = [];
  for (const indicator of indicators)
    for (const area of AREAS) {
      indicatorCases.push([`total ${indicator.code} ${area}`, (s) => indicatorTotal(s, indicator, options(area))]);
      indicatorCases.push([`latest ${indicator.code} ${area}`, (s) => indicatorLatest(s, indicator, options(area))]);
      for (const groupBy of ['AREA', 'CATEGORY', 'FISCAL_YEAR', 'PERIOD'] as const)
        indicatorCases.push([
          `series ${groupBy} ${indicator.code} ${area}`,
          (s) => indicatorSeries(s, indicator, groupBy, options(area)),
        ]);
    }
  const enterpriseFilters = [null, { area: 'TH-10' }, { area: 'TH-50' }, { kind: ['COMMUNITY_ENTERPRISE_NETWORK'] }];
  const enterpriseCases: Case[] = [];
  for (const groupBy of ['KIND', 'AREA', 'ASSESSMENT_GRADE', 'BUSINESS_TYPE', 'NETWORK'] as const)
    for (const area of AREAS)
      enterpriseCases.push([
        `stats ${groupBy} ${area}`,
        (s) => enterpriseStats(s, groupBy as never, area ? { area } : null, null),
      ]);
  for (const filter of enterpriseFilters) {
    enterpriseCases.push([`count ${comparable(filter)}`, (s) => enterpriseCount(s, filter as never)]);
    enterpriseCases.push([`first page ${comparable(filter)}`, (s) => enterpriseFirstPage(s, filter as never, 21)]);
  }
  const ids = indicators.map((i) => i.id);
  const observationFilters = [
    null,
    { area: 'TH-10' },
    { fiscalYear: [2567] },
    { kind: ['TARGET'] },
    { uncategorised: true },
    { from: new Date('2023-01-01T00:00:00Z'), to: new Date('2024-12-31T00:00:00Z') },
  ];
  const observationCases: Case[] = [];
  for (const filter of observationFilters) {
    observationCases.push([`count ${comparable(filter)}`, (s) => observationCounts(s, ids, filter as never)]);
    observationCases.push([`page ${comparable(filter)}`, (s) => observationPageRows(s, ids, filter as never, null, 5)]);
    for (const after of someObservations)
      observationCases.push([
        `page after ${after} ${comparable(filter)}`,
        (s) => observationPageRows(s, ids, filter as never, after, 3),
      ]);
  }
  const otherCases: Case[] = [
    ['partner graph', (s) => partnerGraph(s, null)],
    ['partner graph, signed, 100', (s) => partnerGraph(s, { agreementStatus: ['SIGNED'] }, 100)],
    ['partner graph, 2', (s) => partnerGraph(s, null, 2)],
    ...['ออมสิน', 'community', 'วิสาหกิจชุมชน', 'ก'].map((q): Case => [`search ${q}`, (s) => searchMatches(s, q, 10)]),
  ];
  return {
    'indicator aggregates': indicatorCases,
    'enterprise stats, counts and first pages': enterpriseCases,
    'observation pages and counts': observationCases,
    'partner graph and search': otherCases,
  };
}

describe.skipIf(!postgresInstalled() && !required)('the analytics on PostgreSQL and on SQLite', () => {
  let postgres: TestPostgres | null = null;
  const readers: Partial<Record<'sqlite' | 'postgres', Record<Audience, SqlReader>>> = {};
  const opened: SqlDb[] = [];

  beforeAll(async () => {
    postgres = await startPostgres();
    if (!postgres) throw new Error('PostgreSQL is required here (PHALANG_REQUIRE_POSTGRES=1) but is not installed');
    // Each reader on its own builder; the registry keys them by an object standing for a client.
    for (const [name, url] of [
      ['sqlite', `file:${TEMPLATE_DB}`],
      ['postgres', postgres.url],
    ] as const) {
      const key = {} as PrismaClient;
      registerSqlDb(key, () => {
        const db = createSqlDb(url);
        opened.push(db);
        return db;
      });
      readers[name] = sqlReaders(key);
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(opened.map((db) => db.destroy()));
    postgres?.stop();
  });

  for (const [family, list] of Object.entries(cases()))
    it(`${family}: ${list.length} questions, public and staff, answered alike`, async () => {
      const differences: string[] = [];
      let withData = 0;
      for (const [name, run] of list)
        for (const audience of ['public', 'staff'] as const) {
          const answer = async (side: 'sqlite' | 'postgres') => {
            try {
              return comparable(await run(readers[side]![audience]));
            } catch (error) {
              return `error: ${(error as Error).message}`;
            }
          };
          const [sqlite, postgresAnswer] = [await answer('sqlite'), await answer('postgres')];
          if (!/^(error:|null$|\[\]$|0$)/.test(sqlite)) withData++;
          if (sqlite !== postgresAnswer)
            differences.push(`${audience} ${name}\n  SQLite:     ${sqlite}\n  PostgreSQL: ${postgresAnswer}`);
        }
      expect(differences).toEqual([]);
      // Questions that find something: empty answers alike on both sides would prove little.
      expect(withData).toBeGreaterThan(list.length / 2);
    });
});
