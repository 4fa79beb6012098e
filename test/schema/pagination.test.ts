import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PAGE = `query ($first: Int, $after: String) {
  organisations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id orgId } }
  }
}`;

describe('Relay connections', () => {
  it('pages through every organisation exactly once, matching totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const { organisations }: any = await t.data(PAGE, { first: 4, after });
      total = organisations.totalCount;
      seen.push(...organisations.edges.map((e: any) => e.node.orgId));
      expect(organisations.edges.length).toBeLessThanOrEqual(4);
      if (page > 0) expect(organisations.pageInfo.hasPreviousPage).toBe(true);
      if (!organisations.pageInfo.hasNextPage) break;
      after = organisations.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(8);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('fetches any node by its global ID', async () => {
    const { organisations } = await t.data(PAGE, { first: 3 });
    for (const edge of organisations.edges) {
      const { node } = await t.data('query ($id: ID!) { node(id: $id) { id ... on Organisation { orgId } } }', {
        id: edge.node.id,
      });
      expect(node).toEqual({ id: edge.node.id, orgId: edge.node.orgId });
    }
  });

  it('defaults to 20 per page and allows exactly 100', async () => {
    const { areas: page } = await t.data('{ areas { edges { node { code } } pageInfo { hasNextPage } } }');
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const { areas: max } = await t.data('{ areas(first: 100) { edges { node { code } } } }');
    expect(max.edges).toHaveLength(100);
  });

  it('pages a nested connection (network members) forward', async () => {
    const { networks } = await t.data('{ networks(first: 100) { edges { node { slug members { totalCount } } } } }');
    const biggest = networks.edges
      .map((e: any) => e.node)
      .sort((a: any, b: any) => b.members.totalCount - a.members.totalCount)[0];
    expect(biggest.members.totalCount).toBeGreaterThanOrEqual(3);
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const { network }: any = await t.data(
        'query ($slug: String!, $after: String) { network(slug: $slug) { members(first: 2, after: $after) { edges { node { slug } } pageInfo { hasNextPage endCursor } } } }',
        { slug: biggest.slug, after },
      );
      names.push(...network.members.edges.map((e: any) => e.node.slug));
      if (!network.members.pageInfo.hasNextPage) break;
      after = network.members.pageInfo.endCursor;
    }
    expect(names).toHaveLength(biggest.members.totalCount);
    expect(new Set(names).size).toBe(names.length);
  });

  it("pages an indicator's observations forward in order (period, area, category, id; missing first), each once", async () => {
    // CE_REGISTERED gets rows without an area, without a category and both, beside its own, in
    // the periods it has and one later, so that every part of "after the cursor" is crossed.
    const indicator = await t.prisma.indicator.findUniqueOrThrow({ where: { code: 'CE_REGISTERED' } });
    const { code, id } = indicator;
    const own = await t.prisma.observation.findMany({ where: { indicatorId: id } });
    const categories = await t.prisma.category.findMany({ take: 2, orderBy: { id: 'asc' } });
    const later = new Date(Math.max(...own.map((o) => o.periodStart.getTime())) + 86_400_000);
    let n = 0;
    for (const periodStart of [own[0]!.periodStart, later])
      for (const areaId of [null, own.find((o) => o.areaId != null)!.areaId])
        for (const categoryId of [null, categories[0]!.id, categories[1]!.id])
          for (const publication of ['PUBLISHED', 'PUBLISHED', 'DRAFT'] as const)
            await t.prisma.observation.create({
              data: {
                key: `pagination-test-${n++}`,
                indicatorId: id,
                kind: 'TARGET',
                value: 1000 + n,
                periodStart,
                periodEnd: periodStart,
                areaId,
                categoryId,
                sourceId: own[0]!.sourceId,
                publication,
              },
            });
    const expected = (
      await t.prisma.observation.findMany({
        where: {
          indicatorId: id,
          publication: 'PUBLISHED',
          OR: [{ programmeId: null }, { programme: { publication: 'PUBLISHED' } }],
        },
        orderBy: [{ periodStart: 'asc' }, { areaId: 'asc' }, { categoryId: 'asc' }, { id: 'asc' }],
        select: { value: true },
      })
    ).map((o) => `${o.value}`);
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 200; i++) {
      const { indicator }: any = await t.data(
        'query ($code: String!, $after: String) { indicator(code: $code) { observations(first: 3, after: $after) { totalCount edges { node { value } } pageInfo { hasNextPage endCursor } } } }',
        { code, after },
      );
      total = indicator.observations.totalCount;
      seen.push(...indicator.observations.edges.map((e: any) => `${e.node.value}`));
      if (!indicator.observations.pageInfo.hasNextPage) break;
      after = indicator.observations.pageInfo.endCursor;
    }
    expect(expected.length).toBeGreaterThan(3);
    expect(total).toBe(expected.length);
    expect(seen).toEqual(expected);
  });
});

describe('filters', () => {
  it('filters areas by kind and parent', async () => {
    const { provinces, bangkok } = await t.data(
      '{ provinces: areas(kind: PROVINCE) { totalCount } bangkok: areas(parent: "TH-10", kind: DISTRICT) { totalCount } }',
    );
    expect(provinces.totalCount).toBe(77);
    expect(bangkok.totalCount).toBe(50);
  });

  it('an area filter includes sub-areas: enterprises in Bangkok include those placed in its districts and subdistricts', async () => {
    const { all, bangkok, eastGroup } = await t.data(`{
      all: enterprises(first: 100) { edges { node { slug area { code parent { code parent { code } } } } } }
      bangkok: enterprises(first: 100, filter: { area: "TH-10" }) { totalCount edges { node { slug } } }
      eastGroup: enterprises(first: 100, filter: { area: "TH-10-G-KRUNGTHEP-EAST" }) { totalCount edges { node { slug area { code } } } }
    }`);
    const inBangkok = all.edges
      .map((e: any) => e.node)
      .filter((n: any) => [n.area?.code, n.area?.parent?.code, n.area?.parent?.parent?.code].includes('TH-10'))
      .map((n: any) => n.slug)
      .sort();
    expect(inBangkok.length).toBeGreaterThanOrEqual(4);
    expect(bangkok.edges.map((e: any) => e.node.slug).sort()).toEqual(inBangkok);
    // Min Buri (TH-1010) and Lat Krabang (TH-1011) are in the East Krungthep group.
    expect(eastGroup.totalCount).toBeGreaterThanOrEqual(1);
    expect(eastGroup.edges.length).toBeLessThan(bangkok.edges.length);
  });

  it('filters enterprises by kind', async () => {
    const { enterprises } = await t.data(
      '{ enterprises(first: 100, filter: { kind: [COMMUNITY_ENTERPRISE] }) { totalCount edges { node { kind } } } }',
    );
    expect(enterprises.totalCount).toBeGreaterThan(0);
    expect(enterprises.edges.every((e: any) => e.node.kind === 'COMMUNITY_ENTERPRISE')).toBe(true);
  });

  it('filters enterprises by network', async () => {
    const { networks } = await t.data(
      '{ networks(first: 1) { edges { node { slug members(first: 100) { totalCount edges { node { slug } } } } } } }',
    );
    const network = networks.edges[0].node;
    const { enterprises } = await t.data(
      'query ($n: String) { enterprises(first: 100, filter: { network: $n }) { totalCount edges { node { slug } } } }',
      {
        n: network.slug,
      },
    );
    expect(enterprises.totalCount).toBe(network.members.totalCount);
    expect(enterprises.edges.map((e: any) => e.node.slug).sort()).toEqual(
      network.members.edges.map((e: any) => e.node.slug).sort(),
    );
  });
});
