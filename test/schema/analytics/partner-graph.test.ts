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

it('holds the newest `first` agreements, each with all its signatories, and says when more matched', async () => {
  const all = await partnerGraph(f.public, null);
  expect(all.complete).toBe(true);
  const agreements = all.nodes.filter((n) => n.kind === 'AGREEMENT');
  expect(agreements.length).toBeGreaterThanOrEqual(3);
  // Newest first (by date, then id): the 2021 MOU before the two of 2020.
  expect(agreements[0]!.key).toBe('se-promotion-mou-2021');
  const { result, statements } = await f.counted(() => partnerGraph(f.public, null, 1));
  expect(statements).toHaveLength(1);
  expect(result.complete).toBe(false);
  expect(result.nodes.filter((n) => n.kind === 'AGREEMENT').map((n) => n.key)).toEqual(['se-promotion-mou-2021']);
  expect(result.edges).toHaveLength(19);
  const two = await partnerGraph(f.public, null, 2);
  expect(two.nodes.filter((n) => n.kind === 'AGREEMENT').map((n) => n.key)).toEqual(
    agreements.slice(0, 2).map((n) => n.key),
  );
  const exactly = await partnerGraph(f.public, null, agreements.length);
  expect(exactly.complete).toBe(true);
  expect(exactly.edges).toHaveLength(all.edges.length);
});

it('counts only agreements with a signatory of the asked kind towards `first`', async () => {
  const { kind } = await f.prisma.organisation.findFirstOrThrow({
    where: { publication: 'PUBLISHED', signatures: { some: {} } },
  });
  const g = await partnerGraph(f.public, { organisationKind: [kind] }, 1);
  expect(g.nodes.filter((n) => n.kind === 'AGREEMENT')).toHaveLength(1);
  expect(g.nodes.filter((n) => n.kind === 'ORGANISATION').every((n) => n.group === kind)).toBe(true);
  expect(await partnerGraph(f.public, { agreementStatus: [] })).toEqual({ nodes: [], edges: [], complete: true });
});
