/**
 * Which SQL builder belongs to which Prisma client: createPrisma registers one on the same database
 * (opened on first use); a client made elsewhere (bench:scale's explain pass) registers its own.
 */
import type { PrismaClient } from './client.ts';
import type { SqlDb } from './sql.ts';

const builders = new WeakMap<PrismaClient, () => SqlDb>();
const opened = new WeakMap<PrismaClient, SqlDb>();

export function registerSqlDb(prisma: PrismaClient, open: () => SqlDb): void {
  builders.set(prisma, () => {
    let db = opened.get(prisma);
    if (!db) opened.set(prisma, (db = open()));
    return db;
  });
}

/** Closes the client's SQL builder connection, if it was ever opened (tests delete the file after). */
export async function closeSqlDb(prisma: PrismaClient): Promise<void> {
  const db = opened.get(prisma);
  opened.delete(prisma);
  await db?.destroy();
}

export function sqlDbOf(prisma: PrismaClient): SqlDb {
  const open = builders.get(prisma);
  if (!open) throw new Error('No SQL builder for this Prisma client: make it with createPrisma, or registerSqlDb');
  return open();
}
