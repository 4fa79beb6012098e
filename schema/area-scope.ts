/** Area filters: "this area and everything inside it", as a Prisma condition on an `Area` relation. */
import type { Prisma } from '../prisma/client.ts';
import type { AreaScope } from './loaders.ts';

/**
 * Sorts after every character a path can hold, so `[path, path + PATH_END)` is exactly the paths
 * that start with `path`. U+FFFF sorts after all of the Basic Multilingual Plane (ASCII codes, Thai)
 * in UTF-8 byte order (SQLite, PostgreSQL's "C"), and the Unicode collation (CLDR root, PostgreSQL's
 * ICU collations) gives it the highest weight for this use. The '~' it replaces sorts last in byte
 * order only: under an ICU collation the range held no area at all (found by
 * test/schema/analytics/postgres-dialect.test.ts).
 */
export const PATH_END = '\uFFFF';

/**
 * The area with this code, every area below it in the administrative hierarchy (their materialised
 * path starts with its path), and for a grouping (a Bangkok district group, a province cluster) its
 * members and the two levels below them. The prefix is a range, `path >= p AND path < p + PATH_END`, so
 * the `Area(path)` index serves it on SQLite and PostgreSQL alike (as schema/analytics/sql-scope.ts);
 * a `LIKE '%/code/%'` could use no index. `path` is the area's own (`areaPathOf`); null when no
 * area has the code, and then only a grouping by that code could match (none does).
 */
export function areaWithin(code: string, path: string | null): Prisma.AreaWhereInput {
  const inGroup = { memberOf: { some: { group: { code } } } };
  const below: Prisma.AreaWhereInput = path ? { path: { gte: path, lt: path + PATH_END } } : { id: { in: [] } };
  return { OR: [below, inGroup, { parent: inGroup }, { parent: { parent: inGroup } }] };
}

/**
 * The same areas as `areaWithin`, from the area's scope as the request's loader read it
 * (`loaders.areaScope`: its path and its members' paths): only index ranges on `path`, its own and
 * each member's, so the statement looks up no group membership. Prisma compiled and SQLite ran the
 * membership form (three correlated subqueries) for every row of a page; this is a plain range.
 * A null scope (no area has the code, so no grouping has it either) matches nothing.
 */
export function areaWithinScope(scope: AreaScope | null): Prisma.AreaWhereInput {
  if (!scope) return { id: { in: [] } };
  const ranges = [scope.path, ...scope.memberPaths].map((p) => ({ path: { gte: p, lt: p + PATH_END } }));
  return ranges.length === 1 ? ranges[0]! : { OR: ranges };
}

/** An area's materialised path by its code, or null for an unknown code. */
export async function areaPathOf(
  reader: {
    area: {
      findUnique(args: { where: { code: string }; select: { path: true } }): Promise<{ path: string } | null>;
    };
  },
  code: string,
): Promise<string | null> {
  return (await reader.area.findUnique({ where: { code }, select: { path: true } }))?.path ?? null;
}
