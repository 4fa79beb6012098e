/** Area filters: "this area and everything inside it", as a Prisma condition on an `Area` relation. */
import type { Prisma } from '../prisma/client.ts';

/**
 * The area with this code, every area below it in the administrative hierarchy (its code is in
 * their materialised path), and for a grouping (a Bangkok district group, a province cluster) its
 * members and the two levels below them. Synchronous, so nested relation queries can use it.
 */
export function areaWithin(code: string): Prisma.AreaWhereInput {
  const inGroup = { memberOf: { some: { group: { code } } } };
  return {
    OR: [{ path: { contains: `/${code}/` } }, inGroup, { parent: inGroup }, { parent: { parent: inGroup } }],
  };
}
