/**
 * The observation rollup holds exactly what its views define (published observations summed), in
 * the same transaction as any write, whichever path writes; a rebuild gives the same rows.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrisma, type PrismaClient } from '../../prisma/client.ts';
import { applyRecords } from '../../prisma/records/apply.ts';
import { observationRecord } from '../../prisma/records/observation.ts';
import { rebuildRollup, REBUILD_ROLLUP_SQL, ROLLUP_COLUMNS, ROLLUP_ROWS_SQL } from '../../prisma/rollup.ts';
import { randomObservationWrites } from '../helpers/observation-writes.ts';
import { TEMPLATE_DB, TMP } from '../helpers/paths.ts';

const file = path.join(TMP, `rollup-${randomUUID()}.db`);
let prisma: PrismaClient;
beforeAll(() => {
  copyFileSync(TEMPLATE_DB, file);
  prisma = createPrisma({ url: `file:${file}` });
});
afterAll(async () => {
  await prisma.$disconnect();
  rmSync(file, { force: true });
});

const columns = ROLLUP_COLUMNS.map((c) => `"${c}"`).join(', ');
/** Rows as comparable text, sorted (a multiset), sums rounded against the order they were added in. */
const rowsOf = async (select: string) =>
  (await prisma.$queryRawUnsafe<Record<string, unknown>[]>(select))
    .map((r) =>
      JSON.stringify(
        ROLLUP_COLUMNS.map((c) => {
          // The table's columns are typed, the views' are not: compare values, not their types.
          const v = r[c];
          if (typeof v === 'number' || typeof v === 'bigint') return Math.round(Number(v) * 1e6) / 1e6;
          if (typeof v === 'boolean') return Number(v);
          if (v instanceof Date) return v.toISOString();
          if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) return new Date(v).toISOString();
          return v;
        }),
      ),
    )
    .sort();
const stored = () => rowsOf(`SELECT ${columns} FROM "ObservationRollup"`);
const defined = () => rowsOf(ROLLUP_ROWS_SQL);

it('holds, after the seed, what its views define, and only published observations', async () => {
  const rows = await stored();
  expect(rows.length).toBeGreaterThan(0);
  expect(rows).toEqual(await defined());
  const published = await prisma.observation.count({ where: { publication: 'PUBLISHED' } });
  const counted = await prisma.observationRollup.aggregate({ where: { grain: 'YEAR' }, _sum: { count: true } });
  expect(counted._sum.count).toBe(published);
});

it('follows random creates, updates, moves, deletes and (un)publications, each in its own write', async () => {
  for (const seed of [1, 2, 3]) {
    const stats = await randomObservationWrites(prisma, seed, 60);
    expect(stats.created * stats.updated * stats.deleted).toBeGreaterThan(0);
    expect(await stored()).toEqual(await defined());
  }
});

it('follows the records write path, and a rolled-back write leaves it as it was', async () => {
  const before = await stored();
  const row = {
    indicator: 'STIMULUS_FAIR_SALES',
    value: 1234,
    periodStart: '2025-01-01',
    periodEnd: '2025-01-31',
    area: 'TH-15',
    source: (await prisma.source.findFirstOrThrow({ select: { key: true } })).key,
    publication: 'PUBLISHED' as const,
  };
  await expect(
    prisma.$transaction(async (tx) => {
      await tx.observation.updateMany({ data: { value: 1 } });
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  expect(await stored()).toEqual(before);
  const outcome = await applyRecords(prisma, observationRecord, [row], { mode: 'create', actor: { name: 'test' } });
  expect(outcome).toMatchObject({ ok: true });
  const after = await stored();
  expect(after).not.toEqual(before);
  expect(after).toEqual(await defined());
});

it('rebuilds to the same rows', async () => {
  const before = await stored();
  await prisma.$transaction((tx) => rebuildRollup(tx));
  expect(await stored()).toEqual(before);
});

it('is filled by its migration on a database that already holds observations, as a rebuild fills it', () => {
  const migration = readFileSync(
    path.join(import.meta.dirname, '../../prisma/migrations/20261126100000_observation_rollup/migration.sql'),
    'utf8',
  );
  expect(migration).toContain(`${REBUILD_ROLLUP_SQL[1]};`);
});
