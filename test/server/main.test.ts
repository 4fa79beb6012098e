/**
 * The real thing, as `npm start` runs it: a separate Node process on a fresh database file,
 * a real TCP port, GraphiQL, a query over HTTP, and a clean exit on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../helpers/paths.ts';

const dbFile = path.join(TMP, `main-${process.pid}.db`);
let server: ChildProcess;
let baseUrl: string;
let output = '';

beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${dbFile}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 50_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/localhost:(\d+)\/graphql/);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}, 60_000);

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
  for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });
});

describe('npm start on a fresh database', () => {
  it('migrated and seeded it', () => {
    expect(output).toMatch(/applied 20261123000000_init/);
    expect(output).toMatch(/loaded the seed data/);
  });

  it('serves GraphiQL with the example operations at /graphql', async () => {
    const res = await fetch(`${baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Phalang');
    // An example operation is embedded as a tab (checked without printing the whole page on failure).
    expect(html.includes('signatories')).toBe(true);
  });

  it('answers a query over HTTP, with CORS open to any origin', async () => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://partner.example' },
      body: JSON.stringify({ query: '{ sources { key } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toMatch(/\*|https:\/\/partner\.example/);
    const json = (await res.json()) as { data: { sources: { key: string }[] } };
    expect(json.data.sources).toHaveLength(5);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
