/**
 * Abusive GraphQL operations: each is refused with a coded error before it can cost much, or gets
 * a safe answer. The runner (attacks.test.ts) sends them to a real server.
 */
import { expect } from 'vitest';
import { errorCodes, viaFetch, type AttackCase, type AttackContext, type AttackResponse } from './attack-case.ts';

/** POSTs an operation as a GraphQL client would. */
const gql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  (ctx: AttackContext) =>
    viaFetch(`${ctx.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

const json = (res: AttackResponse) => JSON.parse(res.body) as { data?: any; errors?: { message: string }[] };

/** No stack frames, SQL or paths in what the caller sees. */
const noInternals = (res: AttackResponse) => {
  expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|SELECT /);
};

/** Refused before running: the code, and no data. */
const refused = (code: string | RegExp, message?: RegExp) => (res: AttackResponse) => {
  const codes = errorCodes(res);
  expect(codes.length, res.body).toBeGreaterThan(0);
  expect(codes[0]).toMatch(code);
  if (message) expect(json(res).errors![0]!.message).toMatch(message);
  expect(json(res).data ?? null).toBeNull();
  noInternals(res);
};

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
const b64 = (s: string) => Buffer.from(s).toString('base64');

export const cases: AttackCase[] = [
  {
    name: 'GraphQL depth bomb: 20 nested area parents',
    send: gql(`{ areas(first: 1) { edges { node { ${'parent { '.repeat(20)}code${' }'.repeat(20)} } } } }`),
    check: refused('QUERY_TOO_COMPLEX', /depth limit of 12 exceeded/),
  },
  {
    name: 'GraphQL alias bomb: 40 aliased aggregates',
    send: gql(`{ ${repeat(40, (i) => `a${i}: enterpriseStats(groupBy: AREA) { total }`)} }`),
    check: refused('QUERY_TOO_COMPLEX'),
  },
  {
    name: 'GraphQL cost bomb: 15 aliased Indicator.series (the reported 2.4-5.9 s query)',
    send: gql(
      `{ ${repeat(15, (i) => `s${i}: indicator(code: "STIMULUS_FAIR_SALES") { series(groupBy: AREA, filter: { fiscalYear: ${2560 + i} }) { points { key value } } }`)} }`,
    ),
    check: refused('QUERY_TOO_COMPLEX', /^Query cost limit of 10000 exceeded, found \d+/),
  },
  {
    name: 'GraphQL fragment bomb: fragments nesting 100-row connections in each other',
    send: gql(`
      query { ...Q }
      fragment Q on Query { networks(first: 100) { edges { node { ...N } } } }
      fragment N on Network { members(first: 100) { edges { node { ...E } } } }
      fragment E on Enterprise { networks { members(first: 100) { edges { node { nameTh sources { title } } } } } }
    `),
    check: refused('QUERY_TOO_COMPLEX', /cost limit/),
  },
  {
    name: 'GraphQL cyclic fragments',
    send: gql(`
      query { areas(first: 1) { edges { node { ...A } } } }
      fragment A on Area { parent { ...B } }
      fragment B on Area { parent { ...A } }
    `),
    check: refused(/GRAPHQL_VALIDATION_FAILED|QUERY_TOO_COMPLEX/),
  },
  {
    name: 'GraphQL directive bomb: 50 @include on one field',
    send: gql(`{ sources { key ${'@include(if: true) '.repeat(50)} } }`),
    check: refused(/QUERY_TOO_COMPLEX|GRAPHQL_VALIDATION_FAILED/),
  },
  {
    name: 'GraphQL huge first: a million rows',
    send: gql('{ enterprises(first: 1000000) { edges { node { nameTh } } } }'),
    check: (res) => {
      expect(errorCodes(res)).toContain('BAD_USER_INPUT');
      expect(json(res).errors![0]!.message).toMatch(/between 0 and 100/);
      noInternals(res);
    },
  },
  {
    name: 'GraphQL page-size bomb through variables: 100 × 100 nested rows',
    send: gql(
      'query ($n: Int) { networks(first: $n) { edges { node { members(first: $n) { edges { node { nameTh area { nameTh } sources { title } } } } } } } }',
      { n: 100 },
    ),
    check: refused('QUERY_TOO_COMPLEX'),
  },
  {
    name: 'GraphQL aggregate per row: a series for each of 100 indicators',
    send: gql('{ indicators(first: 100) { edges { node { series(groupBy: AREA) { total } } } } }'),
    check: refused('QUERY_TOO_COMPLEX'),
  },
  {
    name: 'GraphQL introspection-depth abuse: fields → type → fields → …',
    send: gql(
      '{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }',
    ),
    check: refused('GRAPHQL_VALIDATION_FAILED', /introspection depth/i),
  },
  {
    name: 'GraphQL wildcard search: "%" matches nothing literally',
    send: gql('{ search(query: "%", first: 50) { __typename } }'),
    check: (res) => {
      expect(res.status).toBe(200);
      expect(json(res)).toEqual({ data: { search: [] } });
    },
  },
  {
    name: 'GraphQL wildcard search: "_" and "a_" are not single-character wildcards',
    send: gql('{ one: search(query: "_", first: 50) { __typename } two: search(query: "a_", first: 50) { __typename } }'),
    check: (res) => expect(json(res)).toEqual({ data: { one: [], two: [] } }),
  },
  {
    name: 'GraphQL bad cursor',
    send: gql('{ enterprises(first: 2, after: "bm90LWEtY3Vyc29y") { totalCount } sources { key } }'),
    check: (res) => {
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      noInternals(res);
    },
  },
  {
    name: 'GraphQL bad global ID in node and nodes',
    send: gql('{ node(id: "%%%") { id } nodes(ids: ["bogus", "Zm9v"]) { id } sources { key } }'),
    check: (res) => {
      const body = json(res);
      expect(body.data.node).toBeNull();
      expect(body.data.nodes).toEqual([null, null]);
      expect(body.data.sources.length).toBeGreaterThan(0);
      expect(errorCodes(res).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
      noInternals(res);
    },
  },
  {
    name: 'GraphQL global ID of an unknown or non-node type',
    send: gql('query ($a: ID!, $b: ID!, $c: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } c: node(id: $c) { id } }', {
      a: b64('Foo:1'),
      b: b64('ApiToken:1'),
      c: b64('AuditLog:1'),
    }),
    check: (res) => {
      expect(json(res)).toEqual({ data: { a: null, b: null, c: null } });
      expect(res.body).not.toMatch(/has not been implemented/);
    },
  },
  {
    name: 'GraphQL token guessing: every wrong token gets the same answer',
    send: async (ctx) => {
      const guesses = [
        'phl_guess',
        `${ctx.editorToken}x`,
        ctx.editorToken.slice(0, -1) + (ctx.editorToken.endsWith('A') ? 'B' : 'A'),
        'phl_' + 'A'.repeat(32),
      ];
      const answers = await Promise.all(guesses.map((g) => gql('{ sources { key } }', undefined, { authorization: `Bearer ${g}` })(ctx)));
      const distinct = new Set(answers.map((a) => `${a.status} ${a.body}`));
      return { ...answers[0]!, body: distinct.size === 1 ? answers[0]!.body : JSON.stringify([...distinct]) };
    },
    check: (res) => {
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(json(res).errors![0]!.message).toBe('The API token is not valid: it may be mistyped, revoked or expired.');
    },
  },
];
