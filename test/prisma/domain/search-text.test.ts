import { describe, expect, it } from 'vitest';
import { SEARCH_TEXT_SEPARATOR, searchQueryOf, searchTextOf } from '../../../prisma/domain/search-text.ts';

describe('search text', () => {
  it('folds names to lower-case NFC and joins them, skipping absent parts', () => {
    expect(searchTextOf('Ban Rai', null, 'WEAVING', undefined, '')).toBe(`ban rai${SEARCH_TEXT_SEPARATOR}weaving`);
  });

  it('folds a decomposed letter to the same text as its composed form', () => {
    expect(searchTextOf('Cafe\u0301')).toBe(searchTextOf('CAF\u00c9'));
  });

  it('folds a query the same way and trims it, so stored text contains it', () => {
    const query = searchQueryOf('  RAI Cafe\u0301 ');
    expect(query).toBe('rai café');
    expect(searchTextOf('Ban Rai Café')).toContain(query);
  });

  it('keeps a query from matching across two names', () => {
    expect(searchTextOf('Ban Rai', 'Weaving')).not.toContain(searchQueryOf('rai weaving'));
  });
});
