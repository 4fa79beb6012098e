/**
 * The search statement alone (schema/search-matches.ts) and the trigram index under it: the index
 * follows every write of the searchable records (kept by triggers, so also writes that bypass the
 * record write path), and what it finds is exactly "the folded search text contains the query".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCHABLE_MODELS, searchQueryOf, searchTermsOf, searchTextOf } from '../../prisma/domain/search-text.ts';
import { searchMatches } from '../../schema/search-matches.ts';
import { analyticsFixture, type AnalyticsFixture } from './analytics/fixture.ts';

let f: AnalyticsFixture;
let areaId: number;
beforeAll(async () => {
  f = analyticsFixture();
  areaId = (await f.prisma.area.findFirstOrThrow({ where: { code: 'TH-10' } })).id;
});
afterAll(() => f.close());

const termsInIndex = async (entity: string, entityId: number) =>
  (await f.prisma.searchTerm.findMany({ where: { entity, entityId }, select: { term: true } }))
    .map((t) => t.term)
    .sort();
const enterprise = (slug: string, nameTh: string, nameEn: string, publication: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
  f.prisma.enterprise.create({
    data: {
      slug,
      kind: 'COMMUNITY_ENTERPRISE',
      nameTh,
      nameEn,
      areaId,
      searchText: searchTextOf(nameTh, nameEn),
      publication,
    },
  });
const found = async (query: string, reader = f.public) =>
  (await searchMatches(reader, searchQueryOf(query), 50)).get('Enterprise') ?? [];

describe('the SearchTerm index', () => {
  it('holds the trigrams the domain function cuts, for every searchable model of the seed', async () => {
    for (const model of SEARCHABLE_MODELS) {
      const rows: { id: number; searchText: string }[] = await f.prisma.$queryRawUnsafe(
        `SELECT id, searchText FROM "${model}" ORDER BY id LIMIT 3`,
      );
      expect(rows.length, model).toBeGreaterThan(0);
      for (const row of rows) expect(await termsInIndex(model, row.id)).toEqual(searchTermsOf(row.searchText).sort());
    }
  });

  it('follows inserts, updates and deletes that bypass the record write path', async () => {
    const row = await enterprise('trigram-follow', 'วิสาหกิจชุมชนบ้านหนองบัวทอง', 'Nong Bua Thong');
    expect(await termsInIndex('Enterprise', row.id)).toEqual(searchTermsOf(row.searchText).sort());
    expect(await found('หนองบัว')).toContain(row.id);
    const searchText = searchTextOf('วิสาหกิจชุมชนบ้านดอนตาล', 'Don Tan');
    await f.prisma.enterprise.update({ where: { id: row.id }, data: { searchText } });
    expect(await termsInIndex('Enterprise', row.id)).toEqual(searchTermsOf(searchText).sort());
    expect(await found('หนองบัว')).not.toContain(row.id);
    expect(await found('ดอนตาล')).toContain(row.id);
    await f.prisma.enterprise.delete({ where: { id: row.id } });
    expect(await termsInIndex('Enterprise', row.id)).toEqual([]);
  });
});

describe('searchMatches', () => {
  it('finds Thai text inside a word, with no spaces around it, in two statements', async () => {
    const row = await enterprise('trigram-thai', 'วิสาหกิจชุมชนทอผ้าไหมแพรวา', 'Praewa silk');
    const { result, statements } = await f.counted(() => searchMatches(f.public, searchQueryOf('ผ้าไหม'), 10));
    expect(statements).toHaveLength(2);
    expect(result.get('Enterprise')).toEqual([row.id]);
  });

  it('needs the whole text, not only its trigrams: "abcd" is not found in "abcx bcd"', async () => {
    const row = await enterprise('trigram-recheck', 'ทดสอบ', 'zqabcx zqbcd');
    expect(await found('zqabc')).toEqual([row.id]);
    expect(await found('abcd')).not.toContain(row.id);
  });

  it('never matches across two names of one record', async () => {
    const row = await enterprise('trigram-separate', 'ทดสอบแยก', 'qwe separate');
    expect(await found('แยก qwe')).not.toContain(row.id);
  });

  it('finds text of one or two characters too, reading in id order until it has enough', async () => {
    const row = await enterprise('trigram-short', 'ทดสอบสั้น', 'ǂ short');
    expect(await found('ǂ')).toEqual([row.id]);
    expect(await found('ǂ ')).toEqual([row.id]);
  });

  it('finds a rare name behind the words most names start with', async () => {
    const row = await enterprise('trigram-rare', 'วิสาหกิจชุมชนฆ์ฆ์ฆ์', 'Rare one');
    expect(await found('วิสาหกิจชุมชนฆ์ฆ์')).toEqual([row.id]);
  });

  it('shows a draft to staff only, and gives each type at most `take`', async () => {
    const draft = await enterprise('trigram-draft', 'วิสาหกิจร่างลับเฉพาะ', 'Secret trigram draft', 'DRAFT');
    expect(await found('ร่างลับ')).toEqual([]);
    expect(await found('ร่างลับ', f.staff)).toEqual([draft.id]);
    const many = await searchMatches(f.public, searchQueryOf('วิสาหกิจชุมชน'), 2);
    expect(many.get('Enterprise')).toHaveLength(2);
  });
});
