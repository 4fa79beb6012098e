/**
 * The request loaders that read rows with the SQL builder (schema/loaders.ts): they return what
 * the Prisma client returns for the same rows, they see only what the public reader sees, and an
 * indicator widget's look-ups cost one statement each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../schema/context.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The seed has no business types: two, added in reverse order of their ids. */
async function giveBusinessTypes(enterpriseId: number) {
  const categories = await t.prisma.category.findMany({ where: { scheme: 'BUSINESS_TYPE' }, take: 2 });
  for (const c of categories.reverse())
    await t.prisma.enterpriseBusinessType.upsert({
      where: { enterpriseId_categoryId: { enterpriseId, categoryId: c.id } },
      create: { enterpriseId, categoryId: c.id },
      update: {},
    });
}

const anonymous = () => createContext(t.prisma);
const staff = () => createContext(t.prisma, { auth: { role: 'VIEWER', tokenId: 1, actor: 'test' } });

describe('rows in the Prisma client shape', () => {
  it('an indicator (booleans, date-times) equals what Prisma reads', async () => {
    const expected = await t.prisma.indicator.findUniqueOrThrow({ where: { code: 'STIMULUS_FAIR_SALES' } });
    expect(await anonymous().loaders.indicatorByCode.load('STIMULUS_FAIR_SALES')).toEqual(expected);
    expect(typeof expected.higherIsBetter).toBe('boolean');
  });

  it('sources, areas, categories and units equal what Prisma reads', async () => {
    const ctx = anonymous();
    const source = await t.prisma.source.findFirstOrThrow();
    expect(await ctx.loaders.sourceById.load(source.id)).toEqual(source);
    const area = await t.prisma.area.findUniqueOrThrow({ where: { code: 'TH-1001' } });
    expect(await ctx.loaders.areaById.load(area.id)).toEqual(area);
    const category = await t.prisma.category.findFirstOrThrow();
    expect(await ctx.loaders.categoryById.load(category.id)).toEqual(category);
    const unit = await t.prisma.unit.findFirstOrThrow();
    expect(await ctx.loaders.unitByCode.load(unit.code)).toEqual(unit);
  });

  it("an enterprise's business types and sources equal Prisma's, in its order", async () => {
    const { id } = await t.prisma.enterprise.findFirstOrThrow({ where: { sources: { some: {} } } });
    await giveBusinessTypes(id);
    const enterprise = await t.prisma.enterprise.findUniqueOrThrow({
      where: { id },
      include: { businessTypes: { include: { category: true } }, sources: true },
    });
    expect(enterprise.businessTypes.length).toBe(2);
    const ctx = anonymous();
    expect(await ctx.loaders.businessTypesOf.load(enterprise.id)).toEqual(
      enterprise.businessTypes.map((b) => b.category),
    );
    expect(await ctx.loaders.sourcesOfEnterprise.load(enterprise.id)).toEqual(enterprise.sources);
  });

  it('an area scope lists its members, and an unknown code is null', async () => {
    const scope = await anonymous().loaders.areaScope.load('TH-10');
    const area = await t.prisma.area.findUniqueOrThrow({
      where: { code: 'TH-10' },
      include: { groupMembers: { include: { member: true } } },
    });
    expect(scope).toEqual({
      id: area.id,
      code: 'TH-10',
      path: area.path,
      memberPaths: area.groupMembers.map((m) => m.member.path),
    });
    expect(await anonymous().loaders.areaScope.load('NO-SUCH-AREA')).toBeNull();
  });
});

describe('the public rule applies', () => {
  it('a draft indicator and a draft enterprise’s business types exist for staff only', async () => {
    const enterprise = await t.prisma.enterprise.findFirstOrThrow({ where: { publication: 'PUBLISHED' } });
    await giveBusinessTypes(enterprise.id);
    const indicator = await t.prisma.indicator.findUniqueOrThrow({ where: { code: 'STIMULUS_FAIR_SALES' } });
    await t.prisma.enterprise.update({ where: { id: enterprise.id }, data: { publication: 'DRAFT' } });
    await t.prisma.indicator.update({ where: { id: indicator.id }, data: { publication: 'DRAFT' } });
    try {
      expect(await anonymous().loaders.indicatorByCode.load(indicator.code)).toBeNull();
      expect(await anonymous().loaders.businessTypesOf.load(enterprise.id)).toEqual([]);
      expect(await staff().loaders.indicatorByCode.load(indicator.code)).toMatchObject({ id: indicator.id });
      expect((await staff().loaders.businessTypesOf.load(enterprise.id)).length).toBeGreaterThan(0);
      const result = await t.query(`{ indicator(code: "${indicator.code}") { code } }`);
      expect(result.data?.indicator).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await t.prisma.enterprise.update({ where: { id: enterprise.id }, data: { publication: 'PUBLISHED' } });
      await t.prisma.indicator.update({ where: { id: indicator.id }, data: { publication: 'PUBLISHED' } });
    }
  });
});

describe('statements', () => {
  it("an indicator's look-ups are batched across aliases, and none goes through Prisma", async () => {
    const result = await t.query(`{
      a: indicator(code: "STIMULUS_FAIR_SALES") { code unit { code } total { sources { key } } }
      b: indicator(code: "CE_REGISTERED") { code unit { code } total { sources { key } } }
    }`);
    expect(result.errors).toBeUndefined();
    const reading = (table: string) => result.statements.filter((s) => s.startsWith(`select * from ${table}`));
    // Both indicators in one statement, both units in one; no Prisma statement (Prisma quotes with backticks).
    expect(reading('(select * from "Indicator"')).toHaveLength(1);
    expect(reading('"Unit"')).toHaveLength(1);
    expect(result.statements.filter((s) => s.includes('`'))).toEqual([]);
  });

  it('an observations page without relations is read without Prisma, with the same rows as with them', async () => {
    // One indicator with an approximate value, one with categories.
    const fields = (extra: string) => `observations(first: 30) { edges { node {
      id kind value approximate noteTh period { start end fiscalYear } area { code } category { code } source { key publishedOn } ${extra}
    } } }`;
    const page = (extra: string) =>
      `{ a: indicator(code: "STIMULUS_FAIR_SALES") { ${fields(extra)} } b: indicator(code: "CE_REGISTERED") { ${fields(extra)} } }`;
    const light = await t.query(page(''));
    expect(light.errors).toBeUndefined();
    expect(light.statements.filter((s) => s.includes('`'))).toEqual([]);
    // `unit` makes the page ask Prisma for the rows with their indicator.
    const full = await t.query(page('unit { code }'));
    expect(full.statements.some((s) => s.includes('`'))).toBe(true);
    const strip = (edges: { node: Record<string, unknown> }[]) => edges.map(({ node: { unit: _u, ...rest } }) => rest);
    for (const alias of ['a', 'b']) {
      const edges = light.data[alias].observations.edges;
      expect(edges.length).toBeGreaterThan(5);
      expect(strip(edges)).toEqual(strip(full.data[alias].observations.edges));
    }
    expect(light.data.a.observations.edges.some((e: { node: { approximate: boolean } }) => e.node.approximate)).toBe(
      true,
    );
    expect(light.data.b.observations.edges.some((e: { node: { category: unknown } }) => e.node.category)).toBe(true);
  });

  it("an enterprises first page without relations is read without Prisma, with Prisma's rows for every filter", async () => {
    const areas = (await t.prisma.area.findMany({ select: { code: true } })).map((a) => a.code);
    const draft = await t.prisma.enterprise.findFirstOrThrow({ where: { areaId: { not: null } } });
    await t.prisma.enterprise.update({ where: { id: draft.id }, data: { publication: 'DRAFT' } });
    try {
      const filters = [
        null,
        { kind: ['COMMUNITY_ENTERPRISE', 'OTHER_GROUP'] },
        { kind: [] },
        { network: 'ang-thong-basketry-network' },
        { area: 'TH-10', kind: ['OCCUPATIONAL_GROUP'] },
        ...areas.filter((_, i) => i % 7 === 0).map((area) => ({ area })),
        { area: 'TH-10-G-KRUNGTHEP-CENTRAL' },
      ];
      const page = (extra: string) => `query ($filter: EnterpriseFilter) { enterprises(first: 7, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id slug kind nameTh registeredOn ${extra} } }
      } }`;
      let nonEmpty = 0;
      for (const filter of filters) {
        const light = await t.query(page(''), { filter });
        expect(light.errors, JSON.stringify(filter)).toBeUndefined();
        // (A network filter's reference check may still ask Prisma whether the network exists.)
        expect(light.statements.filter((s) => s.includes('`') && s.includes('`Enterprise`'))).toEqual([]);
        // `assessments` makes the page ask Prisma for the rows with their assessments.
        const full = await t.query(page('assessments { grade }'), { filter });
        const strip = (c: { edges: { node: Record<string, unknown> }[] }) => ({
          ...c,
          edges: c.edges.map(({ node: { assessments: _a, ...node }, ...edge }) => ({ ...edge, node })),
        });
        expect(strip(light.data.enterprises), JSON.stringify(filter)).toEqual(strip(full.data.enterprises));
        if (light.data.enterprises.edges.length) nonEmpty++;
        expect(light.data.enterprises.edges.map((e: { node: { slug: string } }) => e.node.slug)).not.toContain(
          draft.slug,
        );
      }
      expect(nonEmpty).toBeGreaterThan(4);
      // The next page (Prisma's cursor) continues where the first one stopped.
      const first = await t.query(page(''));
      const next = await t.query(
        `{ enterprises(first: 7, after: "${first.data.enterprises.pageInfo.endCursor}") { edges { node { id } } } }`,
      );
      const all = await t.query('{ enterprises(first: 14) { edges { node { id } } } }');
      const ids = (r: { data?: { enterprises: { edges: { node: { id: string } }[] } } }) =>
        r.data!.enterprises.edges.map((e) => e.node.id);
      expect([...ids(first), ...ids(next)]).toEqual(ids(all));
    } finally {
      await t.prisma.enterprise.update({ where: { id: draft.id }, data: { publication: 'PUBLISHED' } });
    }
  });
});
