/**
 * `npx tsx test/bench/explain-analytics.ts [db file]`: each analytics statement (schema/analytics)
 * on a dataset, as the public sees it: its `EXPLAIN QUERY PLAN`, how long it takes alone (best of
 * five, straight on the driver) and how many rows it returns. Defaults to the 1M scale dataset that
 * `npm run bench:scale` builds. bench:scale prints the same plans among every statement a request
 * sends; this is the short form for the aggregates alone. Each statement's line says which
 * tables and indexes it reads (plan-summary.ts) and how many rows it returns; the public indicator
 * aggregates read the observation rollup (prisma/rollup.ts) where it answers, so what they read
 * follows the answer (periods, years, areas of one level), not the indicator's observations.
 * `ROLLUP=off` asks the same questions of the observations, for comparison on the same data.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { PrismaClient } from '../../prisma/client.ts';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { createSqlDb } from '../../prisma/sql.ts';
import { registerSqlDb } from '../../prisma/sql-registry.ts';
import { sqlReaders } from '../../prisma/visibility-sql.ts';
import { enterpriseCount, enterpriseStats } from '../../schema/analytics/enterprise-stats.ts';
import { partnerGraph } from '../../schema/analytics/partner-graph.ts';
import type { AggregateOptions } from '../../schema/analytics/period-rules.ts';
import { indicatorSeries } from '../../schema/analytics/series.ts';
import { indicatorTotal } from '../../schema/analytics/total.ts';
import { searchMatches } from '../../schema/search-matches.ts';
import { indicatorLatest } from '../../schema/analytics/latest.ts';
import { planSummary } from './plan-summary.ts';

const file = path.resolve(process.argv[2] ?? '.tmp/bench/scale-1000000.db');
const sent: { sql: string; parameters: readonly unknown[] }[] = [];
const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
registerSqlDb(prisma, () =>
  createSqlDb(`file:${file}`, { onQuery: (sql, parameters) => sent.push({ sql, parameters }) }),
);
const sql = sqlReaders(prisma).public;
const db = new Database(file, { readonly: true });
const indicator = db
  .prepare(`SELECT id, aggregation FROM Indicator WHERE code = ?`)
  .get(process.env.INDICATOR ?? 'SYN_SALES') as {
  id: number;
  aggregation: 'SUM' | 'LAST';
};
// ROLLUP=off: the same questions answered from the observations and the enterprises (the baseline
// the rollup and the enterprise count table are measured against).
const rollup = process.env.ROLLUP !== 'off';
const options = (filter: AggregateOptions['filter'] = {}): AggregateOptions => ({
  filter,
  categoryFiltered: false,
  areaCode: filter.area ?? null,
  rollup,
});

const cases: [string, () => Promise<unknown>][] = [
  ['Indicator.total', () => indicatorTotal(sql, indicator, options())],
  ['Indicator.total(TH-10)', () => indicatorTotal(sql, indicator, options({ area: 'TH-10' }))],
  ['Indicator.latest = series(PERIOD)', () => indicatorLatest(sql, indicator, options())],
  ['Indicator.latest(TH-10), from observations', () => indicatorLatest(sql, indicator, options({ area: 'TH-10' }))],
  ['Indicator.series(AREA)', () => indicatorSeries(sql, indicator, 'AREA', options())],
  ['Indicator.series(AREA, TH-10)', () => indicatorSeries(sql, indicator, 'AREA', options({ area: 'TH-10' }))],
  ['Indicator.series(CATEGORY)', () => indicatorSeries(sql, indicator, 'CATEGORY', options())],
  ['Indicator.series(FISCAL_YEAR)', () => indicatorSeries(sql, indicator, 'FISCAL_YEAR', options())],
  [
    'Indicator.series(FISCAL_YEAR, TH-10)',
    () => indicatorSeries(sql, indicator, 'FISCAL_YEAR', options({ area: 'TH-10' })),
  ],
  ['enterpriseStats(KIND)', () => enterpriseStats(sql, 'KIND', null, null, { counts: rollup })],
  ['enterpriseStats(AREA)', () => enterpriseStats(sql, 'AREA', null, null, { counts: rollup })],
  ['enterpriseStats(AREA, TH-10)', () => enterpriseStats(sql, 'AREA', { area: 'TH-10' }, null, { counts: rollup })],
  ['enterpriseStats(KIND, TH-10)', () => enterpriseStats(sql, 'KIND', { area: 'TH-10' }, null, { counts: rollup })],
  ['enterpriseStats(ASSESSMENT_GRADE)', () => enterpriseStats(sql, 'ASSESSMENT_GRADE', null, null)],
  ['enterprises totalCount (TH-10)', () => enterpriseCount(sql, { area: 'TH-10' })],
  ['partnerGraph (default 50 agreements)', () => partnerGraph(sql, null)],
  ['partnerGraph(first: 100, SIGNED)', () => partnerGraph(sql, { agreementStatus: ['SIGNED'] }, 100)],
  ['search "ออมสิน" (no synthetic match)', () => searchMatches(sql, 'ออมสิน', 10)],
  ['search "community" (many matches)', () => searchMatches(sql, 'community', 10)],
  ['search "วิสาหกิจชุมชนบ้าน" (common words, few matches)', () => searchMatches(sql, 'วิสาหกิจชุมชนบ้านหนอง', 10)],
  ['search "ก" (one character: no trigram)', () => searchMatches(sql, 'ก', 10)],
];

const params = (ps: readonly unknown[]) => ps.map((p) => (typeof p === 'boolean' ? Number(p) : p));
const one = (text: string, ...ps: unknown[]) => (db.prepare(text).get(...ps) as { n: number }).n;
console.log(
  `${process.env.INDICATOR ?? 'SYN_SALES'}: ${one('SELECT count(*) AS n FROM Observation WHERE indicatorId = ?', indicator.id)} observations, ` +
    `${one(`SELECT count(*) AS n FROM ObservationRollup WHERE indicatorId = ? AND grain = 'YEAR'`, indicator.id)} rollup rows per area and year, ` +
    `${one(`SELECT count(*) AS n FROM ObservationRollup WHERE indicatorId = ? AND grain = 'PERIOD'`, indicator.id)} per depth and period`,
);
for (const [name, run] of cases) {
  sent.length = 0;
  await run();
  for (const { sql: text, parameters } of sent) {
    const statement = db.prepare(text);
    let best = Infinity;
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      rows = statement.all(...params(parameters)).length;
      best = Math.min(best, performance.now() - t0);
    }
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params(parameters)) as { detail: string }[]).map(
      (r) => r.detail,
    );
    // Tables only: the statement's own CTEs (scope, lv0, m0, b, ea, r) are small by construction.
    const scans = plan.filter(
      (d) =>
        /^SCAN /.test(d) && !/USING (COVERING )?INDEX|CONSTANT ROW|^SCAN (scope|lv\d+|m\d+|b|ea|r|e|p|m_\w+)$/.test(d),
    );
    console.log(
      `\n## ${name}: ${sent.length} statement(s), ${best.toFixed(2)} ms, ${rows} rows${scans.length ? `, ${scans.length} table scan(s)` : ''}`,
    );
    console.log(`    reads: ${planSummary(plan)}`);
    if (process.env.FULL_PLANS) for (const d of plan) console.log(`    ${d}`);
  }
}
db.close();
await prisma.$disconnect();
