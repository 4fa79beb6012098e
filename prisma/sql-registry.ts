/**
 * Which SQL builder belongs to which Prisma client: createPrisma registers one on the same database
 * (opened on first use); a client made elsewhere (bench:scale's explain pass) registers its own.
 */
import type { PrismaClient } from './client.ts';
import type { SqlDb } from './sql.ts';

const builders = new WeakMap<PrismaClient, () => SqlDb>();

export function registerSqlDb(prisma: PrismaClient, open: () => SqlDb): void {
  let db: SqlDb | undefined;
  builders.set(prisma, () => (db ??= open()));
}

export function sqlDbOf(prisma: PrismaClient): SqlDb {
  const open = builders.get(prisma);
  if (!open) throw new Error('No SQL builder for this Prisma client: make it with createPrisma, or registerSqlDb');
  return open();
}
