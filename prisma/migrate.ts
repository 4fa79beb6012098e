/**
 * Applies pending migrations from `prisma/migrations/` (SQLite) or `prisma/postgres/migrations/`
 * (PostgreSQL), each in its own transaction, recording them in Prisma's `_prisma_migrations` table
 * so the Prisma CLI sees the same history.
 *
 * Why our own runner: `prisma migrate deploy` through the JavaScript schema engine fails on
 * PostgreSQL (prisma/orm#27403), and starting the CLI from the server would cost a second process
 * at every start. A crash mid-migration leaves no half-applied migration: the SQL and its record
 * commit together.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ensureSqliteDirectory, parseDatabaseUrl, type DatabaseProvider } from './database-url.ts';

const PRISMA_DIR = path.dirname(fileURLToPath(import.meta.url));

export function migrationsDirectory(provider: DatabaseProvider): string {
  return provider === 'sqlite' ? path.join(PRISMA_DIR, 'migrations') : path.join(PRISMA_DIR, 'postgres', 'migrations');
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** The minimal SQL surface the runner needs from a driver. */
interface MigrationDriver {
  exec(sql: string): Promise<void>;
  appliedNames(): Promise<Set<string>>;
  /** Runs the migration SQL and records it, atomically. */
  apply(migration: Migration): Promise<void>;
  close(): Promise<void>;
}

// Same columns as the table Prisma's own migrate engine creates.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMP,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMP,
  "started_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

function sqliteDriver(file: string): MigrationDriver {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return {
    async exec(sql) {
      db.exec(sql);
    },
    async appliedNames() {
      const rows = db
        .prepare(
          'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
        .all() as { migration_name: string }[];
      return new Set(rows.map((r) => r.migration_name));
    },
    async apply(m) {
      const now = new Date().toISOString();
      // Table rebuilds (Prisma's "RedefineTables") drop and recreate tables. With foreign keys on,
      // SQLite turns DROP TABLE into a DELETE that fires ON DELETE actions (SET NULL, CASCADE) on
      // other tables, and the PRAGMA inside the script is ignored within a transaction. So keys
      // go off around the transaction, and are checked before it commits.
      db.pragma('foreign_keys = OFF');
      try {
        db.transaction(() => {
          db.exec(m.sql);
          const violations = db.pragma('foreign_key_check') as unknown[];
          if (violations.length > 0) {
            throw new Error(
              `leaves ${violations.length} foreign key violation(s): ${JSON.stringify(violations.slice(0, 3))}`,
            );
          }
          db.prepare(
            'INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)',
          ).run(randomUUID(), m.checksum, now, m.name, now);
        })();
      } finally {
        db.pragma('foreign_keys = ON');
      }
    },
    async close() {
      db.close();
    },
  };
}

async function postgresDriver(url: string): Promise<MigrationDriver> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async appliedNames() {
      const { rows } = await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      );
      return new Set(rows.map((r) => r.migration_name));
    },
    async apply(m) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query(
          'INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)',
          [randomUUID(), m.checksum, m.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(url?: string): Promise<MigrateResult> {
  const target = parseDatabaseUrl(url);
  ensureSqliteDirectory(target);
  const driver = target.provider === 'sqlite' ? sqliteDriver(target.file!) : await postgresDriver(target.url);
  try {
    await driver.exec(CREATE_TABLE);
    const done = await driver.appliedNames();
    const pending = readMigrations(migrationsDirectory(target.provider)).filter((m) => !done.has(m.name));
    for (const migration of pending) {
      try {
        await driver.apply(migration);
      } catch (error) {
        throw new Error(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: done.size };
  } finally {
    await driver.close();
  }
}
