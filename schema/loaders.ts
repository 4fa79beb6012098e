/**
 * Per-request DataLoaders for look-ups that filters repeat (an area code used by several fields)
 * and for the rows every widget request reads (its indicator, unit, sources, area filter). Those
 * are read with the SQL builder through the request's SqlReader, one statement each, instead of
 * through Prisma (about 0.5 ms a statement, STACK.md): for anonymous callers it sees published
 * rows only, by the same rule table as the Prisma reader (prisma/visibility-sql.ts).
 */
import DataLoader from 'dataloader';
import type { Reader } from '../prisma/visibility.ts';
import type { SqlReader } from '../prisma/visibility-sql.ts';
import { prismaRow } from '../prisma/sql-rows.ts';
import type {
  AreaModel as Area,
  CategoryModel as Category,
  IndicatorModel as Indicator,
  SourceModel as Source,
  UnitModel as Unit,
} from '../prisma/client.ts';
import { runCompiled } from './analytics/compiled.ts';

export interface AreaScope {
  id: number;
  code: string;
  path: string;
  /** Paths of the member areas, for groupings such as Bangkok's district groups. */
  memberPaths: string[];
}

/** Rows by a key, in the order of `keys`; null where there is none. */
function inOrder<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Rows of a to-many look-up, one list per key in the order of `keys`, without their `owner` column. */
function groupedBy<R extends { owner: number }>(keys: readonly number[], rows: R[]): Omit<R, 'owner'>[][] {
  const byKey = new Map<number, Omit<R, 'owner'>[]>(keys.map((k) => [k, []]));
  for (const { owner, ...row } of rows) byKey.get(owner)?.push(row);
  return keys.map((k) => byKey.get(k)!);
}

export function createLoaders(prisma: Reader, sql: SqlReader) {
  return {
    /** An indicator by its code (published ones only, for the public); null for an unknown code. */
    indicatorByCode: new DataLoader<string, Indicator | null>(async (codes) => {
      const rows = await runCompiled(sql, ['indicator-by-code', codes], () =>
        sql.db.selectFrom('Indicator').selectAll().where('code', 'in', codes),
      );
      return inOrder(
        codes,
        rows.map((r) => prismaRow('Indicator', r)),
        (r) => r.code,
      );
    }),
    /** A unit by its code. */
    unitByCode: new DataLoader<string, Unit | null>(async (codes) => {
      const rows = await runCompiled(sql, ['unit-by-code', codes], () =>
        sql.db.selectFrom('Unit').selectAll().where('code', 'in', codes),
      );
      return inOrder(codes, rows, (r) => r.code);
    }),
    /** A source document by its id. */
    sourceById: new DataLoader<number, Source | null>(async (ids) => {
      const rows = await runCompiled(sql, ['source-by-id', ids], () =>
        sql.db.selectFrom('Source').selectAll().where('id', 'in', ids),
      );
      return inOrder(
        ids,
        rows.map((r) => prismaRow('Source', r)),
        (r) => r.id,
      );
    }),
    /** An area by its id (areas are public reference data). */
    areaById: new DataLoader<number, Area | null>(async (ids) => {
      const rows = await runCompiled(sql, ['area-by-id', ids], () =>
        sql.db.selectFrom('Area').selectAll().where('id', 'in', ids),
      );
      return inOrder(ids, rows, (r) => r.id);
    }),
    /** A category by its id (categories are public reference data). */
    categoryById: new DataLoader<number, Category | null>(async (ids) => {
      const rows = await runCompiled(sql, ['category-by-id', ids], () =>
        sql.db.selectFrom('Category').selectAll().where('id', 'in', ids),
      );
      return inOrder(ids, rows, (r) => r.id);
    }),
    /** An enterprise's business types, by category id (through the public reader: a hidden enterprise has none). */
    businessTypesOf: new DataLoader<number, Category[]>(async (ids) => {
      const rows = await runCompiled(sql, ['business-types-of', ids], () =>
        sql.db
          .selectFrom('EnterpriseBusinessType as ebt')
          .innerJoin('Category as c', 'c.id', 'ebt.categoryId')
          .selectAll('c')
          .select('ebt.enterpriseId as owner')
          .where('ebt.enterpriseId', 'in', ids)
          .orderBy('ebt.enterpriseId')
          .orderBy('ebt.categoryId'),
      );
      return groupedBy(ids, rows);
    }),
    /** The source documents that name an enterprise, by id. */
    sourcesOfEnterprise: new DataLoader<number, Source[]>(async (ids) => {
      const rows = await runCompiled(sql, ['sources-of-enterprise', ids], () =>
        sql.db
          .selectFrom('_EnterpriseToSource as l')
          .innerJoin('Source as s', 's.id', 'l.B')
          .selectAll('s')
          .select('l.A as owner')
          .where('l.A', 'in', ids)
          .orderBy('l.A')
          .orderBy('l.B'),
      );
      return groupedBy(
        ids,
        rows.map(({ owner, ...source }) => ({ owner, ...prismaRow('Source', source) })),
      );
    }),
    /** Whether a network slug exists. */
    networkExists: new DataLoader<string, boolean>(async (slugs) => {
      const rows = await prisma.network.findMany({ where: { slug: { in: [...slugs] } }, select: { slug: true } });
      const found = new Set(rows.map((r) => r.slug));
      return slugs.map((s) => found.has(s));
    }),
    /** Whether a category code exists (in any scheme, or in the scheme given as `SCHEME:CODE`). */
    categoryExists: new DataLoader<string, boolean>(async (refs) => {
      const codes = refs.map((r) => r.split(':').pop()!);
      const rows = await prisma.category.findMany({
        where: { code: { in: codes } },
        select: { scheme: true, code: true },
      });
      const found = new Set(rows.flatMap((r) => [r.code, `${r.scheme}:${r.code}`]));
      return refs.map((r) => found.has(r));
    }),
    /** An area and what it contains, by code; null for an unknown code. */
    areaScope: new DataLoader<string, AreaScope | null>(async (codes) => {
      // One statement: each area with its members' paths (a row per member, one for none).
      const rows = await runCompiled(sql, ['area-scope', codes], () =>
        sql.db
          .selectFrom('Area as a')
          .leftJoin('AreaGroupMember as gm', 'gm.groupId', 'a.id')
          .leftJoin('Area as m', 'm.id', 'gm.memberId')
          .select(['a.id', 'a.code', 'a.path', 'm.path as memberPath'])
          .where('a.code', 'in', codes)
          .orderBy('a.id')
          .orderBy('m.id'),
      );
      const byCode = new Map<string, AreaScope>();
      for (const r of rows) {
        let scope = byCode.get(r.code);
        if (!scope) byCode.set(r.code, (scope = { id: r.id, code: r.code, path: r.path, memberPaths: [] }));
        if (r.memberPath !== null) scope.memberPaths.push(r.memberPath);
      }
      return codes.map((c) => byCode.get(c) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
