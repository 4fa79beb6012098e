/**
 * The enterprise count table (`EnterpriseCount`, see schema.prisma): published enterprises counted
 * per area (or none) and kind, so that the public counts by kind and by area read rows in
 * proportion to the areas.
 *
 * Triggers on Enterprise (the 20261126150000 migration) keep it in the same transaction as every
 * write; this rebuilds it whole from the view that defines its rows, in one INSERT … SELECT that
 * SQLite and PostgreSQL both run: after a bulk load that went around the triggers (seed:scale) and
 * at the end of every seed, so a drift can never outlive one.
 */
import type { SqlRunner } from './rollup.ts';

/** The table's rows as the view defines them (what the table must hold). */
export const ENTERPRISE_COUNT_ROWS_SQL = `SELECT "areaId", "kind", "count" FROM "EnterpriseCountRows"`;

/** Empties the table, then fills it from the view: run in one transaction. */
export const REBUILD_ENTERPRISE_COUNT_SQL = [
  `DELETE FROM "EnterpriseCount"`,
  `INSERT INTO "EnterpriseCount" ("areaId", "kind", "count") ${ENTERPRISE_COUNT_ROWS_SQL}`,
] as const;

/** Rebuilds the table inside the caller's transaction. */
export async function rebuildEnterpriseCount(tx: SqlRunner): Promise<void> {
  for (const statement of REBUILD_ENTERPRISE_COUNT_SQL) await tx.$executeRawUnsafe(statement);
}
