/** The tables' sort: in the browser, over every loaded row, in the reader's language. */
import type { Lang } from './format.ts';

export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null;

/**
 * Sorts rows by a column's values: numbers as numbers, text with the language's collation (Thai
 * order for Thai), empty values last in either direction, ties in their original order.
 */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  direction: SortDirection,
  lang: Lang,
): T[] {
  const collator = collatorFor(lang);
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value == null || b.value == null) return a.value == null ? (b.value == null ? a.index - b.index : 1) : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}

const collators = new Map<Lang, Intl.Collator>();
function collatorFor(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang === 'th' ? 'th' : 'en', { numeric: true })));
  return c;
}
