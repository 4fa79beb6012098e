/**
 * A throwaway PostgreSQL for tests that hold the two databases to the same answers: a cluster in a
 * temporary folder (Debian's `postgresql` package, as ../shared/STACK.md describes), reached by its
 * socket in that folder, with the tables of the Prisma schema (`prisma migrate diff` for a postgresql
 * provider: the form prisma/schema.prisma promises to keep to) and the rows of an SQLite database
 * copied in. Null where no PostgreSQL is installed.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ROOT, TEMPLATE_DB } from './paths.ts';

export interface TestPostgres {
  url: string;
  stop(): void;
}

const PG_ROOT = '/usr/lib/postgresql';

/** Whether a PostgreSQL server is installed here. */
export const postgresInstalled = (): boolean => serverBin() !== null;

/** The newest installed server's programs, or null. */
function serverBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(PG_ROOT, versions[0]!, 'bin') : null;
}

/** The schema's tables as PostgreSQL DDL: the same models, the provider swapped. */
function postgresDdl(dir: string): string {
  const schema = readFileSync(path.join(ROOT, 'prisma', 'schema.prisma'), 'utf8')
    // Generators write files; this copy only describes tables.
    .replace(/^generator \w+ \{[^}]*\}/gm, '')
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url = "postgresql://localhost/unused"');
  const file = path.join(dir, 'schema.prisma');
  writeFileSync(file, schema);
  return execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'prisma'),
    ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', file, '--script'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** Every row of an SQLite database, into the same tables (booleans from SQLite's 0 and 1). */
async function copyRows(client: pg.Client, file: string): Promise<void> {
  const columns = (
    await client.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    )
  ).rows;
  const source = new Database(file, { readonly: true });
  try {
    await client.query('BEGIN');
    // Tables in any order: foreign keys are not checked during the copy (their triggers are off);
    // the rows are SQLite's, where they were checked when written.
    await client.query('SET session_replication_role = replica');
    for (const table of [...new Set(columns.map((c) => c.table_name))]) {
      const own = columns.filter((c) => c.table_name === table);
      const names = own.map((c) => `"${c.column_name}"`).join(', ');
      const rows = source.prepare(`SELECT ${names} FROM "${table}"`).raw(true).all() as unknown[][];
      for (let i = 0; i < rows.length; i += 500) {
        const values: unknown[] = [];
        const tuples = rows.slice(i, i + 500).map(
          (row) =>
            `(${row
              .map((v, j) => {
                values.push(own[j]!.data_type === 'boolean' && v != null ? v === 1 : v);
                return `$${values.length}`;
              })
              .join(', ')})`,
        );
        await client.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`, values);
      }
    }
    await client.query('SET session_replication_role = DEFAULT');
    await client.query('COMMIT');
  } finally {
    source.close();
  }
}

/** A PostgreSQL holding the rows of the SQLite database `file` (the seeded template by default). */
export async function startPostgres(file = TEMPLATE_DB): Promise<TestPostgres | null> {
  const bin = serverBin();
  if (!bin) return null;
  // Private (0700): the server listens on a socket in here only, never on a TCP port, so no other
  // user or process on the machine can reach a server that trusts every connection.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phalang-pg-'));
  const data = path.join(dir, 'data');
  // The server refuses to run as root: as root, run it as the package's `postgres` user.
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, program), args, { stdio: 'pipe' });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    try {
      if (existsSync(path.join(data, 'postmaster.pid'))) run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A worker that ends without the caller's stop (a timeout, an interrupt) still stops its server.
  process.once('exit', stop);
  try {
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      chownSync(dir, uid, gid);
    }
    run('initdb', ['-A', 'trust', '-U', 'postgres', '-D', data, '-E', 'UTF8', '--locale=C', '--no-sync']);
    const options = `-c listen_addresses='' -k ${dir} -c fsync=off -c full_page_writes=off`;
    run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
    const urlOf = (database: string) => `postgresql://postgres@/${database}?host=${encodeURIComponent(dir)}`;
    const admin = new pg.Client({ connectionString: urlOf('postgres') });
    await admin.connect();
    try {
      // A language-aware collation (ICU's root), as a PostgreSQL created with a locale has, rather
      // than byte order: what compares text must hold under either.
      await admin.query(`CREATE DATABASE phalang TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'und'`);
    } finally {
      await admin.end();
    }
    const url = urlOf('phalang');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(postgresDdl(dir));
      await copyRows(client, file);
    } finally {
      await client.end();
    }
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
