/**
 * A SHA-256 per table over every row in id order: equal fingerprints mean equal content. Columns
 * that hold the time a row was written are left out, because the real seed that the synthetic
 * data sits on stamps its rows with the time it ran (synthetic rows carry a fixed time).
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

const WRITE_TIMES = new Set(['createdAt', 'updatedAt', 'at']);

export function tableFingerprints(db: Database.Database): Record<string, string> {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  )
    .map((t) => t.name)
    // Migration records hold random ids and times.
    .filter((name) => name !== '_prisma_migrations');
  const out: Record<string, string> = {};
  for (const table of tables) {
    const info = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[];
    const columns = info.map((c) => c.name).filter((c) => !WRITE_TIMES.has(c));
    const list = columns.map((c) => `"${c}"`).join(', ');
    // A WITHOUT ROWID table (the search index) is ordered by its primary key instead.
    const key = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => `"${c.name}"`);
    const withoutRowid = /WITHOUT\s+ROWID/i.test(
      (db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(table) as { sql: string }).sql,
    );
    const order = withoutRowid ? key.join(', ') : 'rowid';
    const hash = createHash('sha256');
    for (const row of db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${order}`).raw().iterate()) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
    }
    out[table] = hash.digest('hex');
  }
  return out;
}
