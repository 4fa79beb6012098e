/**
 * "Contains this text" without wildcards. Prisma's `contains` becomes `LIKE '%…%'` with no
 * ESCAPE clause, so `%` and `_` in the text act as wildcards (and `\` escapes on PostgreSQL).
 * The database narrows by the text's wildcard-free pieces; an exact check on the rows finishes.
 */

/** Characters LIKE treats specially on SQLite or PostgreSQL. */
const SPECIAL = /[%_\\]/;

/** A `where` on `column` that every row containing `text` satisfies (more rows when `text` has wildcards). */
export function containsPieces(column: string, text: string): Record<string, unknown> {
  const pieces = text.split(SPECIAL).filter(Boolean);
  return { AND: pieces.map((piece) => ({ [column]: { contains: piece } })) };
}

/**
 * Up to `take` rows (in id order) whose `searchText` contains `text` literally. `page` reads rows
 * matching `containsPieces` after an id; when the text has no wildcard, the first page is exact.
 */
export async function findContaining<Row extends { id: number; searchText: string }>(
  text: string,
  take: number,
  page: (where: Record<string, unknown>, afterId: number, take: number) => Promise<Row[]>,
): Promise<Row[]> {
  const where = containsPieces('searchText', text);
  if (!SPECIAL.test(text)) return page(where, 0, take);
  const found: Row[] = [];
  // Batches bound the memory a "%" search can take; each row is checked exactly.
  const batch = Math.max(take * 4, 100);
  for (let afterId = 0; found.length < take;) {
    const rows = await page(where, afterId, batch);
    found.push(...rows.filter((r) => r.searchText.includes(text)));
    if (rows.length < batch) break;
    afterId = rows.at(-1)!.id;
  }
  return found.slice(0, take);
}
