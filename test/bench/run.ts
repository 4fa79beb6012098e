/**
 * `npm run bench`: requests per second and latency of the public read path against a bare
 * node:http server sending the same bytes, measured in the same run on the same machine.
 *
 * CPU sharing on a 2-core machine: each server under test runs alone in its own process pinned to
 * core 1 (with taskset, where present); the load generator (autocannon, in this process) is pinned
 * to core 0. Servers are measured one after another, never at once.
 *
 * Sections, in order: `reads` (the rows above), `attacks` (the attack suite's rejections, timed one
 * by one next to a `{ __typename }` baseline, attacks.ts), `under-load` (a cached GET while heavy
 * queries run, under-load.ts), `data` (a 50,000-row import and exports beside a read, data.ts).
 *
 * Environment: BENCH_DURATION seconds per row (default 10), BENCH_CONNECTIONS (default 10),
 * BENCH_ATTACK_RUNS (default 7), BENCH_ONLY=attacks,under-load (a comma-separated list of sections;
 * a partial run is printed but not written to results.json), BENCH_SCALE=1 (also bench:scale).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { hasTaskset, pinLoadGenerator, startServer, stop } from './server-process.ts';
import { createPrisma } from '../../prisma/client.ts';
import { setupDatabase } from '../../prisma/setup.ts';
import { createPhalangServer } from '../../server/http.ts';
import { widgetPath } from '../helpers/widget-documents.ts';
import { createToken } from '../../prisma/tokens.ts';
import { benchAttacks, printAttackBench, type AttackBench } from './attacks.ts';
import { checkHeavyQuery, measureUnderLoad, printUnderLoad, type UnderLoadRow } from './under-load.ts';
import { benchData } from './data.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TMP = path.join(ROOT, '.tmp', 'bench');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const WIDGET_PATH = widgetPath('WidgetIndicatorSeries', {
  code: 'STIMULUS_FAIR_SALES',
  groupBy: 'AREA',
  filter: { area: 'TH-10' },
});
const DASHBOARD_QUERY = `{
  sales: indicator(code: "STIMULUS_FAIR_SALES") { nameTh nameEn total { value } series(groupBy: AREA, filter: { area: "TH-10" }) { points { key labelTh value share } } }
  grades: indicator(code: "CE_POTENTIAL_ASSESSED") { series(groupBy: CATEGORY) { points { key labelTh value share } } }
  enterpriseStats(groupBy: KIND) { total points { key count } }
}`;

async function prepareDatabase(): Promise<string> {
  mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, 'bench.db');
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  const url = `file:${file}`;
  const prisma = createPrisma({ url });
  await setupDatabase(prisma, url);
  await prisma.$disconnect();
  return url;
}

interface Row {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  sqlStatementsPerRequest: number | null;
  ratioToRaw?: number;
}

async function load(name: string, options: autocannon.Options, sql: number | null): Promise<Row> {
  // Warm up (JIT, caches), then measure.
  await autocannon({ ...options, duration: 2, connections: CONNECTIONS });
  const r = await autocannon({ ...options, duration: DURATION, connections: CONNECTIONS, pipelining: 1 });
  return {
    name,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    sqlStatementsPerRequest: sql,
  };
}

/** SQL statements per request, counted in this process on the same database. */
async function countStatements(url: string) {
  const statements: string[] = [];
  const prisma = createPrisma({ url, onQuery: (s) => statements.push(s) });
  const phalang = createPhalangServer({ prisma });
  const base = `http://127.0.0.1:${await phalang.listen(0, '127.0.0.1')}`;
  const count = async (f: () => Promise<Response>) => {
    const before = statements.length;
    await (await f()).arrayBuffer();
    return statements.length - before;
  };
  const miss = await count(() => fetch(base + WIDGET_PATH));
  const hit = await count(() => fetch(base + WIDGET_PATH));
  const post = await count(() =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DASHBOARD_QUERY }),
    }),
  );
  await phalang.close();
  await prisma.$disconnect();
  return { miss, hit, post };
}

pinLoadGenerator();
const url = await prepareDatabase();
const env = { DATABASE_URL: url, NODE_ENV: 'production' };
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const runs = (section: 'reads' | 'attacks' | 'under-load' | 'data') => ONLY.size === 0 || ONLY.has(section);
const sql = runs('reads') ? await countStatements(url) : { miss: 0, hit: 0, post: 0 };

const rows: Row[] = [];
if (runs('reads')) {
  const { child, base } = await startServer('phalang', env);
  const body = Buffer.from(await (await fetch(base + WIDGET_PATH)).arrayBuffer());
  const bodyFile = path.join(TMP, 'body.json');
  writeFileSync(bodyFile, body);
  // The ceiling first, with the exact bytes the cache serves.
  const raw = await startServer('raw', { BODY_FILE: bodyFile });
  rows.push(await load('raw node:http, same bytes (ceiling)', { url: raw.base + WIDGET_PATH }, null));
  await stop(raw.child);
  rows.push(await load('widget GET, bytes-cache hit', { url: base + WIDGET_PATH }, sql.hit));
  rows.push(
    await load(
      'widget GET, If-None-Match → 304',
      { url: base + WIDGET_PATH, headers: { 'if-none-match': (await fetch(base + WIDGET_PATH)).headers.get('etag')! } },
      sql.hit,
    ),
  );
  await stop(child);
}
if (runs('reads')) {
  const { child, base } = await startServer('phalang-plain', env);
  rows.push(await load('same widget GET, uncached (full pipeline)', { url: base + WIDGET_PATH }, sql.miss));
  rows.push(
    await load(
      'POST ad-hoc dashboard query',
      {
        url: `${base}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: DASHBOARD_QUERY }),
      },
      sql.post,
    ),
  );
  await stop(child);
}
if (runs('reads')) {
  const { child, base } = await startServer('phalang-nojit', env);
  rows.push(
    await load('same widget GET, uncached, on graphql-js (before graphql-jit)', { url: base + WIDGET_PATH }, sql.miss),
  );
  await stop(child);
}

let attacks: AttackBench | undefined;
if (runs('attacks')) {
  const prisma = createPrisma({ url });
  const { token } = await createToken(prisma, { name: 'bench attacker', role: 'EDITOR' });
  await prisma.$disconnect();
  const { child, base } = await startServer('phalang', env);
  attacks = await benchAttacks({ base, editorToken: token });
  await stop(child);
}

const underLoad: UnderLoadRow[] = [];
let heavyCost = 0;
if (runs('under-load'))
  for (const [label, extra] of [
    ['yield between statements (default)', {}],
    ['no yield (before)', { BENCH_NO_YIELD: '1' }],
  ] as const) {
    const { child, base } = await startServer('phalang', { ...env, ...extra });
    heavyCost = await checkHeavyQuery(base);
    underLoad.push(...(await measureUnderLoad(label, base, WIDGET_PATH, DURATION)));
    await stop(child);
  }

const ceiling = rows[0]?.requestsPerSecond ?? 1;
for (const r of rows) r.ratioToRaw = Math.round((r.requestsPerSecond / ceiling) * 1000) / 1000;

if (rows.length) {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`\nPhalang public read benchmark — ${new Date().toISOString()}`);
  console.log(
    `${CONNECTIONS} connections, ${DURATION} s per row, node ${process.version}, ${hasTaskset ? 'server on core 1, load generator on core 0' : 'no taskset: server and load generator share both cores'}\n`,
  );
  console.log(
    `${'case'.padEnd(52)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('× raw', 8)}${pad('SQL/req', 9)}${pad('non2xx', 8)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(52)}${pad(r.requestsPerSecond, 9)}${pad(r.p50Ms, 8)}${pad(r.p99Ms, 8)}${pad(r.ratioToRaw!.toFixed(2), 8)}${pad(r.sqlStatementsPerRequest ?? '–', 9)}${pad(r.non2xx, 8)}`,
    );
  }
}
if (attacks) printAttackBench(attacks);
const dataRows = !runs('data')
  ? []
  : await benchData({ databaseUrl: url, readPath: WIDGET_PATH, root: ROOT, tmp: TMP });
// A partial run is printed only, so results.json always holds a whole run.
const out = path.join(ROOT, 'test', 'bench', 'results.json');
if (ONLY.size === 0)
  writeFileSync(
    out,
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        node: process.version,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        pinned: hasTaskset,
        rows,
        attacks,
        underLoad,
        dataRows,
      },
      null,
      2,
    ) + '\n',
  );
if (underLoad.length) printUnderLoad(underLoad, heavyCost);
if (ONLY.size === 0) console.log(`\nwritten to ${path.relative(ROOT, out)}`);
if (existsSync(TMP)) rmSync(path.join(TMP, 'body.json'), { force: true });
// BENCH_SCALE=1: also the national-scale run (test/bench/scale.ts, `npm run bench:scale`).
if (process.env.BENCH_SCALE === '1') await (await import('./scale.ts')).runScaleBench();
process.exit(0);
