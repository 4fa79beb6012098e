/**
 * The query limits let every query we publish through (widget documents, GraphiQL examples, the
 * README's examples, Relay- and Apollo-shaped compiled queries) and refuse abusive ones with a code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.ts';
import { DEFAULT_MAX_COST, operationCost } from '../../server/plugins/use-cost-limit.ts';
import { exampleOperations } from '../../server/yoga.ts';
import { WIDGET_DOCUMENTS } from '../helpers/widget-documents.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { ROOT } from '../helpers/paths.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LIMIT_CODES = ['QUERY_TOO_COMPLEX', 'EXECUTION_TIMEOUT'];
const limitErrors = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).filter((e) => LIMIT_CODES.includes(String(e.extensions?.code)));

/** The largest variables each widget sends (the table pages 100 rows; AREA is the costliest grouping). */
const WIDGET_VARIABLES = { code: 'STIMULUS_FAIR_SALES', groupBy: 'AREA', first: 100 };

const readmeExamples = [...readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  (m) => m[1]!,
);

describe('published queries pass the limits', () => {
  it.each(Object.entries(WIDGET_DOCUMENTS))('widget document %s', async (_name, document) => {
    const result = await t.query(document, WIDGET_VARIABLES);
    expect(limitErrors(result)).toEqual([]);
    expect(result.data).toBeTruthy();
  });

  it.each(exampleOperations().map((e) => [e.name, e.query]))('GraphiQL example %s', async (_name, query) => {
    const result = await t.query(query);
    expect(result.errors).toBeUndefined();
  });

  it('finds the README examples', () => expect(readmeExamples.length).toBeGreaterThanOrEqual(3));

  it.each(readmeExamples.map((q, i) => [i + 1, q]))('README example %i', async (_i, query) => {
    const { editor } = await t.tokens();
    const result = await t.query(query, undefined, editor);
    expect(limitErrors(result)).toEqual([]);
    if (!query.trim().startsWith('mutation')) expect(result.errors).toBeUndefined();
  });

  it('lets a Relay-compiled query with nested fragment spreads through (depth counts fields)', async () => {
    // Eight field levels, reached through seven fragment spreads, as relay-compiler emits them.
    const relay = /* GraphQL */ `
      query AppQuery { ...App_query }
      fragment App_query on Query { enterprises(first: 5) { ...EnterpriseList_connection } }
      fragment EnterpriseList_connection on EnterpriseConnection { edges { cursor node { id ...EnterpriseRow_enterprise } } pageInfo { hasNextPage endCursor } }
      fragment EnterpriseRow_enterprise on Enterprise { id nameTh ...EnterpriseArea_enterprise }
      fragment EnterpriseArea_enterprise on Enterprise { area { id ...AreaLabel_area } }
      fragment AreaLabel_area on Area { id nameTh parent { id ...AreaParent_area } }
      fragment AreaParent_area on Area { id nameEn parent { id ...AreaName_area } }
      fragment AreaName_area on Area { id nameTh }
    `;
    const result = await t.query(relay);
    expect(result.errors).toBeUndefined();
    expect(result.data.enterprises.edges.length).toBeGreaterThan(0);
  });

  it('lets an Apollo-shaped query with __typename everywhere and inline fragments through', async () => {
    const apollo = /* GraphQL */ `
      query Network { networks(first: 3) { __typename edges { __typename node { __typename id ...NetworkCard } } } }
      fragment NetworkCard on Network { nameTh members(first: 3) { __typename edges { __typename node { __typename ... on Enterprise { id ...Member } } } } }
      fragment Member on Enterprise { nameTh area { __typename id ...Place } }
      fragment Place on Area { nameTh parent { __typename id ... on Area { nameEn } } }
    `;
    const result = await t.query(apollo);
    expect(result.errors).toBeUndefined();
  });

  it('keeps every published query well under the cost limit (costs computed as the server does)', () => {
    const costs = [
      ...Object.values(WIDGET_DOCUMENTS).map((d) => operationCost(schema, parse(d), WIDGET_VARIABLES)!),
      ...exampleOperations().map((e) => operationCost(schema, parse(e.query), {})!),
      ...readmeExamples.map((q) => operationCost(schema, parse(q), {})!),
    ];
    expect(Math.max(...costs)).toBeLessThanOrEqual(DEFAULT_MAX_COST * 0.8);
  });
});

describe('abusive queries are refused before they run', () => {
  const fifteen = (field: string) =>
    `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: indicator(code: "STIMULUS_FAIR_SALES") { ${field} }`).join(' ')} }`;

  it.each([
    ['total', 'total(filter: { fiscalYear: 2567 }) { value }'],
    ['series', 'series(groupBy: AREA) { points { key value } }'],
    ['latest', 'latest { value }'],
  ])('15 aliased Indicator.%s: QUERY_TOO_COMPLEX naming the cost and the limit, no SQL', async (_n, field) => {
    const result = await t.query(fifteen(field));
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/^Query cost limit of 10000 exceeded, found \d+/);
    expect(result.statements).toHaveLength(0);
  });

  it('prices page sizes given through variables', async () => {
    const nested = 'query ($n: Int) { indicators(first: $n) { edges { node { total { value } } } } }';
    expect((await t.query(nested, { n: 2 })).errors).toBeUndefined();
    const big = await t.query(nested, { n: 100 });
    expect(big.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(big.statements).toHaveLength(0);
    // Costs are remembered per document and variables: each pair keeps its own.
    expect((await t.query(nested, { n: 2 })).errors).toBeUndefined();
    expect((await t.query(nested, { n: 100 })).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('stops a widget document (run by graphql-jit, which ignores the abort signal) at the deadline too', async () => {
    const slow = await createTestApp({ executionTimeoutMs: 1 });
    try {
      const result = await slow.query(WIDGET_DOCUMENTS.WidgetIndicatorSeries!, WIDGET_VARIABLES);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['EXECUTION_TIMEOUT']);
      expect(result.data ?? null).toBeNull();
    } finally {
      await slow.close();
    }
  });

  it('stops an operation that outlives the execution timeout with EXECUTION_TIMEOUT', async () => {
    const slow = await createTestApp({ executionTimeoutMs: 1 });
    try {
      const result = await slow.query(
        '{ indicator(code: "STIMULUS_FAIR_SALES") { series(groupBy: AREA) { total } latest { value } } }',
      );
      expect(result.errors?.map((e) => e.extensions?.code)).toContain('EXECUTION_TIMEOUT');
      expect(result.errors?.[0]?.message).toMatch(/did not finish within 1 ms/);
    } finally {
      await slow.close();
    }
  });
});
