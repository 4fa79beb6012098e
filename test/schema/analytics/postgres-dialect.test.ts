/**
 * The analytics' statements give the same answers on PostgreSQL as on SQLite: every aggregate
 * (total, latest, series by each grouping, enterprise stats and counts, the partner graph, search,
 * observation pages and counts) over every indicator and a spread of filters, for the public and for
 * staff, on the seed plus the visibility fixtures (a draft and an archived record of every kind,
 * linked every way the model allows), copied into a throwaway PostgreSQL (helpers/postgres.ts). The
 * public's answers being SQLite's, which the visibility tests hold to published data only, the
 * public reader hides the same records on PostgreSQL.
 *
 * The statements are built once in Kysely for both dialects; what this finds is what a dialect does
 * differently with the same text: types a UNION will not unite, enum columns, counts returned as
 * text, booleans, dates. It runs wherever PostgreSQL is installed; `.ci/run` installs it and sets
 * PHALANG_REQUIRE_POSTGRES, so that in CI its absence is a failure, not a skip.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
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
import { createLoaders } from '../../../schema/loaders.ts';
import { prismaRow } from '../../../prisma/sql-rows.ts';
import { postgresInstalled, startPostgres, type TestPostgres } from '../../helpers/postgres.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';
import { addHidden, addPublished } from '../../helpers/visibility-fixtures.ts';

const required = process.env.PHALANG_REQUIRE_POSTGRES === '1';
// Bangkok's time, as the foundation's servers may run: PostgreSQL's time-without-zone columns must
// still read back as the UTC instants written (pg reads them as local time unless told).
process.env.TZ = 'Asia/Bangkok';

type Audience = 'public' | 'staff';
type Case = [name: string, run: (sql: SqlReader) => Promise<unknown>];

/** Values as a client sees them: dates as ISO text, bigint counts as numbers, maps as their entries. */
const comparable = (value: unknown) =>
  JSON.stringify(value, (_key, v) =>
    v instanceof Date
      ? v.toISOString()
      : typeof v === 'bigint'
        ? Number(v)
        : v instanceof Map
          ? [...(v as Map<unknown, unknown>)]
          : (v as unknown),
  );

/** Whether an answer holds anything to compare: a value other than null, zero or empty, anywhere in it (a map's values, not its keys). */
const holdsData = (value: unknown): boolean =>
  value instanceof Date ||
  (typeof value === 'number' && value !== 0) ||
  (typeof value === 'string' && value !== '') ||
  (value instanceof Map
    ? [...(value as Map<unknown, unknown>).values()].some(holdsData)
    : Array.isArray(value)
      ? value.some(holdsData)
      : typeof value === 'object' && value !== null && Object.values(value).some(holdsData));

const AREAS = [null, 'TH', 'TH-10', 'TH-50'];

/** Pages of observations as the connection hands them on: whole rows in the Prisma client's shape. */
async function observationPages(sql: SqlReader, ids: number[], filter: unknown, after: number | null, limit: number) {
  const pages = await observationPageRows(sql, ids, filter as never, after, limit);
  return [...pages].map(([id, rows]) => [id, rows.map((r) => prismaRow('Observation', r))]);
}

/** The questions, per family, about the data in `file`. */
function cases(file: string): Record<Family, Case[]> {
  const template = new Database(file, { readonly: true });
  const indicators = template.prepare(`SELECT id, code, aggregation FROM Indicator ORDER BY id`).all() as {
    id: number;
    code: string;
    aggregation: 'SUM' | 'LAST';
  }[];
  const someObservations = (template.prepare(`SELECT id FROM Observation ORDER BY id`).all() as { id: number }[])
    .filter((_, i) => i % 20 === 0)
    .map((r) => r.id);
  // Every key the widgets' look-ups can be asked for, read once with the questions.
  const column = <K extends string | number>(text: string) => template.prepare(text).pluck().all() as K[];
  const keys = {
    indicators: column<string>(`SELECT code FROM Indicator`),
    units: column<string>(`SELECT code FROM Unit`),
    sources: column<number>(`SELECT id FROM Source`),
    areaIds: column<number>(`SELECT id FROM Area`),
    areaCodes: column<string>(`SELECT code FROM Area`),
    categories: column<number>(`SELECT id FROM Category`),
    enterprises: column<number>(`SELECT id FROM Enterprise`),
  };
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
  const enterpriseFilters = [
    null,
    { area: 'TH-10' },
    { area: 'TH-50' },
    { kind: ['OCCUPATIONAL_GROUP', 'COMMUNITY_ENTERPRISE'] },
  ];
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
    observationCases.push([`page ${comparable(filter)}`, (s) => observationPages(s, ids, filter, null, 5)]);
    for (const after of someObservations)
      observationCases.push([
        `page after ${after} ${comparable(filter)}`,
        (s) => observationPages(s, ids, filter, after, 3),
      ]);
  }
  const otherCases: Case[] = [
    ['partner graph', (s) => partnerGraph(s, null)],
    ['partner graph, signed, 100', (s) => partnerGraph(s, { agreementStatus: ['SIGNED'] }, 100)],
    ['partner graph, 2', (s) => partnerGraph(s, null, 2)],
    ...['ออมสิน', 'community', 'วิสาหกิจชุมชน', 'ก'].map((q): Case => [`search ${q}`, (s) => searchMatches(s, q, 10)]),
  ];
  // The widgets' look-ups (schema/loaders.ts), each asked for every key there is, and one unknown.
  const lookups = createLoaders.bind(null, {} as never);
  const lookupCases: Case[] = [
    ['indicators by code', (s) => lookups(s).indicatorByCode.loadMany([...keys.indicators, 'NONE'])],
    ['units by code', (s) => lookups(s).unitByCode.loadMany([...keys.units, 'NONE'])],
    ['sources by id', (s) => lookups(s).sourceById.loadMany([...keys.sources, -1])],
    ['areas by id', (s) => lookups(s).areaById.loadMany([...keys.areaIds, -1])],
    ['categories by id', (s) => lookups(s).categoryById.loadMany([...keys.categories, -1])],
    ['business types of enterprises', (s) => lookups(s).businessTypesOf.loadMany(keys.enterprises)],
    ['sources of enterprises', (s) => lookups(s).sourcesOfEnterprise.loadMany(keys.enterprises)],
    ['area scopes by code', (s) => lookups(s).areaScope.loadMany([...keys.areaCodes, 'NONE'])],
  ];
  return {
    'widget look-ups': lookupCases,
    'indicator aggregates': indicatorCases,
    'enterprise stats, counts and first pages': enterpriseCases,
    'observation pages and counts': observationCases,
    'partner graph and search': otherCases,
  };
}

const FAMILIES = [
  'widget look-ups',
  'indicator aggregates',
  'enterprise stats, counts and first pages',
  'observation pages and counts',
  'partner graph and search',
] as const;
type Family = (typeof FAMILIES)[number];

describe.skipIf(!postgresInstalled() && !required)('the analytics on PostgreSQL and on SQLite', () => {
  let postgres: TestPostgres | null = null;
  let sqlite: TestApp | null = null;
  let questions: Record<Family, Case[]> | null = null;
  const readers: Partial<Record<'sqlite' | 'postgres', Record<Audience, SqlReader>>> = {};
  const opened: SqlDb[] = [];

  beforeAll(async () => {
    // A copy of the seed with hidden records of every kind, written through Prisma (the triggers
    // keep the rollup, the enterprise counts and the search index), then copied into PostgreSQL.
    sqlite = await createTestApp();
    await addHidden(sqlite.prisma, await addPublished(sqlite.prisma));
    await sqlite.prisma.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
    questions = cases(sqlite.file);
    postgres = await startPostgres(sqlite.file);
    if (!postgres) throw new Error('PostgreSQL is required here (PHALANG_REQUIRE_POSTGRES=1) but is not installed');
    // Each reader on its own builder; the registry keys them by an object standing for a client.
    for (const [name, url] of [
      ['sqlite', `file:${sqlite.file}`],
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
    await Promise.allSettled(opened.map((db) => db.destroy()));
    try {
      postgres?.stop();
    } finally {
      await sqlite?.close();
    }
  });

  it('holds every row of the SQLite copy, the hidden records included', async () => {
    const client = new pg.Client({ connectionString: postgres!.url });
    await client.connect();
    const file = new Database(sqlite!.file, { readonly: true });
    try {
      const tables = (
        await client.query<{ t: string }>(
          `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
        )
      ).rows.map((r) => r.t);
      const count = async (text: string) => Number((await client.query<{ n: string }>(text)).rows[0]!.n);
      // The same tables (SQLite's own bookkeeping aside), then the same rows in each.
      const sqliteTables = (
        file
          .prepare(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY 1`,
          )
          .all() as { name: string }[]
      ).map((r) => r.name);
      expect(tables.filter((t) => t !== '_prisma_migrations').sort()).toEqual([...sqliteTables].sort());
      for (const table of tables)
        expect([table, await count(`SELECT count(*) AS n FROM "${table}"`)]).toEqual([
          table,
          (file.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n,
        ]);
      for (const table of ['Indicator', 'Observation', 'Enterprise', 'Organisation', 'Agreement', 'Programme'])
        expect(await count(`SELECT count(*) AS n FROM "${table}" WHERE publication <> 'PUBLISHED'`)).toBeGreaterThan(0);
    } finally {
      file.close();
      await client.end();
    }
  });

  for (const family of FAMILIES)
    it(`${family}: the same answers for the public and for staff`, async () => {
      const list = questions![family];
      const differences: string[] = [];
      let withData = 0;
      for (const [name, run] of list)
        for (const audience of ['public', 'staff'] as const) {
          const answer = async (side: 'sqlite' | 'postgres') => {
            try {
              const value = await run(readers[side]![audience]);
              return { text: comparable(value), data: holdsData(value) };
            } catch (error) {
              return { text: `error: ${(error as Error).message}`, data: false };
            }
          };
          const sqliteResult = await answer('sqlite');
          const [sqliteAnswer, postgresAnswer] = [sqliteResult.text, (await answer('postgres')).text];
          if (sqliteResult.data) withData++;
          if (sqliteAnswer !== postgresAnswer)
            differences.push(
              `${audience} ${name}\n  SQLite:     ${sqliteAnswer.slice(0, 2000)}\n  PostgreSQL: ${postgresAnswer.slice(0, 2000)}`,
            );
        }
      console.log(
        `PostgreSQL and SQLite, ${family}: ${list.length} questions × 2 readers, ${withData} answers with data, ${differences.length} different`,
      );
      expect(differences).toEqual([]);
      // Most answers hold something (of questions × 2 readers): empty answers alike would prove little.
      expect(withData).toBeGreaterThan(list.length);
    }, 120_000);
});
