/**
 * The widgets' trusted documents run on graphql-jit (server/plugins/use-trusted-document-jit.ts),
 * which is safe only where it answers exactly as graphql-js does. This walks every persisted
 * document over every published indicator (each grouping, with and without filters), every
 * enterprise filter and grouping, pages after the first, and the partner graph, and requires the
 * same answer from the same SQL statements under both executors, and that graphql-jit really ran.
 */
import type { Plugin } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { WIDGET_DOCUMENTS, widgetPath, type WidgetDocumentName } from '../helpers/widget-documents.ts';

/** Records, per execution, whether graphql-jit produced the result (it leaves its `stringify` on it). */
function jitObserver(seen: boolean[]): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        seen.push(typeof (result as { stringify?: unknown }).stringify === 'function');
      },
    }),
  };
}

let jit: TestApp;
let plain: TestApp;
const jitRuns: boolean[] = [];
const plainRuns: boolean[] = [];
beforeAll(async () => {
  jit = await createTestApp({ plugins: [jitObserver(jitRuns)] });
  plain = await createTestApp({ jit: false, plugins: [jitObserver(plainRuns)] });
});
afterAll(async () => {
  await jit.close();
  await plain.close();
});

type Case = [WidgetDocumentName, Record<string, unknown>];

/** Every document's variables, from the seed's own published keys. */
async function cases(): Promise<Case[]> {
  const keys = await plain.data<{
    indicators: { edges: { node: { code: string } }[] };
    networks: { edges: { node: { slug: string } }[] };
    areas: { edges: { node: { code: string } }[] };
  }>(`{
    indicators(first: 100) { edges { node { code } } }
    networks(first: 3) { edges { node { slug } } }
    areas(first: 5) { edges { node { code } } }
  }`);
  const out: Case[] = [];
  const areaFilters = [undefined, { area: 'TH-10' }, { area: keys.areas.edges.at(-1)!.node.code }];
  for (const { node } of keys.indicators.edges) {
    const code = node.code;
    for (const filter of [...areaFilters, { kind: ['TARGET'] }]) {
      out.push(['WidgetIndicatorKpi', { code, filter }]);
      out.push(['WidgetIndicatorObservations', { code, filter, first: 5 }]);
      for (const groupBy of ['PERIOD', 'FISCAL_YEAR', 'AREA', 'CATEGORY'])
        out.push(['WidgetIndicatorSeries', { code, groupBy, filter }]);
    }
  }
  out.push(['WidgetIndicatorKpi', { code: 'NO_SUCH_INDICATOR' }]);
  for (const filter of [
    undefined,
    ...areaFilters.slice(1),
    ...keys.networks.edges.map((e) => ({ network: e.node.slug })),
    { kind: ['SOCIAL_ENTERPRISE'] },
  ]) {
    out.push(['WidgetEnterpriseList', { filter, first: 10 }]);
    for (const groupBy of ['AREA', 'KIND', 'BUSINESS_TYPE', 'ASSESSMENT_GRADE', 'NETWORK'])
      out.push(['WidgetEnterpriseStats', { groupBy, filter }]);
  }
  out.push(['WidgetEnterpriseStats', { groupBy: 'ASSESSMENT_GRADE', fiscalYear: 2567 }]);
  out.push(['WidgetPartnerGraph', {}], ['WidgetPartnerGraph', { filter: { agreementStatus: ['SIGNED'] } }]);
  // Variables graphql-js refuses, each its own way.
  out.push(
    ['WidgetPartnerGraph', { filter: { agreementStatus: ['ACTIVE'] } }],
    ['WidgetIndicatorKpi', {}],
    ['WidgetIndicatorSeries', { code: 'X', groupBy: 'AREA', filter: { area: 7 } }],
    ['WidgetEnterpriseList', { first: 'ten' }],
  );
  return out;
}

/** The first `pageInfo` in an answer. */
function pageInfoOf(value: unknown): { endCursor?: string; hasNextPage?: boolean } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  if ('pageInfo' in value) return value.pageInfo as { endCursor?: string; hasNextPage?: boolean };
  for (const v of Object.values(value)) {
    const found = pageInfoOf(v);
    if (found) return found;
  }
  return undefined;
}

/** GET by document id, as widgets send it. */
async function ask(app: TestApp, [name, variables]: Case) {
  const before = app.statements.length;
  const response = await app.request({
    method: 'GET',
    path: widgetPath(name, variables),
  });
  return { status: response.status, body: await response.json(), statements: app.statements.slice(before) };
}

describe('the widgets’ documents on graphql-jit', () => {
  it('answer every case exactly as graphql-js does, with the same SQL statements', async () => {
    const all = await cases();
    expect(new Set(all.map(([name]) => name))).toEqual(new Set(Object.keys(WIDGET_DOCUMENTS)));
    // Pages after the first, from the cursors the first pages gave.
    for (const c of [...all]) {
      if (c[0] !== 'WidgetEnterpriseList' && c[0] !== 'WidgetIndicatorObservations') continue;
      const page = pageInfoOf((await ask(plain, c)).body.data);
      if (page?.hasNextPage) all.push([c[0], { ...c[1], after: page.endCursor }]);
    }
    expect(all.some(([, v]) => 'after' in v)).toBe(true);
    jitRuns.length = 0;
    plainRuns.length = 0;
    let refused = 0;
    for (const c of all) {
      const label = `${c[0]} ${JSON.stringify(c[1])}`;
      const [a, b] = [await ask(jit, c), await ask(plain, c)];
      expect(a.status, label).toBe(b.status);
      if (b.body.data === undefined) refused++;
      expect(a.body, label).toEqual(b.body);
      // The same statements; graphql-jit may start sibling fields' loads in another order.
      expect(a.statements.length, label).toBe(b.statements.length);
      expect([...a.statements].sort(), label).toEqual([...b.statements].sort());
    }
    // Every case ran on graphql-jit, but those whose variables graphql-js refused before running.
    expect(refused).toBe(4);
    expect(jitRuns).toHaveLength(all.length - refused);
    expect(jitRuns.every(Boolean)).toBe(true);
    expect(plainRuns).toHaveLength(all.length);
    expect(plainRuns.some(Boolean)).toBe(false);
  });

  it("leave other queries on graphql-js; a widget document's exact text sent as a query runs on graphql-jit", async () => {
    jitRuns.length = 0;
    await jit.data('{ indicators(first: 2) { edges { node { code nameTh } } } }');
    await jit.data(WIDGET_DOCUMENTS.WidgetIndicatorKpi!, { code: 'STIMULUS_FAIR_SALES' });
    expect(jitRuns).toEqual([false, true]);
  });
});
