/**
 * The ids of one page of an indicator's observations, in the connection's order (period start,
 * area, category, id; a missing area or category first, on either database), read as a keyset page:
 * each part of "after the cursor" is an index range on `Observation(indicatorId, periodStart,
 * areaId, categoryId, id)` read in order and cut at the page size, so a page costs the same on the
 * first page and the thousandth, where an OFFSET or Prisma's cursor walked every earlier row.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { sqlTime } from '../../prisma/sql.ts';
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import type { ObservationKindValue } from './level-rows.ts';
import { noRow, observationConditions, type ObservationScope } from './sql-scope.ts';
import { runCompiled } from './compiled.ts';

export interface ObservationPageFilter extends ObservationScope {
  kind?: ObservationKindValue[] | null;
}

type AnyEb = ExpressionBuilder<any, any>;

const time = (v: string | Date) => (v instanceof Date ? v.getTime() : new Date(v).getTime());
/** Null first, as SQLite orders an ascending column. */
const nullsFirst = (a: number | null, b: number | null) =>
  a === b ? 0 : a == null ? -1 : b == null ? 1 : Number(a) - Number(b);
/** The connection's order: period start, area, category, id. */
const inOrder = (a: CursorRow, b: CursorRow) =>
  time(a.periodStart) - time(b.periodStart) ||
  nullsFirst(a.areaId, b.areaId) ||
  nullsFirst(a.categoryId, b.categoryId) ||
  Number(a.id) - Number(b.id);

interface CursorRow {
  periodStart: string | Date;
  areaId: number | null;
  categoryId: number | null;
  id: number;
}

/**
 * Up to `limit` ids per indicator after the observation `after` (or from the start), in one
 * statement for every indicator of a request's batch. An `after` the reader cannot see (unknown,
 * or hidden from the public) gives an empty page, as does an indicator it does not belong to.
 */
export async function observationPageIds(
  sql: SqlReader,
  indicatorIds: readonly number[],
  filter: ObservationPageFilter | null | undefined,
  after: number | null,
  limit: number,
): Promise<Map<number, number[]>> {
  const pages = await observationPageRows(sql, indicatorIds, filter, after, limit, 'ids');
  return new Map([...pages].map(([id, rows]) => [id, rows.map((r) => Number(r.id))]));
}

/**
 * The same pages as whole rows (every column, as stored), in the same statement: for a caller
 * that would otherwise read the page's rows by id in a second one. `ids` reads the page's keys only.
 */
export async function observationPageRows(
  sql: SqlReader,
  indicatorIds: readonly number[],
  filter: ObservationPageFilter | null | undefined,
  after: number | null,
  limit: number,
  columns: 'ids' | 'rows' = 'rows',
): Promise<Map<number, (CursorRow & Record<string, unknown>)[]>> {
  const db = sql.db;
  const scope = filter ?? {};
  const pages = new Map<number, (CursorRow & Record<string, unknown>)[]>(indicatorIds.map((id) => [id, []]));
  if (!indicatorIds.length || limit <= 0) return pages;
  let cursor: (CursorRow & { indicatorId: number }) | undefined;
  if (after != null) {
    cursor = await db
      .selectFrom('Observation as c')
      .select(['c.periodStart', 'c.areaId', 'c.categoryId', 'c.id', 'c.indicatorId'])
      .where('c.id', '=', after)
      .executeTakeFirst();
    if (!cursor || !pages.has(Number(cursor.indicatorId))) return pages;
  }
  const range = (indicatorId: number, seek: (eb: AnyEb) => Expression<SqlBool>[]) =>
    db
      .selectFrom('Observation as o')
      .$if(columns === 'ids', (q) => q.select(['o.id', 'o.indicatorId', 'o.periodStart', 'o.areaId', 'o.categoryId']))
      .$if(columns === 'rows', (q) => q.selectAll('o'))
      .where((eb) =>
        eb.and([
          eb('o.indicatorId', '=', indicatorId),
          ...(scope.kind ? [scope.kind.length ? eb('o.kind', 'in', scope.kind) : noRow] : []),
          ...observationConditions(eb, scope),
          ...seek(eb),
        ]),
      )
      .orderBy('o.periodStart')
      // Said outright: SQLite puts nulls first in an ascending order, PostgreSQL last, and the
      // keyset conditions below and `inOrder` count on first.
      .orderBy('o.areaId', (o) => o.asc().nullsFirst())
      .orderBy('o.categoryId', (o) => o.asc().nullsFirst())
      .orderBy('o.id')
      .limit(limit);
  let parts: ReturnType<typeof range>[];
  if (!cursor) parts = indicatorIds.map((id) => range(id, () => []));
  else {
    const c = cursor;
    const same = (eb: AnyEb, column: 'areaId' | 'categoryId') =>
      c[column] == null ? eb(`o.${column}`, 'is', null) : eb(`o.${column}`, '=', c[column]);
    // "Greater" in an order that puts null first: after a null, every non-null value.
    const greater = (eb: AnyEb, column: 'areaId' | 'categoryId') =>
      c[column] == null ? eb(`o.${column}`, 'is not', null) : eb(`o.${column}`, '>', c[column]);
    const start = typeof c.periodStart === 'string' ? c.periodStart : sqlTime(new Date(c.periodStart));
    const id = Number(c.indicatorId);
    // The rows after the cursor as four ranges, each wholly before the next: a later id in the same
    // period, area and category; a later category; a later area; a later period.
    parts = [
      range(id, (eb) => [
        eb('o.periodStart', '=', start),
        same(eb, 'areaId'),
        same(eb, 'categoryId'),
        eb('o.id', '>', c.id),
      ]),
      range(id, (eb) => [eb('o.periodStart', '=', start), same(eb, 'areaId'), greater(eb, 'categoryId')]),
      range(id, (eb) => [eb('o.periodStart', '=', start), greater(eb, 'areaId')]),
      range(id, (eb) => [eb('o.periodStart', '>', start)]),
    ];
  }
  // Each part keeps its own ORDER BY and LIMIT inside a subquery (SQLite allows neither on a
  // member of a UNION); UNION ALL promises no order, so the at most parts × limit rows are put back
  // in the connection's order here.
  const tagged = parts.map((p, i) => db.selectFrom(p.as(`r${i}`)).selectAll());
  const union = tagged.slice(1).reduce((u, t) => u.unionAll(t), tagged[0]!);
  // Compiled once per question (schema/analytics/compiled.ts): the same page of the same
  // indicators is asked by every load of a widget.
  const rows = await runCompiled<CursorRow & { indicatorId: number } & Record<string, unknown>>(
    sql,
    ['observation-page', indicatorIds, scope, cursor ?? null, limit, columns],
    () => union,
  );
  rows.sort(inOrder);
  for (const r of rows) {
    const page = pages.get(Number(r.indicatorId))!;
    if (page.length < limit) page.push(r);
  }
  return pages;
}
