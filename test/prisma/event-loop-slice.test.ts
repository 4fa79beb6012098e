/**
 * Statements on SQLite run synchronously; between them the SQL builder and the Prisma adapter give
 * the event loop a turn once a slice of work is used up (prisma/event-loop-slice.ts), so that other
 * requests and the execution timeout's timer are not held behind a long request. (The Prisma
 * adapter's own asynchronous steps already let a timer through between its statements, with or
 * without the slice, so only the SQL builder's turns can be told apart here.)
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqlDb } from '../../prisma/sql.ts';
import { SLICE_MS } from '../../prisma/event-loop-slice.ts';
import { TMP } from '../helpers/paths.ts';

const file = path.join(TMP, `slice-${randomUUID()}.db`);
new Database(file).close();
afterAll(() => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
});

/** A statement that keeps SQLite busy for longer than a slice (a recursive count, no table). */
const SLOW = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT count(*) AS c FROM n`;

/** Runs `chain` and reports whether a timer set just before it fired before the chain ended. */
async function timerFiresDuring(chain: () => Promise<unknown>) {
  let fired = false;
  setTimeout(() => (fired = true), 0);
  let firedBeforeEnd = false;
  await chain().then(() => (firedBeforeEnd = fired));
  return firedBeforeEnd;
}

describe('turns of the event loop between statements', () => {
  it(`the SQL builder gives one once a statement has taken more than ${SLICE_MS} ms`, async () => {
    const db = createSqlDb(`file:${file}`);
    try {
      const five = async () => {
        for (let i = 0; i < 5; i++) await sql`${sql.raw(SLOW)}`.execute(db);
      };
      expect(await timerFiresDuring(five)).toBe(true);
      // Without turns the same chain holds the loop to its end.
      const held = createSqlDb(`file:${file}`, { yieldBetweenStatements: false });
      try {
        const fiveHeld = async () => {
          for (let i = 0; i < 5; i++) await sql`${sql.raw(SLOW)}`.execute(held);
        };
        expect(await timerFiresDuring(fiveHeld)).toBe(false);
      } finally {
        await held.destroy();
      }
    } finally {
      await db.destroy();
    }
  });
});
