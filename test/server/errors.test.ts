import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** No response may leak internals: stack frames, SQL, file paths. */
function expectNoLeak(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  expect(text).not.toMatch(/SELECT|prisma|node_modules/i);
}

describe('bad input gets a clear GraphQL error', () => {
  it.each([
    [
      'first above the cap',
      '{ enterprises(first: 1000) { totalCount } }',
      'BAD_USER_INPUT',
      /"first" must be between 0 and 100; got 1000/,
    ],
    [
      'negative first',
      '{ organisations(first: -1) { totalCount } }',
      'BAD_USER_INPUT',
      /"first" must be between 0 and 100/,
    ],
    [
      'last above the cap',
      '{ indicators(last: 101) { totalCount } }',
      'BAD_USER_INPUT',
      /"last" must be between 0 and 100/,
    ],
    [
      'first above the cap on a nested connection',
      '{ networks(first: 1) { edges { node { members(first: 500) { totalCount } } } } }',
      'BAD_USER_INPUT',
      /"first" must be between 0 and 100; got 500/,
    ],
    [
      'malformed cursor',
      '{ enterprises(first: 2, after: "not-a-cursor") { totalCount } }',
      'BAD_USER_INPUT',
      /cursor/i,
    ],
    ['malformed global ID', '{ node(id: "%%%") { id } }', 'BAD_USER_INPUT', /ID/],
    [
      'unknown enterprise slug',
      '{ enterprise(slug: "no-such-enterprise") { nameTh } }',
      'NOT_FOUND',
      /No enterprise with slug "no-such-enterprise"/,
    ],
    [
      'unknown indicator code',
      '{ indicator(code: "NO_SUCH_CODE") { nameTh } }',
      'NOT_FOUND',
      /No indicator with code "NO_SUCH_CODE"/,
    ],
    [
      'unknown area in a filter',
      '{ enterprises(filter: { area: "TH-99" }) { totalCount } }',
      'NOT_FOUND',
      /No area with code "TH-99"/,
    ],
    [
      'unknown enum value',
      '{ enterprises(filter: { kind: [NOT_A_KIND] }) { totalCount } }',
      'GRAPHQL_VALIDATION_FAILED',
      /NOT_A_KIND/,
    ],
    ['unknown field', '{ enterprises { colour } }', 'GRAPHQL_VALIDATION_FAILED', /colour/],
    ['empty search', '{ search(query: "  ") { __typename } }', 'BAD_USER_INPUT', /must not be empty/],
    [
      'search first above its cap',
      '{ search(query: "a", first: 500) { __typename } }',
      'BAD_USER_INPUT',
      /between 1 and 50/,
    ],
  ])('%s', async (_name, document, code, message) => {
    const result = await t.query(document);
    expect(result.errors, JSON.stringify(result)).toBeDefined();
    const [error] = result.errors!;
    expect(error!.message).toMatch(message);
    expect(error!.extensions?.code).toBe(code);
    expectNoLeak({ errors: result.errors, data: result.data });
  });

  it('answers an unknown but well-formed global ID with null, as Relay specifies', async () => {
    const id = Buffer.from('Enterprise:999999').toString('base64');
    const result = await t.query('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(result.errors).toBeUndefined();
    expect(result.data.node).toBeNull();
  });

  it('checks page sizes given through variables too', async () => {
    const result = await t.query('query ($n: Int) { enterprises(first: $n) { totalCount } }', { n: 1000 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects abusive queries (depth limit) without running them', async () => {
    const deep =
      '{ areas(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } } } }';
    const result = await t.query(deep);
    expect(result.errors?.[0]?.message).toMatch(/^Query depth limit of 12 exceeded/);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.statements).toHaveLength(0);
  });
});
