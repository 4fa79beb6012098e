/** Aggregates against figures computed by hand from the source documents. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const series = (code: string, groupBy: string, filter: object = {}) =>
  t.query(
    `query ($code: String!, $groupBy: SeriesGrouping!, $filter: ObservationFilter) {
      indicator(code: $code) { series(groupBy: $groupBy, filter: $filter) { total points { key labelTh labelEn value target share } sources { key } } }
    }`,
    { code, groupBy, filter },
  );
const total = (code: string, filter: object = {}) =>
  t.query(
    `query ($code: String!, $filter: ObservationFilter) {
      indicator(code: $code) { total(filter: $filter) { value observationCount approximate period { start end } sources { key publishedOn } } }
    }`,
    { code, filter },
  );

describe('Indicator.total', () => {
  it('prefers the reported total to the sum of its breakdown (210, not 77+72+2+2)', async () => {
    const r = await total('CE_REGISTERED', { area: 'TH-10' });
    expect(r.data.indicator.total).toMatchObject({ value: 210, observationCount: 1 });
    expect(r.data.indicator.total.sources).toEqual([{ key: '000_5c29c83b7f0bdca6', publishedOn: '2023-08-23' }]);
  });

  it('sums a category when asked for it', async () => {
    const r = await total('CE_POTENTIAL_ASSESSED', { category: ['GOOD', 'MEDIUM'] });
    expect(r.data.indicator.total.value).toBe(76 + 121);
  });

  it("prefers Bangkok's own figure to its district groups (18,951,686 baht)", async () => {
    const r = await total('STIMULUS_FAIR_SALES');
    expect(r.data.indicator.total.value).toBe(18_951_686);
  });

  it("gives one district group's figure for that group", async () => {
    const r = await total('STIMULUS_FAIR_SALES', { area: 'TH-10-G-KRUNGTHEP-CENTRAL' });
    expect(r.data.indicator.total.value).toBe(8_170_000);
  });

  it('returns null, not zero, when nothing matches', async () => {
    const r = await total('CE_REGISTERED', { area: 'TH-15' });
    expect(r.data.indicator.total).toMatchObject({ value: null, observationCount: 0 });
  });

  it('uses targets when asked', async () => {
    const r = await total('STIMULUS_FAIRS', { kind: ['TARGET'] });
    expect(r.data.indicator.total.value).toBe(30);
    const actual = await total('STIMULUS_FAIRS');
    expect(actual.data.indicator.total.value).toBe(36);
  });
});

describe('Indicator.series', () => {
  it("by AREA: the six district groups' fair sales add up to the reported total within the documents' rounding", async () => {
    const r = await series('STIMULUS_FAIR_SALES', 'AREA', { area: 'TH-10' });
    const { points, total: reported } = r.data.indicator.series;
    expect(points).toHaveLength(6);
    expect(points.every((p: any) => p.key.startsWith('TH-10-G-'))).toBe(true);
    const sum = points.reduce((n: number, p: any) => n + p.value, 0);
    expect(reported).toBe(18_951_686);
    // The groups are given to two or three significant decimals of a million ("2.60 M", "about 1.74 M").
    expect(Math.abs(sum - reported)).toBeLessThan(60_000);
    const shares = points.reduce((n: number, p: any) => n + p.share, 0);
    expect(Math.abs(shares - 100)).toBeLessThan(0.5);
  });

  it('by CATEGORY: assessment grades 76 / 121 / 6 of 203', async () => {
    const r = await series('CE_POTENTIAL_ASSESSED', 'CATEGORY');
    const byKey = Object.fromEntries(r.data.indicator.series.points.map((p: any) => [p.key, p]));
    expect(byKey.GOOD.value).toBe(76);
    expect(byKey.MEDIUM.value).toBe(121);
    expect(byKey.NEEDS_IMPROVEMENT.value).toBe(6);
    expect(r.data.indicator.series.total).toBe(203);
    expect(byKey.GOOD.share).toBeCloseTo((76 / 203) * 100, 6);
    expect(byKey.GOOD.labelTh).toBe('ดี');
  });

  it('by CATEGORY: business types keep their zeros and their share of the 210', async () => {
    const r = await series('CE_REGISTERED', 'CATEGORY', { area: 'TH-10' });
    const byKey = Object.fromEntries(r.data.indicator.series.points.map((p: any) => [p.key, p.value]));
    expect(byKey).toMatchObject({
      PLANT_PRODUCTION: 77,
      FOOD_PROCESSING: 72,
      METAL_CRAFTS: 2,
      COMMUNITY_SAVINGS: 2,
      MACHINERY: 0,
      LEATHER: 0,
      MACHINERY_REPAIR: 0,
    });
  });

  it('by FISCAL_YEAR: actual and target side by side (36 fairs held in FY2567/68, 30 planned for FY2568)', async () => {
    const r = await series('STIMULUS_FAIRS', 'FISCAL_YEAR');
    const points = r.data.indicator.series.points;
    expect(points.map((p: any) => p.key)).toEqual([...points.map((p: any) => p.key)].sort());
    const fy2568 = points.find((p: any) => p.key === '2568');
    expect(fy2568.target).toBe(30);
    expect(fy2568.labelTh).toBe('ปีงบประมาณ 2568');
    expect(fy2568.labelEn).toBe('FY2025');
    expect(points.reduce((n: number, p: any) => n + (p.value ?? 0), 0)).toBe(36);
  });

  it('by PERIOD: labels periods in Thai (B.E.) and English', async () => {
    const r = await series('FOOD_BANK_MEALS', 'PERIOD');
    const [p] = r.data.indicator.series.points;
    expect(p.value).toBeCloseTo(1_239_181.89, 2);
    expect(p.labelTh).toBe('ต.ค. 2567 – พ.ย. 2567');
    expect(p.labelEn).toBe('Oct 2024 – Nov 2024');
  });

  it('carries its provenance', async () => {
    const r = await series('STIMULUS_FAIR_SALES', 'AREA', { area: 'TH-10' });
    expect(r.data.indicator.series.sources).toEqual([{ key: '003_4a541e27cee69d2e' }]);
  });
});

describe('enterpriseStats', () => {
  it('counts records by kind, summing to the total', async () => {
    const r = await t.data('{ enterpriseStats(groupBy: KIND) { total points { key count share } } }');
    const { total: n, points } = r.enterpriseStats;
    expect(points.reduce((s: number, p: any) => s + p.count, 0)).toBe(n);
    const direct = await t.data('{ enterprises(filter: { kind: [COMMUNITY_ENTERPRISE] }) { totalCount } }');
    expect(points.find((p: any) => p.key === 'COMMUNITY_ENTERPRISE').count).toBe(direct.enterprises.totalCount);
  });

  it('counts by area one level down, with records placed only at the area itself kept apart', async () => {
    const r = await t.data(
      '{ enterpriseStats(groupBy: AREA, filter: { area: "TH-15" }) { total points { key count } } }',
    );
    const { total: n, points } = r.enterpriseStats;
    expect(points.reduce((s: number, p: any) => s + p.count, 0)).toBe(n);
    expect(points.every((p: any) => p.key === 'TH-15' || /^TH-150\d$/.test(p.key))).toBe(true);
  });

  it('counts network members', async () => {
    const r = await t.data('{ enterpriseStats(groupBy: NETWORK) { points { key count } } }');
    expect(r.enterpriseStats.points.find((p: any) => p.key === 'ang-thong-basketry-network').count).toBe(4);
  });
});

describe('partnerGraph', () => {
  it('links the 2021 MOU to its 18 signatories and its chair', async () => {
    const r = await t.data(
      '{ partnerGraph(filter: { agreementStatus: [SIGNED] }) { nodes { id kind key degree } edges { source target role } } }',
    );
    const { nodes, edges } = r.partnerGraph;
    const mou = nodes.find((n: any) => n.key === 'se-promotion-mou-2021');
    const toMou = edges.filter((e: any) => e.target === mou.id);
    expect(toMou.filter((e: any) => e.role === 'SIGNATORY')).toHaveLength(18);
    expect(toMou.filter((e: any) => e.role === 'PRESIDING')).toHaveLength(1);
    expect(mou.degree).toBe(19);
    // Every edge joins two nodes of the graph.
    const ids = new Set(nodes.map((n: any) => n.id));
    expect(edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });
});

describe('aggregate queries send a bounded number of SQL statements', () => {
  // Fixed bounds, measured on the seed data; the N+1 test shows they do not grow with rows.
  it.each([
    ['total', '{ indicator(code: "STIMULUS_FAIR_SALES") { total { value sources { key } } } }', 12],
    [
      'series by AREA',
      '{ indicator(code: "STIMULUS_FAIR_SALES") { series(groupBy: AREA, filter: { area: "TH-10" }) { points { key value share } sources { key } } } }',
      26,
    ],
    [
      'series by CATEGORY',
      '{ indicator(code: "CE_REGISTERED") { series(groupBy: CATEGORY) { points { key value } } } }',
      26,
    ],
    ['latest', '{ indicator(code: "CE_REGISTERED") { latest { value previousValue } } }', 26],
    ['enterpriseStats by AREA', '{ enterpriseStats(groupBy: AREA) { points { key count } } }', 8],
    ['enterpriseStats by BUSINESS_TYPE', '{ enterpriseStats(groupBy: BUSINESS_TYPE) { points { key count } } }', 4],
    ['partnerGraph', '{ partnerGraph { nodes { id } edges { role } } }', 4],
  ])('%s', async (_name, document, bound) => {
    const r = await t.query(document);
    expect(r.errors).toBeUndefined();
    console.log(`${_name}: ${r.statements.length} statements`);
    expect(r.statements.length).toBeLessThanOrEqual(bound);
  });
});

describe('Indicator.series sets a target only beside actuals of the same period', () => {
  // Its own database: these tests add targets.
  let app: TestApp;
  let editor: string;
  beforeAll(async () => {
    app = await createTestApp();
    ({ editor } = await app.tokens());
  });
  afterAll(() => app.close());

  const seriesOf = async (code: string, groupBy: string, filter: object = {}) => {
    const r = await app.data(
      `query ($code: String!, $groupBy: SeriesGrouping!, $filter: ObservationFilter) {
        indicator(code: $code) { series(groupBy: $groupBy, filter: $filter) { points { key value target period { start end fiscalYear } } } }
      }`,
      { code, groupBy, filter },
    );
    return r.indicator.series.points as {
      key: string;
      value: number | null;
      target: number | null;
      period: { start: string; end: string; fiscalYear: number | null } | null;
    }[];
  };
  const addTargets = async (rows: object[]) => {
    const observations = rows.map((r) => ({ kind: 'TARGET', publication: 'PUBLISHED', ...r }));
    const r = await app.data(
      'mutation ($o: [ObservationInput!]!) { upsertObservations(observations: $o) { created errors { path messageEn } } }',
      { o: observations },
      editor,
    );
    expect(r.upsertObservations.errors).toEqual([]);
    expect(r.upsertObservations.created).toBe(rows.length);
  };
  const FY2567 = { periodStart: '2023-10-01', periodEnd: '2024-09-30', fiscalYear: 2567 };
  const FY2566 = { periodStart: '2022-10-01', periodEnd: '2023-09-30', fiscalYear: 2566 };

  it('without a fiscal-year filter: the FY2567 fairs (6 per group) get no FY2568 plan (5) as their target', async () => {
    const points = await seriesOf('STIMULUS_FAIRS', 'AREA', { area: 'TH-10' });
    expect(points).toHaveLength(6);
    for (const p of points) {
      expect(p, p.key).toMatchObject({ value: 6, target: null, period: { fiscalYear: 2567 } });
    }
    // Asked for FY2568 alone, the plan is there (there is nothing to compare it with).
    const plan = await seriesOf('STIMULUS_FAIRS', 'AREA', { area: 'TH-10', fiscalYear: [2568] });
    expect(plan.map((p) => [p.value, p.target, p.period?.fiscalYear])).toEqual(Array(6).fill([null, 5, 2568]));
  });

  it('a target of the same fiscal year is set beside its group’s actuals (a flow, SUM)', async () => {
    await addTargets([
      {
        indicator: 'STIMULUS_FAIRS',
        value: 7,
        area: 'TH-10-G-KRUNGTHEP-CENTRAL',
        source: '003_4a541e27cee69d2e',
        ...FY2567,
      },
    ]);
    const points = await seriesOf('STIMULUS_FAIRS', 'AREA', { area: 'TH-10' });
    const byKey = Object.fromEntries(points.map((p) => [p.key, p]));
    expect(byKey['TH-10-G-KRUNGTHEP-CENTRAL']).toMatchObject({ value: 6, target: 7 });
    // The other groups have only the FY2568 plan: still no target.
    expect(points.filter((p) => p.target != null).map((p) => p.key)).toEqual(['TH-10-G-KRUNGTHEP-CENTRAL']);
  });

  it('a stock (LAST) takes the target of its latest period’s fiscal year, not the latest target', async () => {
    // The assessment grades are of 17 Aug 2023 (FY2566); a FY2567 target for MEDIUM is later, not the same year.
    await addTargets([
      { indicator: 'CE_POTENTIAL_ASSESSED', value: 80, category: 'GOOD', source: '000_5c29c83b7f0bdca6', ...FY2566 },
      { indicator: 'CE_POTENTIAL_ASSESSED', value: 130, category: 'MEDIUM', source: '000_5c29c83b7f0bdca6', ...FY2567 },
    ]);
    const points = await seriesOf('CE_POTENTIAL_ASSESSED', 'CATEGORY');
    expect(points.map((p) => [p.key, p.value, p.target, p.period?.fiscalYear])).toEqual([
      ['GOOD', 76, 80, 2566],
      ['MEDIUM', 121, null, 2566],
      ['NEEDS_IMPROVEMENT', 6, null, 2566],
    ]);
  });
});

describe('partnerGraph(first:)', () => {
  it('is bounded: at most 100 agreements, named as the argument at fault', async () => {
    for (const first of [0, 101]) {
      const r = await t.query(`{ partnerGraph(first: ${first}) { complete } }`);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/"first"/);
    }
    const r = await t.data('{ partnerGraph(first: 1) { complete nodes { kind } } }');
    expect(r.partnerGraph.complete).toBe(false);
    expect(r.partnerGraph.nodes.filter((n: { kind: string }) => n.kind === 'AGREEMENT')).toHaveLength(1);
  });
});
