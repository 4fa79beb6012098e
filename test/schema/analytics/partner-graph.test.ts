/** partnerGraph alone: one statement for every visible signature. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { partnerGraph } from '../../../schema/analytics/partner-graph.ts';
import { analyticsFixture, type AnalyticsFixture } from './fixture.ts';

let f: AnalyticsFixture;
beforeAll(() => {
  f = analyticsFixture();
});
afterAll(() => f.close());

it('links the 2021 MOU to its 18 signatories and its chair, in one statement', async () => {
  const { result, statements } = await f.counted(() => partnerGraph(f.public, { agreementStatus: ['SIGNED'] }));
  expect(statements).toHaveLength(1);
  const mou = result.nodes.find((n) => n.key === 'se-promotion-mou-2021')!;
  const toMou = result.edges.filter((e) => e.target === mou.id);
  expect(toMou.filter((e) => e.role === 'SIGNATORY')).toHaveLength(18);
  expect(toMou.filter((e) => e.role === 'PRESIDING')).toHaveLength(1);
  expect(mou.degree).toBe(19);
  const ids = new Set(result.nodes.map((n) => n.id));
  expect(result.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
});
