/**
 * Data paths under load (issue 8, findings 6 and 7): a 50,000-row import and exports of the 50,000
 * observations (CSV and XLSX: time, the server's peak memory), each while autocannon measures a
 * cached public read; the same read on the idle server, in the same run, is the baseline.
 * The server runs in its own process (pinned to core 1 where taskset exists).
 *
 * Environment: BENCH_DATA_ROWS rows (default 50000), BENCH_IDLE_SECONDS for the baseline (default 5).
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer, stop } from './server-process.ts';
import { createPrisma } from '../../prisma/client.ts';
import { createToken } from '../../prisma/tokens.ts';

const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 50_000);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 5);

export interface DataBenchRow {
  name: string;
  seconds: number | null;
  serverPeakRssMb: number | null;
  readP50Ms: number;
  readP99Ms: number;
  readRequests: number;
  readNon2xx: number;
}

function csvOf(rows: number): string {
  const lines = ['indicator,kind,value,periodStart,periodEnd,area,source,noteEn,publication'];
  for (let i = 0; i < rows; i++) {
    const district = `TH-10${String((i % 50) + 1).padStart(2, '0')}`;
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(i / 50))).toISOString().slice(0, 10);
    lines.push(`FOOD_BANK_MEALS,ACTUAL,${i},${day},${day},${district},003_4a541e27cee69d2e,bench row ${i},PUBLISHED`);
  }
  return lines.join('\n');
}

/** Peak resident memory of a process since the last reset, in MB (Linux /proc), and a reset. */
const peakRss = (pid: number) => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
};
const resetPeak = (pid: number) => {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    /* not Linux, or not allowed: the peak then covers the whole run */
  }
};

/** Runs `work` while autocannon reads `readUrl`; the reads stop when the work ends. */
async function underLoad(readUrl: string, work: () => Promise<void>) {
  let done!: (r: autocannon.Result) => void;
  const finished = new Promise<autocannon.Result>((resolve) => (done = resolve));
  const reads = autocannon({ url: readUrl, connections: 4, duration: 3600 }, (error, result) => {
    if (error) throw error;
    done(result);
  });
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  reads.stop();
  return { seconds, r: await finished };
}

export async function benchData(options: { databaseUrl: string; readPath: string; root: string; tmp: string }) {
  const file = path.join(options.tmp, 'bench-data.db');
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  const source = options.databaseUrl.replace(/^file:/, '');
  const prisma0 = createPrisma({ url: options.databaseUrl });
  await prisma0.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  await prisma0.$disconnect();
  copyFileSync(source, file);
  const url = `file:${file}`;
  const prisma = createPrisma({ url });
  const { token } = await createToken(prisma, { name: 'bench editor', role: 'EDITOR' });
  await prisma.$disconnect();

  const { child, base } = await startServer('phalang', { DATABASE_URL: url, NODE_ENV: 'production' });
  // With taskset the child is taskset, which execs node: same pid.
  const pid = child.pid!;
  const readUrl = base + options.readPath;
  await fetch(readUrl);

  const rows: DataBenchRow[] = [];
  const row = (name: string, seconds: number | null, peak: number | null, r: autocannon.Result) =>
    rows.push({
      name,
      seconds: seconds === null ? null : Math.round(seconds * 10) / 10,
      serverPeakRssMb: peak,
      readP50Ms: r.latency.p50,
      readP99Ms: r.latency.p99,
      readRequests: r.requests.total,
      readNon2xx: r.non2xx,
    });

  const idle = await autocannon({ url: readUrl, connections: 4, duration: IDLE_SECONDS });
  row('cached public read, idle server (baseline)', null, peakRss(pid), idle);

  const csv = csvOf(ROWS);
  resetPeak(pid);
  let imported = '';
  const imp = await underLoad(readUrl, async () => {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query:
          'mutation($file: File!) { importFile(file: $file) { problems { code messageEn } sheets { rows created } } }',
        variables: { file: null },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([csv]), 'observations.csv');
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    imported = await res.text();
  });
  const report = JSON.parse(imported).data?.importFile;
  if (!report || report.problems.length) throw new Error(`bench import failed: ${imported.slice(0, 500)}`);
  row(`import ${ROWS.toLocaleString('en')} rows (CSV upload), reads meanwhile`, imp.seconds, peakRss(pid), imp.r);

  for (const format of ['csv', 'xlsx']) {
    resetPeak(pid);
    let bytes = 0;
    const exp = await underLoad(readUrl, async () => {
      const res = await fetch(`${base}/export/observations.${format}?indicator=FOOD_BANK_MEALS`);
      bytes = (await res.arrayBuffer()).byteLength;
    });
    row(
      `export ${ROWS.toLocaleString('en')}+ observations (${format}, ${Math.round(bytes / 1024)} KB), reads meanwhile`,
      exp.seconds,
      peakRss(pid),
      exp.r,
    );
  }

  await stop(child);
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });

  const pad = (s: string | number | null, n: number) => String(s ?? '–').padStart(n);
  console.log(
    `\nData paths — ${ROWS.toLocaleString('en')} rows; cached public read (4 connections) measured during each\n`,
  );
  console.log(
    `${'case'.padEnd(64)}${pad('s', 7)}${pad('peak MB', 9)}${pad('read p50', 10)}${pad('read p99', 10)}${pad('reads', 8)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(64)}${pad(r.seconds, 7)}${pad(r.serverPeakRssMb, 9)}${pad(r.readP50Ms, 10)}${pad(r.readP99Ms, 10)}${pad(r.readRequests, 8)}`,
    );
  }
  return rows;
}
