/**
 * A cached widget GET's latency while 4 heavy-but-allowed queries run at once, next to the same GET
 * on the idle server, measured in the same run (goal: p99 under 50 ms under load). The same is
 * measured with yielding between SQLite statements off, to show what the yield buys.
 */
import autocannon from 'autocannon';
import { parse } from 'graphql';
import { schema } from '../../schema/index.ts';
import { DEFAULT_MAX_COST, operationCost } from '../../server/plugins/use-cost-limit.ts';

/** Four aggregates with different filters (nothing memoised), under the cost limit. */
export const HEAVY_QUERY = `{
  a: indicator(code: "STIMULUS_FAIR_SALES") { total { value } series(groupBy: AREA) { points { key value } } latest { value } }
  b: indicator(code: "CE_POTENTIAL_ASSESSED") { series(groupBy: CATEGORY) { points { key value } } }
  c: indicator(code: "CE_REGISTERED") { total { value } series(groupBy: CATEGORY) { points { key value } } }
  enterpriseStats(groupBy: AREA) { total points { key count } }
}`;

export interface UnderLoadRow {
  name: string;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  /** Heavy queries completed meanwhile (0 when idle). */
  heavyQueries: number;
  heavyP50Ms: number | null;
}

const heavyOptions = (base: string, duration: number): autocannon.Options => ({
  url: `${base}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: HEAVY_QUERY }),
  connections: 4,
  duration,
});

/** Checks the heavy query is allowed and answers without errors (a refused one would measure nothing). */
export async function checkHeavyQuery(base: string): Promise<number> {
  const cost = operationCost(schema, parse(HEAVY_QUERY), {})!;
  if (cost > DEFAULT_MAX_COST) throw new Error(`heavy query costs ${cost}, over the limit`);
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: HEAVY_QUERY }),
  });
  const json = (await res.json()) as { errors?: unknown[] };
  if (json.errors) throw new Error(`heavy query failed: ${JSON.stringify(json.errors)}`);
  return cost;
}

/** One cached GET at a time (latency, not throughput), idle and then beside 4 heavy connections. */
export async function measureUnderLoad(label: string, base: string, widgetPath: string, duration: number) {
  const get = { url: base + widgetPath, connections: 1, duration };
  await autocannon({ ...get, duration: 2 });
  const idle = await autocannon(get);
  const [loaded, heavy] = await Promise.all([
    // Let the heavy queries get going first.
    new Promise((r) => setTimeout(r, 500)).then(() => autocannon(get)),
    autocannon(heavyOptions(base, duration + 1)),
  ]);
  const row = (name: string, r: autocannon.Result, h?: autocannon.Result): UnderLoadRow => ({
    name: `${label}: ${name}`,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    requests: r.requests.total,
    heavyQueries: h?.requests.total ?? 0,
    heavyP50Ms: h ? h.latency.p50 : null,
  });
  return [
    row('cached widget GET, idle server', idle),
    row('cached widget GET, 4 heavy queries running', loaded, heavy),
  ];
}

export function printUnderLoad(rows: UnderLoadRow[], cost: number) {
  const pad = (s: string | number | null, n: number) => String(s ?? '–').padStart(n);
  console.log(`\nCached GET under load — heavy query: cost ${cost} of ${DEFAULT_MAX_COST}, 4 connections\n`);
  console.log(
    `${'case'.padEnd(68)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('max ms', 8)}${pad('GETs', 7)}${pad('heavy', 7)}${pad('heavy p50', 10)}`,
  );
  for (const r of rows)
    console.log(
      `${r.name.padEnd(68)}${pad(r.p50Ms, 8)}${pad(r.p99Ms, 8)}${pad(r.maxMs, 8)}${pad(r.requests, 7)}${pad(r.heavyQueries, 7)}${pad(r.heavyP50Ms, 10)}`,
    );
}
