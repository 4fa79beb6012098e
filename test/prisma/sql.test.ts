/**
 * The SQL builder's SQLite connection reads rows as arrays and makes them objects itself
 * (prisma/sql.ts): the objects must be those better-sqlite3 would have made, whatever the columns.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlDb } from '../../prisma/sql.ts';
import { TMP } from '../helpers/paths.ts';

const file = path.join(TMP, `sql-rows-${randomUUID()}.db`);
beforeAll(() => {
  const setup = new Database(file);
  setup.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount REAL, data BLOB, note TEXT)`);
  setup.exec(
    `INSERT INTO t (name, amount, data, note) VALUES ('ก', 1.5, x'00ff', NULL), (NULL, NULL, NULL, 'x'), ('b', -2, x'', '')`,
  );
  setup.close();
});
afterAll(() => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
});

/** Statements whose rows differ in every way a row object can: nulls, blobs, repeated and computed names, no rows. */
const READS = [
  `SELECT * FROM t ORDER BY id`,
  `SELECT id, name AS id, amount AS "x y", note, note FROM t ORDER BY id`,
  `SELECT a.*, b.* FROM t a JOIN t b ON b.id = a.id + 1`,
  `SELECT count(*), sum(amount), group_concat(name) FROM t`,
  `SELECT * FROM t WHERE id < 0`,
];

describe('rows of the SQL builder on SQLite', () => {
  it.each(READS)('are the objects better-sqlite3 makes: %s', async (text) => {
    const direct = new Database(file, { readonly: true });
    const db = createSqlDb(`file:${file}`);
    try {
      const expected = direct.prepare(text).all();
      const { rows } = await sql`${sql.raw(text)}`.execute(db);
      expect(rows).toEqual(expected);
      // Same keys in the same order (JSON answers follow it).
      expect(rows.map((r) => Object.keys(r as object))).toEqual(expected.map((r) => Object.keys(r as object)));
    } finally {
      direct.close();
      await db.destroy();
    }
  });

  it('streams the same objects, and writes still report what they changed', async () => {
    const db = createSqlDb(`file:${file}`);
    try {
      const streamed = [];
      for await (const row of db
        .selectFrom('t' as never)
        .selectAll()
        .stream())
        streamed.push(row);
      const direct = new Database(file, { readonly: true });
      try {
        expect(streamed).toEqual(direct.prepare(`SELECT * FROM t`).all());
      } finally {
        direct.close();
      }
      const written = await sql`UPDATE t SET note = 'y' WHERE id > 1`.execute(db);
      expect(written.numAffectedRows).toBe(2n);
    } finally {
      await db.destroy();
    }
  });
});
