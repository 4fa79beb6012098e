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

/** The models `search` finds, each with a folded `searchText` column and a `SearchTerm` trigram index kept by triggers. */
export const SEARCHABLE_MODELS = ['Enterprise', 'Network', 'Organisation', 'Agreement', 'Programme'] as const;
export type SearchableModel = (typeof SEARCHABLE_MODELS)[number];

/** How many characters a search term (trigram) has. */
export const SEARCH_TERM_LENGTH = 3;

/**
 * The distinct trigrams of folded text, counted in characters (code points) as SQL's `substr` and
 * `length` count them: the terms the `SearchTerm` index holds for a stored text (its triggers cut
 * them in SQL), and the terms a query must all have. Empty for text shorter than a trigram.
 */
export function searchTermsOf(folded: string): string[] {
  const chars = Array.from(folded);
  const terms = new Set<string>();
  for (let i = 0; i + SEARCH_TERM_LENGTH <= chars.length; i++)
    terms.add(chars.slice(i, i + SEARCH_TERM_LENGTH).join(''));
  return [...terms];
}
