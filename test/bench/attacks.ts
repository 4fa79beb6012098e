/**
 * How long the server takes to reject each attack case of the attack suite (test/server/attacks/),
 * next to a `{ __typename }` POST measured the same way in the same run. Goal: every rejection
 * under 50 ms. Each case is sent BENCH_ATTACK_RUNS times (default 7) after one warm-up, one at a
 * time, so the whole section stays within a few seconds.
 */
import { performance } from 'node:perf_hooks';
import type { AttackCase, AttackContext } from '../server/attacks/attack-case.ts';
import { loadAttackCases } from '../server/attacks/load-cases.ts';

export interface AttackTiming {
  name: string;
  p50Ms: number;
  maxMs: number;
}

export interface AttackBench {
  runs: number;
  baseline: AttackTiming;
  cases: AttackTiming[];
  /** The case with the highest max. */
  slowest: AttackTiming;
  /** The case with the highest median (less swayed by a busy machine than the max). */
  slowestMedian: AttackTiming;
  goalMs: number;
}

const RUNS = Number(process.env.BENCH_ATTACK_RUNS ?? 7);
const GOAL_MS = 50;
const round = (ms: number) => Math.round(ms * 100) / 100;

async function time(name: string, send: () => Promise<unknown>): Promise<AttackTiming> {
  await send().catch(() => undefined); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await send().catch(() => undefined); // a closed connection is also a rejection
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { name, p50Ms: round(samples[Math.floor(samples.length / 2)]!), maxMs: round(samples.at(-1)!) };
}

export async function benchAttacks(ctx: AttackContext): Promise<AttackBench> {
  const baseline = await time('baseline: POST { __typename }', () =>
    fetch(`${ctx.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    }).then((r) => r.arrayBuffer()),
  );
  const cases: AttackTiming[] = [];
  for (const file of await loadAttackCases()) {
    for (const attack of file.cases as AttackCase[]) {
      cases.push(await time(`${file.group}: ${attack.name}`, () => attack.send(ctx)));
    }
  }
  const slowest = cases.reduce((a, b) => (b.maxMs > a.maxMs ? b : a));
  const slowestMedian = cases.reduce((a, b) => (b.p50Ms > a.p50Ms ? b : a));
  return { runs: RUNS, baseline, cases, slowest, slowestMedian, goalMs: GOAL_MS };
}

export function printAttackBench(result: AttackBench): void {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `\nAttack rejections — ${result.cases.length} cases, ${result.runs} runs each (goal: under ${result.goalMs} ms)\n`,
  );
  console.log(`${'case'.padEnd(100)}${pad('p50 ms', 9)}${pad('max ms', 9)}`);
  for (const row of [result.baseline, ...result.cases]) {
    const name = row.name.length > 98 ? `${row.name.slice(0, 97)}…` : row.name;
    const flag = row.maxMs > result.goalMs ? '  over goal' : '';
    console.log(`${name.padEnd(100)}${pad(row.p50Ms, 9)}${pad(row.maxMs, 9)}${flag}`);
  }
  console.log(
    `\nslowest rejection: ${result.slowest.name} — max ${result.slowest.maxMs} ms (p50 ${result.slowest.p50Ms} ms)`,
  );
}
