/**
 * `npm run bench:scale` (or `BENCH_SCALE=1 npm run bench`): the read paths at national scale, on
 * synthetic datasets of 10k, 100k and 1M observations (`npm run seed:scale`, generated once into
 * .tmp/bench/scale-<n>.db and reused while the parameters match).
 *
 * Each row is measured against `{ __typename }` through the same server in the same run, so the
 * ratios hold whatever the machine: req/s as a fraction of it, p50 and p99 as multiples of its.
 * CPU sharing as in run.ts: the server alone in its own process on core 1 (taskset), autocannon
 * on core 0. Before loading, each case runs once in this process to count its SQL statements and
 * print `EXPLAIN QUERY PLAN` for each, flagging full scans.
 *
 * Environment: BENCH_SCALE_SIZES (default 10000,100000,1000000 observations; enterprises are a
 * tenth), BENCH_DURATION seconds per row (default 3), BENCH_CONNECTIONS (default 10).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { hasTaskset, pinLoadGenerator, startServer, stop } from './server-process.ts';
import Database from 'better-sqlite3';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../prisma/client.ts';
import { createSqlDb } from '../../prisma/sql.ts';
import { migrate } from '../../prisma/migrate.ts';
import { registerSqlDb } from '../../prisma/sql-registry.ts';
import { generateScaleDatabase, SYNTHETIC_SOURCE_KEY } from '../../prisma/seed/scale/generate.ts';
import { planSummary } from './plan-summary.ts';
import { createPhalangServer } from '../../server/http.ts';
import { widgetPath } from '../helpers/widget-documents.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TMP = path.join(ROOT, '.tmp', 'bench');
const SEED = 42;

interface Case {
  name: string;
  /** Path and query string. */
  path: string;
  method?: 'GET' | 'POST';
  /** A GraphQL query, sent as a POST body. */
  query?: string;
  /** Served by the server with the bytes cache on (everything else has it off). */
  cached?: boolean;
}

const INDICATOR = 'SYN_SALES';
const post = (name: string, query: string): Case => ({ name, path: '/graphql', method: 'POST', query });

const CASES: Case[] = [
  post('{ __typename } (baseline)', '{ __typename }'),
  { name: 'widget KPI, uncached', path: widgetPath('WidgetIndicatorKpi', { code: INDICATOR }) },
  {
    name: 'widget series AREA, uncached',
    path: widgetPath('WidgetIndicatorSeries', { code: INDICATOR, groupBy: 'AREA' }),
  },
  {
    name: 'widget series AREA in TH-10, uncached',
    path: widgetPath('WidgetIndicatorSeries', { code: INDICATOR, groupBy: 'AREA', filter: { area: 'TH-10' } }),
  },
  {
    name: 'widget observations (20), uncached',
    path: widgetPath('WidgetIndicatorObservations', { code: INDICATOR, first: 20 }),
  },
  {
    name: 'widget enterprise list TH-10, uncached',
    path: widgetPath('WidgetEnterpriseList', { first: 20, filter: { area: 'TH-10' } }),
  },
  { name: 'widget enterprise stats KIND, uncached', path: widgetPath('WidgetEnterpriseStats', { groupBy: 'KIND' }) },
  { name: 'widget partner graph, uncached', path: widgetPath('WidgetPartnerGraph', {}) },
  post(
    'ad-hoc 20-row list + relation',
    '{ enterprises(first: 20, filter: { area: "TH-10" }) { edges { node { nameTh area { nameTh } } } } }',
  ),
  post('ad-hoc KPI (total + latest)', `{ indicator(code: "${INDICATOR}") { total { value } latest { value } } }`),
  post(
    'ad-hoc series(groupBy: AREA)',
    `{ indicator(code: "${INDICATOR}") { series(groupBy: AREA) { total points { key value share } } } }`,
  ),
  post('ad-hoc enterpriseStats(groupBy: AREA)', '{ enterpriseStats(groupBy: AREA) { total points { key count } } }'),
  post(
    'ad-hoc search (no synthetic match)',
    '{ search(query: "ออมสิน", first: 10) { __typename ... on Organisation { orgId nameTh } } }',
  ),
  {
    name: 'export observations.csv (one district)',
    path: `/export/observations.csv?indicator=${INDICATOR}&area=TH-1001`,
  },
  {
    name: 'widget series AREA, cache hit',
    path: widgetPath('WidgetIndicatorSeries', { code: INDICATOR, groupBy: 'AREA' }),
    cached: true,
  },
];

export interface ScaleRow {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** Connections used and requests completed in the run. */
  connections: number;
  requests: number;
  seconds: number;
  /** One request by itself, in the explain pass (in-process, no load), ms. */
  aloneMs: number | null;
  sqlStatementsPerRequest: number;
  /** Time in SQL for one request: its statements re-run alone on the driver, added up, ms. */
  sqlMsPerRequest: number;
  /** req/s ÷ baseline req/s; p50 and p99 ÷ the baseline's. */
  ratio: { requestsPerSecond: number; p50: number; p99: number };
}

export interface PlanFinding {
  sql: string;
  cases: string[];
  /** Its slowest execution, re-run alone on the driver with the parameters it was sent with, ms. */
  maxMs: number;
  /** Executions across all cases in the explain pass. */
  calls: number;
  plan: string[];
  /** The tables and indexes it reads, in one line (plan-summary.ts). */
  reads: string;
  /** Most rows it returned in one execution: what its reads should be in proportion to. */
  rows: number;
  fullScans: string[];
  indexScans: string[];
  tempBTrees: number;
}

export interface ScaleRun {
  observations: number;
  enterprises: number;
  file: string;
  generatedMs: number | null;
  serverPeakRssMb: { plain: number | null; cached: number | null };
  /** 1-minute load average before and after (other work on the machine skews absolute figures). */
  loadAverage: [number, number];
  /** `{ __typename }` req/s measured first and last among the uncached cases; rows use their mean. */
  baselineRuns: [number, number];
  rows: ScaleRow[];
  plans: PlanFinding[];
}

const env = () => ({
  sizes: (process.env.BENCH_SCALE_SIZES ?? '10000,100000,1000000').split(',').map((s) => Number(s.trim())),
  duration: Number(process.env.BENCH_DURATION ?? 3),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
});
/** Requests a slow case runs for, rather than for BENCH_DURATION seconds. */
const MIN_REQUESTS = 30;

/** The dataset for a size: reused when its Source row records the same parameters. */
async function dataset(
  observations: number,
): Promise<{ file: string; enterprises: number; generatedMs: number | null }> {
  mkdirSync(TMP, { recursive: true });
  const enterprises = Math.max(1000, Math.round(observations / 10));
  const file = path.join(TMP, `scale-${observations}.db`);
  const expected = `(seed ${SEED}: ${enterprises} enterprises, ${observations} observations,`;
  if (existsSync(file)) {
    const db = new Database(file, { readonly: true });
    try {
      const row = db.prepare('SELECT summaryEn FROM Source WHERE key = ?').get(SYNTHETIC_SOURCE_KEY) as
        { summaryEn: string } | undefined;
      if (row?.summaryEn.includes(expected)) {
        db.close();
        // A dataset built before a new migration (indexes, say) gets it, as a deployed database would.
        await migrate(`file:${file}`);
        return { file, enterprises, generatedMs: null };
      }
    } catch {
      // Not a dataset we recognise: build it again.
    } finally {
      if (db.open) db.close();
    }
  }
  const report = await generateScaleDatabase({ out: file, enterprises, observations, seed: SEED, force: true });
  return { file, enterprises, generatedMs: report.timings.total! };
}

/** Peak resident memory of a process, from /proc (Linux only). */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const requestOf = (base: string, c: Case) => ({
  url: base + c.path,
  method: c.method ?? 'GET',
  headers: (c.query ? { 'content-type': 'application/json' } : {}) as Record<string, string>,
  body: c.query ? JSON.stringify({ query: c.query }) : undefined,
});

/**
 * Loads one case with the same number of connections at every size, so that p99s compare. A
 * slow case runs until MIN_REQUESTS have completed instead of for a fixed time, so that its p99
 * rests on enough samples. Each run starts on an idle server: the warm-up is a fixed number of
 * requests, and after a timed run a `{ __typename }` request waits out any left in flight.
 */
async function measure(base: string, c: Case, duration: number, connections: number) {
  const request = requestOf(base, c);
  const idle = () => fetch(`${base}/graphql?query=%7B__typename%7D`).then((r) => r.arrayBuffer());
  const t0 = performance.now();
  await autocannon({ ...request, connections, amount: connections * 2, timeout: 300 });
  const warmRps = (connections * 2) / ((performance.now() - t0) / 1000);
  const timed = warmRps * duration >= MIN_REQUESTS;
  // Fast cases get a timed warm-up too, for the JIT.
  if (timed) {
    await autocannon({ ...request, connections, duration: 1, timeout: 300 });
    await idle();
  }
  const r = await autocannon({
    ...request,
    connections,
    pipelining: 1,
    timeout: 300,
    ...(timed ? { duration } : { amount: MIN_REQUESTS }),
  });
  await idle();
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    requests: r.requests.total,
    connections,
    seconds: r.duration,
  };
}

/** A statement as printed and grouped: no schema prefix, IN lists folded, long select lists elided. */
export function shortSql(sql: string): string {
  return sql
    .replace(/`main`\./g, '')
    .replace(/\s+/g, ' ')
    .replace(/\((?:\?,)+\?\)/g, '(?…)')
    .replace(/^SELECT (.{60,}?) FROM /i, 'SELECT … FROM ');
}

/**
 * Prisma's query event gives parameters as JSON strings; the driver adapter binds numbers as
 * numbers and dates as `YYYY-MM-DDTHH:MM:SS.mmm+00:00` text, as they are stored.
 */
function driverParams(json: string): unknown[] {
  return (JSON.parse(json) as unknown[]).map((p) => {
    if (typeof p !== 'string') return p;
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(p)) return `${p.slice(0, 23)}+00:00`;
    if (/^-?\d+(\.\d+)?$/.test(p) && p.length < 16) return Number(p);
    return p;
  });
}

/**
 * Runs each case once in this process and records the SQL it sends, with the time Prisma reports
 * for each statement, then the plan of each distinct statement. Its own Prisma client, because the
 * query event's duration and parameters are not passed on by createPrisma's onQuery.
 */
async function explainCases(file: string) {
  let statements: { sql: string; params: string }[] = [];
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: file }),
    log: [{ emit: 'event', level: 'query' }],
  });
  (prisma as unknown as { $on(e: 'query', cb: (e: { query: string; params: string }) => void): void }).$on(
    'query',
    (e) => statements.push({ sql: e.query, params: e.params }),
  );
  // The analytics' statements (Kysely, schema/analytics) are recorded alike.
  registerSqlDb(prisma, () =>
    createSqlDb(`file:${file}`, {
      onQuery: (sql, parameters) => statements.push({ sql, params: JSON.stringify(parameters) }),
    }),
  );
  const phalang = createPhalangServer({ prisma, publicCache: false, changeFeedIntervalMs: 60_000 });
  const base = `http://127.0.0.1:${await phalang.listen(0, '127.0.0.1')}`;
  const counts = new Map<string, { statements: number; sqlMs: number; wallMs: number }>();
  const bySql = new Map<string, { sql: string; cases: Set<string>; runs: { caseName: string; params: string }[] }>();
  for (const c of CASES) {
    const { url, ...init } = requestOf(base, c);
    await (await fetch(url, init)).arrayBuffer(); // warm: loaders, document parsing, page cache
    // The fastest of three, as the time one request takes by itself; statements of the last.
    let wallMs = Infinity;
    let response: Response | undefined;
    for (let i = 0; i < 3; i++) {
      statements = [];
      const t0 = performance.now();
      response = await fetch(url, init);
      await response.arrayBuffer();
      wallMs = Math.min(wallMs, performance.now() - t0);
    }
    if (!response!.ok) throw new Error(`${c.name}: HTTP ${response!.status}`);
    const mine = c.cached ? [] : statements.filter((s) => !/^\s*(BEGIN|COMMIT|ROLLBACK|PRAGMA)/i.test(s.sql));
    counts.set(c.name, { statements: mine.length, sqlMs: 0, wallMs });
    for (const s of mine) {
      const key = shortSql(s.sql);
      let entry = bySql.get(key);
      if (!entry) bySql.set(key, (entry = { sql: s.sql, runs: [], cases: new Set() }));
      entry.cases.add(c.name);
      entry.runs.push({ caseName: c.name, params: s.params });
    }
  }
  await phalang.close();
  await prisma.$disconnect();

  // Each statement again, straight on the driver with the parameters it was sent with: its own
  // time (Prisma's query durations include waiting behind statements sent at the same moment)
  // and its plan.
  const db = new Database(file, { readonly: true });
  const plans: PlanFinding[] = [];
  for (const [key, { sql, cases, runs }] of bySql) {
    let plan: string[];
    let maxMs = 0;
    let rows = 0;
    try {
      const statement = db.prepare(sql);
      const explain = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
      plan = (explain.all(...driverParams(runs[0]!.params)) as { detail: string }[]).map((r) => r.detail);
      for (const run of runs) {
        const params = driverParams(run.params);
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          const t0 = performance.now();
          if (statement.reader) rows = Math.max(rows, statement.all(...params).length);
          best = Math.min(best, performance.now() - t0);
        }
        maxMs = Math.max(maxMs, best);
        const count = counts.get(run.caseName)!;
        count.sqlMs += best;
      }
    } catch (error) {
      plan = [`(cannot explain: ${(error as Error).message})`];
    }
    plans.push({
      sql: key,
      cases: [...cases],
      maxMs: Math.round(maxMs * 100) / 100,
      calls: runs.length,
      plan,
      reads: planSummary(plan),
      rows,
      // A statement's own CTEs (scope, lv0, m0, r…) are small by construction: only tables count.
      fullScans: plan.filter(
        (d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX|CONSTANT ROW|^SCAN (scope|lv\d+|m\d+|b|ea|r|e)$/.test(d),
      ),
      indexScans: plan.filter((d) => /^SCAN .* USING (COVERING )?INDEX/.test(d)),
      tempBTrees: plan.filter((d) => /TEMP B-TREE/.test(d)).length,
    });
  }
  db.close();
  return { counts, plans };
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

async function runSize(observations: number, log: (s: string) => void): Promise<ScaleRun> {
  const { duration, connections } = env();
  const data = await dataset(observations);
  const loadBefore = round(loadavg()[0]!, 1);
  log(
    `\n${observations.toLocaleString('en')} observations, ${data.enterprises.toLocaleString('en')} enterprises: ` +
      `${data.generatedMs == null ? 'dataset reused' : `generated in ${(data.generatedMs / 1000).toFixed(1)} s`} (${path.relative(ROOT, data.file)})`,
  );
  const { counts, plans } = await explainCases(data.file);

  const measured = new Map<string, Awaited<ReturnType<typeof measure>>>();
  const rss = { plain: null as number | null, cached: null as number | null };
  let baselineRuns: [number, number] = [0, 0];
  {
    const { child, base } = await startServer('phalang-plain', {
      DATABASE_URL: `file:${data.file}`,
      NODE_ENV: 'production',
    });
    for (const c of CASES.filter((c) => !c.cached)) {
      measured.set(c.name, await measure(base, c, duration, connections));
      log(`  measured ${c.name}`);
    }
    // The baseline again at the end: it drifts by a quarter within a size's run on this machine,
    // and every ratio moves with it. The ratios use the mean of both; the JSON keeps each.
    const first = measured.get(CASES[0]!.name)!;
    const last = await measure(base, CASES[0]!, duration, connections);
    baselineRuns = [round(first.rps, 1), round(last.rps, 1)];
    measured.set(CASES[0]!.name, {
      ...first,
      rps: (first.rps + last.rps) / 2,
      p50: (first.p50 + last.p50) / 2,
      p99: (first.p99 + last.p99) / 2,
      requests: first.requests + last.requests,
      seconds: first.seconds + last.seconds,
    });
    log(`  measured ${CASES[0]!.name} again: ${Math.round(first.rps)} then ${Math.round(last.rps)} req/s`);
    rss.plain = peakRssMb(child.pid);
    await stop(child);
  }
  {
    const { child, base } = await startServer('phalang', { DATABASE_URL: `file:${data.file}`, NODE_ENV: 'production' });
    for (const c of CASES.filter((c) => c.cached)) {
      await (await fetch(base + c.path)).arrayBuffer(); // fill the cache
      measured.set(c.name, await measure(base, c, duration, connections));
      log(`  measured ${c.name}`);
    }
    rss.cached = peakRssMb(child.pid);
    await stop(child);
  }
  const baseline = measured.get(CASES[0]!.name)!;
  const rows: ScaleRow[] = CASES.map((c) => {
    const m = measured.get(c.name)!;
    return {
      name: c.name,
      requestsPerSecond: round(m.rps, 1),
      p50Ms: m.p50,
      p99Ms: m.p99,
      non2xx: m.non2xx,
      errors: m.errors,
      connections: m.connections,
      requests: m.requests,
      seconds: round(m.seconds, 1),
      aloneMs: c.cached ? null : round(counts.get(c.name)!.wallMs, 1),
      sqlStatementsPerRequest: counts.get(c.name)?.statements ?? 0,
      sqlMsPerRequest: round(counts.get(c.name)?.sqlMs ?? 0, 1),
      ratio: {
        requestsPerSecond: round(m.rps / baseline.rps, 4),
        p50: round(m.p50 / Math.max(baseline.p50, 0.5), 1),
        p99: round(m.p99 / Math.max(baseline.p99, 0.5), 1),
      },
    };
  });
  return {
    observations,
    enterprises: data.enterprises,
    file: path.relative(ROOT, data.file),
    generatedMs: data.generatedMs,
    serverPeakRssMb: rss,
    loadAverage: [loadBefore, round(loadavg()[0]!, 1)],
    baselineRuns,
    rows,
    plans,
  };
}

function table(run: ScaleRun): string {
  const lines = [
    `### ${run.observations.toLocaleString('en')} observations, ${run.enterprises.toLocaleString('en')} enterprises (server peak RSS ${run.serverPeakRssMb.plain ?? '?'} MB uncached, ${run.serverPeakRssMb.cached ?? '?'} MB cached; load average ${run.loadAverage.join(' → ')}; baseline ${run.baselineRuns.join(' then ')} req/s)`,
    '',
    '| case | req/s | × `__typename` | p50 ms | p50 × | p99 ms | p99 × | reqs / s | alone ms | SQL/req | SQL ms/req | non-2xx/err |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of run.rows) {
    lines.push(
      `| ${r.name} | ${r.requestsPerSecond} | ${r.ratio.requestsPerSecond} | ${r.p50Ms} | ${r.ratio.p50} | ${r.p99Ms} | ${r.ratio.p99} | ${r.requests} / ${r.seconds} | ${r.aloneMs ?? '–'} | ${r.sqlStatementsPerRequest} | ${r.sqlMsPerRequest} | ${r.non2xx + r.errors} |`,
    );
  }
  return lines.join('\n');
}

function growth(runs: ScaleRun[]): string {
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
  const lines = [
    `### p99 growth ${label(last.observations)} / ${label(first.observations)}`,
    '',
    `| case | ${runs.map((r) => `p99 ${label(r.observations)}`).join(' | ')} | growth | req/s × \`__typename\` at ${label(last.observations)} |`,
    `|---|${runs.map(() => '---:').join('|')}|---:|---:|`,
  ];
  for (const [i, r] of first.rows.entries()) {
    const lastRow = last.rows[i]!;
    lines.push(
      `| ${r.name} | ${runs.map((x) => x.rows[i]!.p99Ms).join(' | ')} | ${round(lastRow.p99Ms / Math.max(r.p99Ms, 0.5), 1)}× | ${lastRow.ratio.requestsPerSecond} |`,
    );
  }
  return lines.join('\n');
}

function planReport(run: ScaleRun, top = 25): string {
  const lines = [
    `### EXPLAIN QUERY PLAN at ${run.observations.toLocaleString('en')} observations (slowest statements first)`,
    '',
  ];
  const flagged = (p: PlanFinding) => p.fullScans.length > 0 || p.indexScans.length > 0 || p.tempBTrees > 0;
  const sorted = [...run.plans].sort((a, b) => b.maxMs - a.maxMs);
  const shown = sorted.filter((p, i) => i < top || p.fullScans.length > 0);
  for (const p of shown) {
    const flag = p.fullScans.length
      ? 'FULL SCAN'
      : p.indexScans.length
        ? 'whole-index scan'
        : p.tempBTrees
          ? 'temp b-tree'
          : 'indexed';
    lines.push(`- **${p.maxMs} ms, ${flag}, ${p.rows} rows** — ${p.cases.join('; ')}`);
    lines.push(`  \`${p.sql.slice(0, 360)}${p.sql.length > 360 ? '…' : ''}\``);
    lines.push(`  reads: ${p.reads}`);
    for (const d of p.plan) lines.push(`  ${p.fullScans.includes(d) ? '⚠ ' : '  '}${d}`);
  }
  const rest = sorted.filter((p) => !shown.includes(p));
  lines.push(
    '',
    `${run.plans.length} distinct statements: ${run.plans.filter((p) => p.fullScans.length).length} with a full table scan, ` +
      `${run.plans.filter((p) => !p.fullScans.length && p.indexScans.length).length} more walking a whole index, ` +
      `${run.plans.filter((p) => p.tempBTrees).length} sorting in a temp b-tree; ` +
      `${rest.length} not shown (each at most ${rest[0]?.maxMs ?? 0} ms; ${rest.filter(flagged).length} of them flagged).`,
  );
  return lines.join('\n');
}

export async function runScaleBench(log: (s: string) => void = console.log): Promise<ScaleRun[]> {
  const { sizes, duration, connections } = env();
  pinLoadGenerator();
  const runs: ScaleRun[] = [];
  for (const size of sizes) runs.push(await runSize(size, log));

  log(`\n## Phalang at national scale — ${new Date().toISOString()}`);
  log(
    `${connections} connections, ${duration} s per row (or ${MIN_REQUESTS} requests, when fewer would complete in that time) after a warm-up, node ${process.version}, ` +
      `${hasTaskset ? 'server on core 1, load generator on core 0' : 'no taskset: server and load generator share both cores'}; ` +
      `× \`__typename\` is req/s as a fraction of \`{ __typename }\` on the same server, p50/p99 × are latency multiples of it.\n`,
  );
  for (const run of runs) log(`${table(run)}\n`);
  if (runs.length > 1) log(`${growth(runs)}\n`);
  log(planReport(runs[runs.length - 1]!));

  const out = path.join(TMP, 'scale-results.json');
  writeFileSync(
    out,
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        node: process.version,
        connections,
        durationSeconds: duration,
        pinned: hasTaskset,
        runs,
      },
      null,
      2,
    ) + '\n',
  );
  log(`\nwritten to ${path.relative(ROOT, out)}`);
  return runs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runScaleBench();
  process.exit(0);
}
