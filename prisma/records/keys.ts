/**
 * Natural keys and search text shared by the record types and the seed loader. Here, not in the
 * seed loader, so that records depend on nothing in seed/.
 */

/** Lower-cased, NFC-normalised text to match search queries against, on any database. */
export function searchTextOf(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .map((p) => p!.normalize('NFC').toLowerCase())
    .join(' \u0001 ');
}

/** The natural key of an observation: what it measures, when, where and in which breakdown. */
export function observationKey(
  indicatorCode: string,
  o: { kind: string; periodStart: string; periodEnd: string; area?: string | undefined; category?: string | undefined },
): string {
  return [indicatorCode, o.kind, o.periodStart, o.periodEnd, o.area ?? '', o.category ?? ''].join('|');
}
