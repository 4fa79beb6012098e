/**
 * A server under test in its own process (test/bench/serve.ts), pinned to core 1 with taskset where
 * present so that the load generator in this process can have core 0.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Whether `taskset` can pin processes to cores here. */
export const hasTaskset = spawnSync('taskset', ['--version']).status === 0;

/** Pins this process (the load generator) to core 0. */
export function pinLoadGenerator(): void {
  if (hasTaskset) spawnSync('taskset', ['-cp', '0', String(process.pid)]);
}

/** Starts `serve.ts <mode>` with extra environment; resolves once it prints its port. */
export function startServer(mode: string, env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const args = ['--import', 'tsx', path.join(ROOT, 'test', 'bench', 'serve.ts'), mode];
  const options = { cwd: ROOT, env: { ...process.env, ...env } };
  // With taskset the child is taskset, which execs node: the pid stays the server's.
  const child = hasTaskset
    ? spawn('taskset', ['-c', '1', process.execPath, ...args], options)
    : spawn(process.execPath, args, options);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/PORT (\d+)/);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}` });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`${mode} server exited (${code}):\n${out}`)));
  });
}

/** Kills a server and waits until it is gone. */
export async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}
