/**
 * Filters as SQL conditions for the analytics' statements (Kysely, SQLite and PostgreSQL alike).
 *
 * An area filter means the area, everything below it and, for a grouping, its members and the two
 * levels below them (as area-scope.ts's Prisma form). Below is a prefix of the materialised path
 * (`/TH/TH-10/…`), written as a range, `path >= '/TH/TH-10/' AND path < '/TH/TH-10/' || PATH_END`
 * (../area-scope.ts), so the `Area(path)` index serves it on both databases; rows are
 * then matched with `areaId IN (…)`, an index probe per area instead of a look-up per row.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { sqlTime, type DB } from '../../prisma/sql.ts';
import { PATH_END } from '../area-scope.ts';

type Eb = ExpressionBuilder<DB, any>;

/**
 * A condition no row meets: what an empty filter list means (as Prisma's `in: []`), since SQL has
 * no empty `IN ()` on every database.
 */
export const noRow = sql<SqlBool>`1 = 0`;

/** The ids of the areas an area filter covers, as a subquery. */
export function areaScope(eb: Eb, code: string) {
  const self = eb.selectFrom('Area as sf').select('sf.path').where('sf.code', '=', code);
  const groupMembers = (level: 0 | 1 | 2) => {
    let q = eb
      .selectFrom('AreaGroupMember as gm')
      .innerJoin('Area as g', 'g.id', 'gm.groupId')
      .where('g.code', '=', code);
    if (level === 0) return q.select('gm.memberId as id');
    const c1 = q.innerJoin('Area as c1', 'c1.parentId', 'gm.memberId');
    if (level === 1) return c1.select('c1.id as id');
    return c1.innerJoin('Area as c2', 'c2.parentId', 'c1.id').select('c2.id as id');
  };
  return eb
    .selectFrom('Area as sa')
    .select('sa.id as id')
    .where((w) =>
      w.and([
        w('sa.path', '>=', self),
        w(
          'sa.path',
          '<',
          w.selectFrom(self.as('p')).select((s) => s(s.ref('p.path'), '||', PATH_END).as('end')),
        ),
      ]),
    )
    .union(groupMembers(0))
    .union(groupMembers(1))
    .union(groupMembers(2));
}

/** The observation filter, without `kind` (each aggregate picks its own). */
export interface ObservationScope {
  area?: string | null;
  fiscalYear?: number[] | null;
  category?: string[] | null;
  uncategorised?: boolean | null;
  from?: Date | null;
  to?: Date | null;
}

/** The filter's conditions on an observation read as `o`. */
export function observationConditions(
  eb: Eb,
  filter: ObservationScope,
  o = 'o',
  /** A CTE already holding `areaScope(filter.area)`, to read instead of repeating it. */
  scopeTable?: string,
): Expression<SqlBool>[] {
  const parts: Expression<SqlBool>[] = [];
  // The alias is the caller's, so its columns are not known to the types here.
  const col = (name: string) => (eb as ExpressionBuilder<any, any>).ref(`${o}.${name}`);
  if (filter.area)
    parts.push(
      eb(
        col('areaId'),
        'in',
        scopeTable
          ? (eb as ExpressionBuilder<any, any>).selectFrom(scopeTable).select(`${scopeTable}.id`)
          : areaScope(eb, filter.area),
      ),
    );
  if (filter.fiscalYear) parts.push(eb(col('fiscalYear'), 'in', filter.fiscalYear.length ? filter.fiscalYear : [-1]));
  if (filter.category)
    parts.push(
      eb(
        col('categoryId'),
        'in',
        eb
          .selectFrom('Category as fc')
          .select('fc.id')
          .where('fc.code', 'in', filter.category.length ? filter.category : ['']),
      ),
    );
  if (filter.uncategorised != null) parts.push(eb(col('categoryId'), filter.uncategorised ? 'is' : 'is not', null));
  if (filter.from) parts.push(eb(col('periodEnd'), '>=', sqlTime(filter.from)));
  if (filter.to) parts.push(eb(col('periodStart'), '<=', sqlTime(filter.to)));
  return parts;
}
