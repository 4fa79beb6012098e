/** Per-request DataLoaders for look-ups that filters repeat (an area code used by several fields). */
import DataLoader from 'dataloader';
import type { Reader } from '../prisma/visibility.ts';

export interface AreaScope {
  id: number;
  code: string;
  path: string;
  /** Paths of the member areas, for groupings such as Bangkok's district groups. */
  memberPaths: string[];
}

export function createLoaders(prisma: Reader) {
  return {
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
      const rows = await prisma.area.findMany({
        where: { code: { in: [...codes] } },
        select: { id: true, code: true, path: true, groupMembers: { select: { member: { select: { path: true } } } } },
      });
      const byCode = new Map(
        rows.map((r) => [
          r.code,
          { id: r.id, code: r.code, path: r.path, memberPaths: r.groupMembers.map((m) => m.member.path) },
        ]),
      );
      return codes.map((c) => byCode.get(c) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
