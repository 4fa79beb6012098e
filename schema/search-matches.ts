/**
 * Which records `search` finds: the first `take` visible records of each searchable type (in id
 * order) whose folded `searchText` contains the query, in one statement for the five types (after
 * one small statement that picks the trigram to walk).
 *
 * A query of three characters or more is narrowed by the `SearchTerm` trigram index (kept by
 * triggers, see prisma/schema.prisma): a branch walks the postings of the query's rarest trigram
 * in id order through the index's primary key, keeps the records that also hold the others, and
 * stops at `take` matches, so it reads in proportion to the matches, not the table. Trigrams, not
 * words, because Thai has no spaces between words. Every candidate is then checked with
 * `LIKE … ESCAPE`, so the answer is exactly "contains the text" and `%` and `_` are text, not
 * wildcards. A shorter query matches most records: its branch reads in id order and stops at
 * `take` matches.
 *
 * Through the caller's SQL reader, so the public sees published records only.
 */
import { sql as raw, type Expression, type SqlBool } from 'kysely';
import { SEARCHABLE_MODELS, searchTermsOf, type SearchableModel } from '../prisma/domain/search-text.ts';
import type { SqlReader } from '../prisma/visibility-sql.ts';

/**
 * The most trigrams a query is narrowed by (the rarest ones); the LIKE check does the rest.
 * @default 6
 */
const MAX_TERMS = 6;
/** The most trigrams counted to find the rarest, spread over the query's length. @default 12 */
const COUNTED_TERMS = 12;

/** `text` as a LIKE pattern that matches it anywhere, literally (`\` escapes on both dialects). */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** Up to `max` of the terms, first and last included, evenly spaced. */
function spread(terms: string[], max: number): string[] {
  if (terms.length <= max) return terms;
  return Array.from({ length: max }, (_, i) => terms[Math.round((i * (terms.length - 1)) / (max - 1))]!);
}

/**
 * Postings counted per trigram when choosing which one to walk: enough to tell a trigram that
 * joins two common words (ชนบ in วิสาหกิจชุมชนบ้าน…: 6,000 at 1M observations) from one that
 * most names hold (วิส: 80,000). @default 10,000
 */
const COUNT_UP_TO = 10_000;

/**
 * The terms, the one with the fewest postings first (counted up to COUNT_UP_TO each, in one
 * statement over the index's primary key): the walk reads the lead's postings, so a query whose
 * every word is common still reads about as many entries as its rarest trigram has.
 */
async function rarestFirst(reader: SqlReader, terms: string[]): Promise<string[]> {
  if (terms.length < 2) return terms;
  const db = reader.db;
  const [first, ...others] = terms.map((term, i) =>
    db
      .selectFrom(db.selectFrom('SearchTerm').select('term').where('term', '=', term).limit(COUNT_UP_TO).as('p'))
      .select((eb) => [eb.val(i).as('i'), eb.fn.countAll().as('n')]),
  );
  const counts = await others.reduce((all, next) => all.unionAll(next), first!).execute();
  const postings = new Map(counts.map((c) => [Number(c.i), Number(c.n)]));
  return terms
    .map((term, i) => ({ term, n: postings.get(i) ?? 0 }))
    .sort((a, b) => a.n - b.n)
    .map((t) => t.term);
}

/** Ids of the records whose search text contains `folded` (already folded), by type, in id order. */
export async function searchMatches(
  reader: SqlReader,
  folded: string,
  take: number,
): Promise<Map<SearchableModel, number[]>> {
  const db = reader.db;
  const pattern = containsPattern(folded);
  const [lead, ...rest] = (await rarestFirst(reader, spread(searchTermsOf(folded), COUNTED_TERMS))).slice(0, MAX_TERMS);
  const contains = (ref: string): Expression<SqlBool> => raw<SqlBool>`${raw.ref(ref)} like ${pattern} escape '\\'`;
  const branch = (entity: SearchableModel) => {
    if (lead === undefined)
      return db
        .selectFrom(db.dynamic.table(entity).as('r'))
        .select((eb) => [eb.val(entity).as('entity'), 'r.id'])
        .where(contains('r.searchText'))
        .orderBy('r.id')
        .limit(take);
    return (
      db
        .selectFrom(db.dynamic.table(entity).as('r'))
        .innerJoin('SearchTerm as t', 't.entityId', 'r.id')
        .select((eb) => [eb.val(entity).as('entity'), 'r.id'])
        .where('t.term', '=', lead)
        .where('t.entity', '=', entity)
        .where((eb) =>
          eb.and(
            rest.map((term) =>
              eb.exists(
                eb
                  .selectFrom('SearchTerm as u')
                  .select(eb.lit(1).as('one'))
                  .where('u.term', '=', term)
                  .whereRef('u.entity', '=', 't.entity')
                  .whereRef('u.entityId', '=', 't.entityId'),
              ),
            ),
          ),
        )
        .where(contains('r.searchText'))
        // The index's own order (term, entity, entityId): no sort, and the walk stops at the limit.
        .orderBy('t.entityId')
        .limit(take)
    );
  };
  const [first, ...others] = SEARCHABLE_MODELS.map((entity) =>
    db.selectFrom(branch(entity).as(`m_${entity}`)).selectAll(),
  );
  const rows = await others.reduce((all, next) => all.unionAll(next), first!).execute();
  const found = new Map<SearchableModel, number[]>();
  for (const row of rows) {
    const entity = row.entity;
    found.set(entity, [...(found.get(entity) ?? []), row.id]);
  }
  return found;
}
