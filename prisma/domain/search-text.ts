/**
 * Search-text folding, one rule for what is stored and what is asked: NFC-normalised and
 * lower-cased, so that a search matches on any database without collations.
 */

/** Separates the parts of a stored search text, so that a query cannot match across two names. */
export const SEARCH_TEXT_SEPARATOR = ' \u0001 ';

/** The stored search text of a record: its names, acronyms and themes, folded and joined. */
export function searchTextOf(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .map((p) => p!.normalize('NFC').toLowerCase())
    .join(SEARCH_TEXT_SEPARATOR);
}

/** A search query folded the same way as stored text, with the blanks at its ends dropped. */
export const searchQueryOf = (text: string): string => text.normalize('NFC').trim().toLowerCase();
