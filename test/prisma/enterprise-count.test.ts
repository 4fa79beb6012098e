/**
 * The enterprise count table holds exactly what its view defines (published enterprises counted
 * per area and kind), in the same transaction as any write, whichever path writes; a rebuild gives
 * the same rows.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrisma, type PrismaClient } from '../../prisma/client.ts';
import {
  ENTERPRISE_COUNT_ROWS_SQL,
  REBUILD_ENTERPRISE_COUNT_SQL,
  rebuildEnterpriseCount,
} from '../../prisma/enterprise-count.ts';
import { randomEnterpriseWrites } from '../helpers/enterprise-writes.ts';
import { TEMPLATE_DB, TMP } from '../helpers/paths.ts';

const file = path.join(TMP, `enterprise-count-${randomUUID()}.db`);
let prisma: PrismaClient;
beforeAll(() => {
  copyFileSync(TEMPLATE_DB, file);
  prisma = createPrisma({ url: `file:${file}` });
});
afterAll(async () => {
  await prisma.$disconnect();
  rmSync(file, { force: true });
});

/** Rows as comparable text, sorted (a multiset). */
const rowsOf = async (select: string) =>
  (await prisma.$queryRawUnsafe<{ areaId: number | null; kind: string; count: number | bigint }[]>(select))
    .map((r) => JSON.stringify([r.areaId, r.kind, Number(r.count)]))
    .sort();
const stored = () => rowsOf(`SELECT "areaId", "kind", "count" FROM "EnterpriseCount"`);
const defined = () => rowsOf(ENTERPRISE_COUNT_ROWS_SQL);
const published = () => prisma.enterprise.count({ where: { publication: 'PUBLISHED' } });
const counted = async () => (await prisma.enterpriseCount.aggregate({ _sum: { count: true } }))._sum.count ?? 0;

it('holds, after the seed, what its view defines, and only published enterprises', async () => {
  const rows = await stored();
  expect(rows.length).toBeGreaterThan(0);
  expect(rows).toEqual(await defined());
  expect(await counted()).toBe(await published());
});

it('follows random creates, kind changes, moves, (un)publications and deletes through Prisma', async () => {
  for (const seed of [1, 2, 3]) {
    const stats = await randomEnterpriseWrites(prisma, seed, 60, 'prisma');
    expect(stats.created * stats.updated * stats.deleted).toBeGreaterThan(0);
    expect(await stored()).toEqual(await defined());
    expect(await counted()).toBe(await published());
  }
});

it('follows the same writes through the records write path', async () => {
  for (const seed of [4, 5]) {
    const stats = await randomEnterpriseWrites(prisma, seed, 40, 'records');
    expect(stats.created * stats.updated * stats.deleted).toBeGreaterThan(0);
    expect(await stored()).toEqual(await defined());
    expect(await counted()).toBe(await published());
  }
});

it('holds no empty group, and a rolled-back write leaves it as it was', async () => {
  expect(await prisma.enterpriseCount.count({ where: { count: { lte: 0 } } })).toBe(0);
  const before = await stored();
  await expect(
    prisma.$transaction(async (tx) => {
      await tx.enterprise.updateMany({ data: { publication: 'DRAFT' } });
      expect(await tx.enterpriseCount.count()).toBe(0);
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  expect(await stored()).toEqual(before);
});

it('rebuilds to the same rows', async () => {
  const before = await stored();
  await prisma.$transaction((tx) => rebuildEnterpriseCount(tx));
  expect(await stored()).toEqual(before);
});

it('is filled by its migration on a database that already holds enterprises, as a rebuild fills it', () => {
  const migration = readFileSync(
    path.join(import.meta.dirname, '../../prisma/migrations/20261126150000_enterprise_count/migration.sql'),
    'utf8',
  );
  expect(migration).toContain(`${REBUILD_ENTERPRISE_COUNT_SQL[1]};`);
});
