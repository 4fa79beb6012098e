/** `search` finds `%` and `_` as text: they are not LIKE wildcards. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let slug: string;
beforeAll(async () => {
  t = await createTestApp();
  const row = await t.prisma.enterprise.findFirstOrThrow({ where: { publication: 'PUBLISHED' } });
  slug = row.slug;
  await t.prisma.enterprise.update({
    where: { id: row.id },
    data: { nameEn: '100%_Pure Rice', searchText: `${row.searchText} 100%_pure rice` },
  });
});
afterAll(() => t.close());

const found = async (query: string) =>
  (await t.data('query ($q: String!) { search(query: $q, first: 50) { ... on Enterprise { slug } } }', { q: query }))
    .search;

it('finds a name that contains % and _ literally', async () => {
  expect(await found('100%_pure')).toEqual([{ slug }]);
  expect(await found('0%_p')).toEqual([{ slug }]);
});

it('does not treat % and _ as wildcards', async () => {
  expect(await found('%')).toEqual([{ slug }]);
  expect(await found('_')).toEqual([{ slug }]);
  expect(await found('100_%pure')).toEqual([]);
  expect(await found('1%e')).toEqual([]);
  expect(await found('rice_')).toEqual([]);
});
