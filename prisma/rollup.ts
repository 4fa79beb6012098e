/**
 * The observation rollup (`ObservationRollup`, see schema.prisma): published observations summed
 * per indicator, kind, category, area (or area depth), programme, source and fiscal year (or
 * period), so that the public aggregates read rows in proportion to their answer.
 *
 * Triggers on Observation (the 20261126100000 migration) keep it in the same transaction as every
 * write; this rebuilds it whole from the views that define its rows, in one INSERT … SELECT that
 * SQLite and PostgreSQL both run: after a bulk load that went around the triggers (seed:scale) and
 * at the end of every seed, so a drift can never outlive one.
 */

/** The rollup's columns, in the views' order. */
export const ROLLUP_COLUMNS = [
  'grain',
  'indicatorId',
  'kind',
  'categoryId',
  'areaId',
  'areaDepth',
  'programmeId',
  'sourceId',
  'fiscalYear',
  'periodStart',
  'periodEnd',
  'value',
  'count',
  'approximate',
  'lastPeriodStart',
  'lastPeriodEnd',
  'lastValue',
  'lastCount',
  'lastApproximate',
] as const;

const columns = ROLLUP_COLUMNS.map((c) => `"${c}"`).join(', ');

/** The rollup's rows as the views define them (what the table must hold). */
export const ROLLUP_ROWS_SQL = `SELECT ${columns} FROM "ObservationRollupYear" UNION ALL SELECT ${columns} FROM "ObservationRollupPeriod"`;

/** Empties the rollup, then fills it from the views: run in one transaction. */
export const REBUILD_ROLLUP_SQL = [
  `DELETE FROM "ObservationRollup"`,
  `INSERT INTO "ObservationRollup" (${columns}) ${ROLLUP_ROWS_SQL}`,
] as const;

/** Anything that runs SQL text: a Prisma transaction, or a driver. */
export interface SqlRunner {
  $executeRawUnsafe(sql: string): Promise<unknown>;
}

/** Rebuilds the rollup inside the caller's transaction. */
export async function rebuildRollup(tx: SqlRunner): Promise<void> {
  for (const statement of REBUILD_ROLLUP_SQL) await tx.$executeRawUnsafe(statement);
}
