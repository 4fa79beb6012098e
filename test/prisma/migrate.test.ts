import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, migrationsDirectory, readMigrations } from '../../prisma/migrate.ts';
import { parseDatabaseUrl } from '../../prisma/database-url.ts';
import { TMP } from '../helpers/paths.ts';

const file = path.join(TMP, `migrate-${process.pid}.db`);
afterAll(() => {
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
});

describe('migration runner', () => {
  it('applies every migration to an empty database once, recorded the way Prisma records them', async () => {
    const all = readMigrations(migrationsDirectory('sqlite'));
    expect(all.length).toBeGreaterThan(0);
    const first = await migrate(`file:${file}`);
    expect(first.applied).toEqual(all.map((m) => m.name));
    const second = await migrate(`file:${file}`);
    expect(second.applied).toEqual([]);

    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations').all() as {
      migration_name: string;
      checksum: string;
      finished_at: string;
    }[];
    db.close();
    expect(rows.map((r) => r.migration_name)).toEqual(all.map((m) => m.name));
    expect(rows.every((r) => r.finished_at && r.checksum.length === 64)).toBe(true);
  });

  it('names what is wrong with an unsupported DATABASE_URL', () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(/must start with "file:" \(SQLite\) or "postgresql:\/\/"/);
    expect(parseDatabaseUrl('postgresql://u@h/db').provider).toBe('postgresql');
    expect(parseDatabaseUrl('file:./data/x.db').provider).toBe('sqlite');
  });
});
