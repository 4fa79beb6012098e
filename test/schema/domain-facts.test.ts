/**
 * Every figure in the fact inventory of DOMAIN.md ("Fact inventory by document"), read back through
 * the GraphQL API, with its provenance: the source document (key, Thai title, date) it came from.
 *
 * Expected values are literals copied from DOMAIN.md and the Thai source documents
 * (`seeds/*.txt`), never read from `prisma/seed/data/*.json`: if the seed data or the API drift
 * from the documents, these tests fail. One `describe` per source document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------
// The five source documents: key (file name without extension), Thai headline, date.
// ---------------------------------------------------------------------------------------------

interface Doc {
  key: string;
  /** The Thai headline, exactly as in the document. */
  title: string;
  /** The date the document gives (or, where it gives none, a pattern for the year it implies). */
  publishedOn: string | RegExp;
}

const DOC_000: Doc = {
  key: '000_5c29c83b7f0bdca6',
  title: 'กทม.ผนึกกำลังเครือข่ายร่วมขับเคลื่อน งานส่งเสริมวิสาหกิจชุมชนกรุงเทพฯ',
  publishedOn: '2023-08-23', // "กรุงเทพฯ(23 ส.ค. 66)"
};
const DOC_001: Doc = {
  key: '001_89d26a7f090e9936',
  title: 'จังหวัดอ่างทอง เร่งขับเคลื่อนเศรษฐกิจฐานรากและเศรษฐกิจชุมชน',
  // The text carries no date; meeting "ครั้งที่ 3/2564" places it in B.E. 2564 = 2021. (The seed's
  // 2021-06-10 comes from the article's web address, which the text does not contain.)
  publishedOn: /^2021-\d\d-\d\d$/,
};
const DOC_002: Doc = {
  key: '002_fe518321382cae8e',
  title: 'เดินหน้าเคลื่อนงาน MOU ท่องเที่ยว ร่วมหารือกรมการพัฒนาชุมชน สนับสนุนผู้ประกอบการที่มีศักยภาพ',
  publishedOn: '2020-03-02', // "เมื่อ 2 มีนาคม 2563"
};
const DOC_003: Doc = {
  key: '003_4a541e27cee69d2e',
  title: 'กทม. ติดตามงานด้านการยกระดับสวัสดิการและคุณภาพชีวิต เพื่อให้กรุงเทพฯ เป็นเมืองน่าอยู่สำหรับทุกคนอย่างแท้จริง',
  publishedOn: '2024-12-03', // "วันอังคารที่ 3 ธันวาคม พ.ศ. 2567"
};
const DOC_004: Doc = {
  key: '004_601cdb5170b81ab9',
  title: 'มหาดไทยร่วมพิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การส่งเสริม สนับสนุนวิสาหกิจเพื่อสังคม และกลุ่มกิจการเพื่อสังคม',
  publishedOn: '2021-02-26', // "วันศุกร์ที่ 26 กุมภาพันธ์ 2564"
};

const SOURCE_FIELDS = 'key title titleTh titleEn publishedOn';

/** Provenance: the source is the given document. */
function expectSource(source: any, doc: Doc) {
  expect(source, `a source (expected ${doc.key})`).toBeTruthy();
  expect(source.key).toBe(doc.key);
  expect(source.title).toBe(doc.title);
  expect(source.titleTh).toBe(doc.title);
  expect(source.titleEn).toMatch(/\S/);
  if (typeof doc.publishedOn === 'string') expect(source.publishedOn).toBe(doc.publishedOn);
  else expect(source.publishedOn).toMatch(doc.publishedOn);
}

/** Provenance for records with several sources: one of them is the given document. */
function expectSources(sources: any[], doc: Doc) {
  const source = sources.find((s: any) => s.key === doc.key);
  expect(source, `sources ${JSON.stringify(sources.map((s: any) => s.key))} include ${doc.key}`).toBeTruthy();
  expectSource(source, doc);
}

/**
 * The items' Thai names match the expected names one to one: each expected name (a fragment of the
 * Thai name as the document writes it) is contained in exactly one item, and there are no others.
 */
function expectNamed(items: { nameTh: string }[], expected: string[]) {
  const names = items.map((i) => i.nameTh);
  expect(names, 'how many').toHaveLength(expected.length);
  const matched = new Set<string>();
  for (const fragment of expected) {
    const hits = names.filter((n) => n.includes(fragment));
    expect(hits, `exactly one of ${JSON.stringify(names)} contains "${fragment}"`).toHaveLength(1);
    matched.add(hits[0]!);
  }
  expect(matched.size).toBe(expected.length);
}

/** The source record itself: `sources` lists the document with its key, title and date. */
async function checkSourceRecord(doc: Doc) {
  const { sources } = await t.data(`{ sources { ${SOURCE_FIELDS} fileName } }`);
  const source = sources.find((s: any) => s.key === doc.key);
  expectSource(source, doc);
  expect(source.fileName).toBe(`${doc.key}.txt`);
}

// ---------------------------------------------------------------------------------------------
// Fact kinds, each with its query and checks.
// ---------------------------------------------------------------------------------------------

/** An indicator observation, found by indicator code + exact area + category (null: the total). */
interface ObservationFact {
  fact: string;
  indicator: string;
  area: string;
  /** Category code in the indicator's scheme; null for the total (uncategorised) value. */
  category: string | null;
  kind?: 'ACTUAL' | 'TARGET';
  fiscalYear?: number;
  value: number;
  unit: string;
  doc: Doc;
  approximate?: boolean;
  areaNameTh?: string;
  categoryNameTh?: string;
  period?: { start?: string | RegExp; end?: string | RegExp; fiscalYear?: number };
}

const OBSERVATIONS = `query ($code: String!, $filter: ObservationFilter) {
  indicator(code: $code) {
    code
    unit { code }
    observations(first: 100, filter: $filter) {
      totalCount
      edges { node {
        kind value approximate
        area { code nameTh }
        category { code nameTh scheme }
        unit { code }
        period { start end fiscalYear }
        source { ${SOURCE_FIELDS} }
      } }
    }
  }
}`;

/** Fetches the one observation a fact refers to (the API's area filter includes sub-areas, so the
 *  exact area is picked out here). */
async function observation(f: ObservationFact) {
  const filter: Record<string, unknown> = { area: f.area, kind: [f.kind ?? 'ACTUAL'] };
  if (f.category === null) filter.uncategorised = true;
  else filter.category = [f.category];
  if (f.fiscalYear !== undefined) filter.fiscalYear = [f.fiscalYear];
  const { indicator } = await t.data(OBSERVATIONS, { code: f.indicator, filter });
  expect(indicator.code).toBe(f.indicator);
  expect(indicator.unit.code).toBe(f.unit);
  const hits = indicator.observations.edges
    .map((e: any) => e.node)
    .filter((o: any) => o.area?.code === f.area && (o.category?.code ?? null) === f.category);
  expect(hits, `one ${f.kind ?? 'ACTUAL'} observation of ${f.indicator} for ${f.area} / ${f.category}`).toHaveLength(1);
  return hits[0];
}

/** it.each rows as `[title, fact]`, so titles are printed in full (object `$fact` titles get cut). */
function table<T extends { fact: string }>(rows: T[], title: (r: T) => string = (r) => r.fact): [string, T][] {
  return rows.map((r) => [title(r), r]);
}

function matches(actual: string, expected: string | RegExp) {
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
}

async function checkObservation(f: ObservationFact) {
  const o = await observation(f);
  expect(o.value).toBe(f.value);
  expect(o.kind).toBe(f.kind ?? 'ACTUAL');
  expect(o.unit.code).toBe(f.unit);
  if (f.approximate !== undefined) expect(o.approximate).toBe(f.approximate);
  if (f.areaNameTh !== undefined) expect(o.area.nameTh).toBe(f.areaNameTh);
  if (f.categoryNameTh !== undefined) expect(o.category.nameTh).toBe(f.categoryNameTh);
  if (f.period?.start !== undefined) matches(o.period.start, f.period.start);
  if (f.period?.end !== undefined) matches(o.period.end, f.period.end);
  if (f.period?.fiscalYear !== undefined) expect(o.period.fiscalYear).toBe(f.period.fiscalYear);
  expectSource(o.source, f.doc);
}

/** A budget line, found by programme slug + kind + fiscal year. */
interface BudgetFact {
  fact: string;
  programme: string;
  kind: 'ALLOCATED' | 'TRANSFERRED' | 'REQUESTED' | 'DISBURSED';
  fiscalYear: number;
  amount?: number | null;
  recipients?: number;
  recipientUnit?: string;
  reportedPercent?: number;
  doc: Doc;
}

const BUDGET_LINES = `query ($slug: String!) {
  programme(slug: $slug) {
    slug
    sources { ${SOURCE_FIELDS} }
    budgetLines {
      kind fiscalYear amount recipients reportedPercent asOf
      recipientUnit { code }
      source { ${SOURCE_FIELDS} }
    }
  }
}`;

async function budgetLine(programme: string, kind: string, fiscalYear: number) {
  const { programme: p } = await t.data(BUDGET_LINES, { slug: programme });
  const hits = p.budgetLines.filter((b: any) => b.kind === kind && b.fiscalYear === fiscalYear);
  expect(hits, `one ${kind} budget line for FY${fiscalYear} in ${programme}`).toHaveLength(1);
  return hits[0];
}

async function checkBudgetLine(f: BudgetFact) {
  const b = await budgetLine(f.programme, f.kind, f.fiscalYear);
  if (f.amount !== undefined) expect(b.amount).toBe(f.amount);
  if (f.recipients !== undefined) expect(b.recipients).toBe(f.recipients);
  if (f.recipientUnit !== undefined) expect(b.recipientUnit?.code).toBe(f.recipientUnit);
  if (f.reportedPercent !== undefined) expect(b.reportedPercent).toBe(f.reportedPercent);
  expectSource(b.source, f.doc);
}

/** A programme activity, found by programme slug + activity slug. */
interface ActivityFact {
  fact: string;
  programme: string;
  activity: string;
  kind?: string;
  participants?: number;
  /** Thai names (fragments) of the enterprises the activity involved, all of them. */
  enterprises?: string[];
  area?: { code: string; nameTh: string; parentNameTh?: string; provinceNameTh?: string };
  startOn?: string | RegExp;
  endOn?: string | RegExp;
  presidedByTh?: string[];
  venueTh?: string[];
  doc: Doc;
}

const ACTIVITIES = `query ($slug: String!) {
  programme(slug: $slug) {
    slug
    sources { ${SOURCE_FIELDS} }
    activities {
      slug kind participants startOn endOn presidedByTh venueTh nameTh
      area { code nameTh parent { code nameTh parent { code nameTh } } }
      enterprises { slug nameTh }
      source { ${SOURCE_FIELDS} }
    }
  }
}`;

async function activity(programme: string, slug: string) {
  const { programme: p } = await t.data(ACTIVITIES, { slug: programme });
  const a = p.activities.find((x: any) => x.slug === slug);
  expect(a, `activity ${slug} of ${programme}`).toBeTruthy();
  return a;
}

async function checkActivity(f: ActivityFact) {
  const a = await activity(f.programme, f.activity);
  if (f.kind !== undefined) expect(a.kind).toBe(f.kind);
  if (f.participants !== undefined) expect(a.participants).toBe(f.participants);
  if (f.enterprises !== undefined) expectNamed(a.enterprises, f.enterprises);
  if (f.area !== undefined) {
    expect(a.area?.code).toBe(f.area.code);
    expect(a.area.nameTh).toBe(f.area.nameTh);
    if (f.area.parentNameTh !== undefined) expect(a.area.parent?.nameTh).toBe(f.area.parentNameTh);
    if (f.area.provinceNameTh !== undefined) expect(a.area.parent?.parent?.nameTh).toBe(f.area.provinceNameTh);
  }
  if (f.startOn !== undefined) matches(a.startOn, f.startOn);
  if (f.endOn !== undefined) matches(a.endOn, f.endOn);
  for (const part of f.presidedByTh ?? []) expect(a.presidedByTh).toContain(part);
  for (const part of f.venueTh ?? []) expect(a.venueTh).toContain(part);
  expectSource(a.source, f.doc);
}

/** A named enterprise: its Thai name, where it is, and the document naming it. */
interface EnterpriseFact {
  fact: string;
  slug: string;
  nameTh: string;
  kind?: string;
  /** The most specific area: its code (DOPA geocode based), Thai name and kind. */
  area: { code: string; nameTh: string; kind: string };
  /** The district (อำเภอ / เขต) the enterprise lies in, by Thai name. */
  districtNameTh?: string;
  provinceNameTh?: string;
  villageNo?: number;
  doc: Doc;
}

const ENTERPRISE = `query ($slug: String!) {
  enterprise(slug: $slug) {
    slug nameTh kind villageNo
    area { code nameTh kind parent { code nameTh kind parent { code nameTh kind parent { code nameTh } } } }
    sources { ${SOURCE_FIELDS} }
    awards { contestTh level rank year area { code nameTh } organiser { orgId nameTh } source { ${SOURCE_FIELDS} } }
    certifications { standard status year productTh source { ${SOURCE_FIELDS} } }
  }
}`;

/** The area chain of an enterprise, from its own area up to the province. */
function areaChain(e: any): any[] {
  const chain: any[] = [];
  for (let a = e.area; a; a = a.parent) chain.push(a);
  return chain;
}

async function checkEnterprise(f: EnterpriseFact) {
  const { enterprise: e } = await t.data(ENTERPRISE, { slug: f.slug });
  expect(e.nameTh).toContain(f.nameTh);
  if (f.kind !== undefined) expect(e.kind).toBe(f.kind);
  expect(e.area?.code).toBe(f.area.code);
  expect(e.area.nameTh).toBe(f.area.nameTh);
  expect(e.area.kind).toBe(f.area.kind);
  const chain = areaChain(e);
  if (f.districtNameTh !== undefined)
    expect(chain.find((a) => a.kind === 'DISTRICT')?.nameTh, 'district').toBe(f.districtNameTh);
  if (f.provinceNameTh !== undefined)
    expect(chain.find((a) => a.kind === 'PROVINCE')?.nameTh, 'province').toBe(f.provinceNameTh);
  if (f.villageNo !== undefined) expect(e.villageNo).toBe(f.villageNo);
  expectSources(e.sources, f.doc);
  return e;
}

/** An award won by a named enterprise. */
interface AwardFact extends EnterpriseFact {
  level: 'PROVINCIAL' | 'REGIONAL' | 'NATIONAL';
  rank: 'WINNER' | 'FIRST_RUNNER_UP' | 'SECOND_RUNNER_UP' | 'HONOURABLE_MENTION';
  year: number;
  awardAreaCode?: string;
  organiserNameTh?: string;
}

async function checkAward(f: AwardFact) {
  const e = await checkEnterprise(f);
  const hits = e.awards.filter((a: any) => a.level === f.level && a.year === f.year);
  expect(hits, `one ${f.level} ${f.year} award of ${f.slug}`).toHaveLength(1);
  const award = hits[0];
  expect(award.rank).toBe(f.rank);
  expect(award.contestTh).toContain('การประกวดวิสาหกิจชุมชนดีเด่น');
  if (f.awardAreaCode !== undefined) expect(award.area?.code).toBe(f.awardAreaCode);
  if (f.organiserNameTh !== undefined) expect(award.organiser?.nameTh).toBe(f.organiserNameTh);
  expectSource(award.source, f.doc);
}

/** A network and all its members, by Thai name. */
interface NetworkFact {
  fact: string;
  network: string;
  members: string[];
  coordinatorNameTh: string;
  doc: Doc;
}

const NETWORK = `query ($slug: String!) {
  network(slug: $slug) {
    slug nameTh
    coordinator { orgId nameTh }
    area { code }
    sources { ${SOURCE_FIELDS} }
    members(first: 100) { totalCount edges { node { slug nameTh sources { key } } } }
  }
}`;

async function checkNetwork(f: NetworkFact) {
  const { network } = await t.data(NETWORK, { slug: f.network });
  expect(network.members.totalCount).toBe(f.members.length);
  const members = network.members.edges.map((e: any) => e.node);
  expectNamed(members, f.members);
  for (const m of members) expect(m.sources.map((s: any) => s.key)).toContain(f.doc.key);
  expect(network.coordinator?.nameTh).toBe(f.coordinatorNameTh);
  expect(network.area?.code).toBe('TH-15');
  expectSources(network.sources, f.doc);
}

const PROGRAMME = `query ($slug: String!) {
  programme(slug: $slug) {
    slug nameTh descriptionTh fromFiscalYear toFiscalYear
    lead { orgId nameTh }
    partners { role organisation { orgId nameTh } }
    sources { ${SOURCE_FIELDS} }
  }
}`;

const AGREEMENT = `query ($slug: String!) {
  agreement(slug: $slug) {
    slug nameTh descriptionTh status date venueTh
    signatories { role representativeTh organisation { orgId nameTh kind } }
    programmes { slug }
    sources { ${SOURCE_FIELDS} }
  }
}`;

// =============================================================================================
// 000 — Bangkok CE Promotion Committee, meeting 1/2566, 23 Aug 2023
// =============================================================================================

describe('000_5c29c83b7f0bdca6 — Bangkok CE Promotion Committee, meeting 1/2566 (23 Aug 2023)', () => {
  it('the source document is listed with its key, Thai title and date', () => checkSourceRecord(DOC_000));

  it('the meeting was chaired by Deputy Governor Sanon Wangsrangboon on 23 Aug 2023', () =>
    checkActivity({
      fact: 'chair',
      programme: 'bangkok-ce-promotion',
      activity: 'bangkok-ce-committee-meeting-1-2566',
      kind: 'MEETING',
      startOn: '2023-08-23',
      presidedByTh: ['ศานนท์ หวังสร้างบุญ', 'รองผู้ว่าราชการกรุงเทพมหานคร'],
      venueTh: ['ห้องสุทัศน์', 'ศาลาว่าการกรุงเทพมหานคร'],
      doc: DOC_000,
    }));

  const asOfJuly2023 = { end: /^2023-07-\d\d$/ };
  const registered: ObservationFact[] = [
    { fact: 'registered CEs and CE networks in Bangkok: 210 in total', category: null, value: 210 },
    { fact: 'plant production (การผลิตพืช): 77', category: 'PLANT_PRODUCTION', value: 77, categoryNameTh: 'การผลิตพืช' },
    {
      fact: 'food processing and food products (การแปรรูปและผลิตภัณฑ์อาหาร): 72',
      category: 'FOOD_PROCESSING',
      value: 72,
      categoryNameTh: 'การแปรรูปและผลิตภัณฑ์อาหาร',
    },
    {
      fact: 'metal crafts (สิ่งประดิษฐ์จากโลหะ): 2',
      category: 'METAL_CRAFTS',
      value: 2,
      categoryNameTh: 'สิ่งประดิษฐ์จากโลหะ',
    },
    {
      fact: 'community savings (ออมทรัพย์ชุมชน): 2',
      category: 'COMMUNITY_SAVINGS',
      value: 2,
      categoryNameTh: 'ออมทรัพย์ชุมชน',
    },
    { fact: 'machinery (เครื่องจักรกล): 0', category: 'MACHINERY', value: 0, categoryNameTh: 'เครื่องจักรกล' },
    { fact: 'leather (เครื่องหนัง): 0', category: 'LEATHER', value: 0, categoryNameTh: 'เครื่องหนัง' },
    {
      fact: 'machinery repair (ซ่อมเครื่องจักรกล): 0',
      category: 'MACHINERY_REPAIR',
      value: 0,
      categoryNameTh: 'ซ่อมเครื่องจักรกล',
    },
  ].map((r) => ({
    indicator: 'CE_REGISTERED',
    area: 'TH-10',
    areaNameTh: 'กรุงเทพมหานคร',
    unit: 'ENTERPRISE',
    period: asOfJuly2023,
    doc: DOC_000,
    ...r,
  }));
  it.each(table(registered, (r) => `CE_REGISTERED — ${r.fact} (as of July 2023)`))('%s', (_, f) => checkObservation(f));

  it('business types rank as the text says: plant production most, food processing second, metal crafts and community savings fewest', async () => {
    const rows = await Promise.all(registered.map(observation));
    const byType = new Map<string | null, number>(rows.map((o: any) => [o.category?.code ?? null, o.value]));
    const types = [...byType.entries()].filter(([code]) => code !== null);
    expect(types).toHaveLength(7);
    const nonZero = types.filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
    expect(nonZero[0]?.[0]).toBe('PLANT_PRODUCTION');
    expect(nonZero[1]?.[0]).toBe('FOOD_PROCESSING');
    const fewest = Math.min(...nonZero.map(([, v]) => v));
    expect(
      nonZero
        .filter(([, v]) => v === fewest)
        .map(([c]) => c)
        .sort(),
    ).toEqual(['COMMUNITY_SAVINGS', 'METAL_CRAFTS']);
    // One enterprise may have several types, so the breakdown need not add up to 210, but no type
    // can exceed the total.
    for (const [, v] of types) expect(v).toBeLessThanOrEqual(byType.get(null)!);
  });

  const assessed: ObservationFact[] = [
    { fact: 'assessed in FY2566: 203', category: null, value: 203 },
    { fact: 'good (ดี): 76', category: 'GOOD', value: 76, categoryNameTh: 'ดี' },
    { fact: 'medium (ปานกลาง): 121', category: 'MEDIUM', value: 121, categoryNameTh: 'ปานกลาง' },
    { fact: 'needs improvement (ปรับปรุง): 6', category: 'NEEDS_IMPROVEMENT', value: 6, categoryNameTh: 'ปรับปรุง' },
  ].map((r) => ({
    indicator: 'CE_POTENTIAL_ASSESSED',
    area: 'TH-10',
    fiscalYear: 2566,
    unit: 'ENTERPRISE',
    period: { start: '2023-08-17', end: '2023-08-17', fiscalYear: 2566 },
    doc: DOC_000,
    ...r,
  }));
  it.each(table(assessed, (r) => `CE_POTENTIAL_ASSESSED — ${r.fact} (as of 17 Aug 2023)`))('%s', (_, f) =>
    checkObservation(f),
  );

  it('cross-check: the grades add up to the number assessed, 76 + 121 + 6 = 203', async () => {
    const [total, ...grades] = await Promise.all(assessed.map(observation));
    expect(grades.reduce((sum: number, o: any) => sum + o.value, 0)).toBe(total.value);
    expect(total.value).toBe(203);
  });

  const bangkokContest = { level: 'PROVINCIAL', year: 2566, awardAreaCode: 'TH-10', provinceNameTh: 'กรุงเทพมหานคร' };
  const awards: AwardFact[] = [
    {
      fact: 'winner วิสาหกิจชุมชนฉัตรหลวง (ณัชกร), แขวงแสนแสบ เขตมีนบุรี',
      slug: 'chat-luang-natchakon',
      nameTh: 'วิสาหกิจชุมชนฉัตรหลวง (ณัชกร)',
      area: { code: 'TH-101002', nameTh: 'แสนแสบ', kind: 'SUBDISTRICT' },
      districtNameTh: 'มีนบุรี',
      rank: 'WINNER',
      ...bangkokContest,
    },
    {
      fact: '1st runner-up วิสาหกิจชุมชนกลุ่มผู้ปลูกผักปลอดภัยจากสารพิษทวีวัฒนา, แขวงศาลาธรรมสพน์ เขตทวีวัฒนา',
      slug: 'thawi-watthana-pesticide-free-vegetable-growers',
      nameTh: 'วิสาหกิจชุมชนกลุ่มผู้ปลูกผักปลอดภัยจากสารพิษทวีวัฒนา',
      area: { code: 'TH-104802', nameTh: 'ศาลาธรรมสพน์', kind: 'SUBDISTRICT' },
      districtNameTh: 'ทวีวัฒนา',
      rank: 'FIRST_RUNNER_UP',
      ...bangkokContest,
    },
    {
      fact: '2nd runner-up วิสาหกิจชุมชนพระยาประสิทธิ์, แขวงถนนนครไชยศรี เขตดุสิต',
      slug: 'phraya-prasit',
      nameTh: 'วิสาหกิจชุมชนพระยาประสิทธิ์',
      area: { code: 'TH-100206', nameTh: 'ถนนนครไชยศรี', kind: 'SUBDISTRICT' },
      districtNameTh: 'ดุสิต',
      rank: 'SECOND_RUNNER_UP',
      ...bangkokContest,
    },
    {
      fact: 'honourable mention วิสาหกิจชุมชนขุมทองเกษตรนวัตวิถี, เขตลาดกระบัง',
      slug: 'khum-thong-kaset-nawatwithi',
      nameTh: 'วิสาหกิจชุมชนขุมทองเกษตรนวัตวิถี',
      area: { code: 'TH-1011', nameTh: 'ลาดกระบัง', kind: 'DISTRICT' },
      districtNameTh: 'ลาดกระบัง',
      rank: 'HONOURABLE_MENTION',
      ...bangkokContest,
    },
    {
      fact: 'regional level 2566 (Agricultural Extension and Development Office Region 1, Chai Nat): ฉัตรหลวง (ณัชกร), honourable mention',
      slug: 'chat-luang-natchakon',
      nameTh: 'วิสาหกิจชุมชนฉัตรหลวง (ณัชกร)',
      area: { code: 'TH-101002', nameTh: 'แสนแสบ', kind: 'SUBDISTRICT' },
      districtNameTh: 'มีนบุรี',
      provinceNameTh: 'กรุงเทพมหานคร',
      level: 'REGIONAL',
      year: 2566,
      rank: 'HONOURABLE_MENTION',
      organiserNameTh: 'สำนักงานส่งเสริมและพัฒนาการเกษตรที่ 1 ชัยนาท',
    },
  ].map((r) => ({ kind: 'COMMUNITY_ENTERPRISE', doc: DOC_000, ...r }) as AwardFact);
  it.each(table(awards))('Outstanding CE contest 2566 — %s', (_, f) => checkAward(f));

  it.each(
    table([
      {
        fact: 'the provincial (Bangkok) round lists the four placed enterprises',
        activity: 'bangkok-outstanding-ce-contest-2566',
        enterprises: [
          'วิสาหกิจชุมชนฉัตรหลวง (ณัชกร)',
          'วิสาหกิจชุมชนกลุ่มผู้ปลูกผักปลอดภัยจากสารพิษทวีวัฒนา',
          'วิสาหกิจชุมชนพระยาประสิทธิ์',
          'วิสาหกิจชุมชนขุมทองเกษตรนวัตวิถี',
        ],
      },
      {
        fact: 'Bangkok was represented at the regional round by ฉัตรหลวง (ณัชกร)',
        activity: 'regional-outstanding-ce-contest-2566-region-1',
        enterprises: ['วิสาหกิจชุมชนฉัตรหลวง (ณัชกร)'],
      },
    ]),
  )('contest activity — %s', (_, r) =>
    checkActivity({ ...r, programme: 'bangkok-ce-promotion', kind: 'CONTEST', doc: DOC_000 }),
  );

  it('reporting partner agencies, and the new members added to the subcommittee', async () => {
    const { programme } = await t.data(PROGRAMME, { slug: 'bangkok-ce-promotion' });
    const withRole = (role: string) =>
      programme.partners.filter((p: any) => p.role === role).map((p: any) => p.organisation);
    expectNamed(withRole('REPORTING_AGENCY'), [
      'สำนักงานเกษตรพื้นที่กรุงเทพมหานคร',
      'กรมการพัฒนาชุมชน',
      'กรมพัฒนาธุรกิจการค้า',
      'กรมส่งเสริมอุตสาหกรรม',
      'ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร',
      'ธนาคารออมสิน',
      'สำนักงานกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ',
      'สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม',
      'ผู้แทนวิสาหกิจชุมชนกรุงเทพมหานคร',
      'ผู้ทรงคุณวุฒิ',
    ]);
    expectNamed(withRole('MEMBER'), ['สถาบันอาหาร', 'กรมสรรพากร', 'ผู้แทนวิสาหกิจชุมชน']);
    // Partner rows carry no source of their own; the programme's sources are their provenance.
    expectSources(programme.sources, DOC_000);
  });
});

// =============================================================================================
// 001 — Ang Thong grassroots-economy mechanism, meeting 3/2564 (2021)
// =============================================================================================

describe('001_89d26a7f090e9936 — Ang Thong grassroots-economy mechanism, meeting 3/2564 (2021)', () => {
  it('the source document is listed with its key, Thai title and (B.E. 2564 = 2021) date', () =>
    checkSourceRecord(DOC_001));

  const G = 'ang-thong-grassroots-economy';
  const activities: ActivityFact[] = [
    {
      fact: 'Agriculture and Cooperatives: potential assessment and plans, 2 CEs per district × 10 people = 140 people',
      programme: G,
      activity: 'ang-thong-ce-potential-assessment-2564',
      participants: 140,
      doc: DOC_001,
    },
    {
      fact: 'Agriculture and Cooperatives: new-generation CE entrepreneurs trained, 20 people',
      programme: G,
      activity: 'ang-thong-new-generation-ce-entrepreneurs-2564',
      participants: 20,
      doc: DOC_001,
    },
    {
      fact: 'Agriculture and Cooperatives: basketry network building, 25 people, four member CEs',
      programme: G,
      activity: 'ang-thong-basketry-network-building-2564',
      participants: 25,
      enterprises: [
        'วิสาหกิจชุมชนช้างสาน',
        'วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรคลองวัว',
        'วิสาหกิจชุมชนกลุ่มจักสานผักตบชวาบ้านรี',
        'วิสาหกิจชุมชนกลุ่มจักสานผักตบชวาไชยภูมิ',
      ],
      doc: DOC_001,
    },
    {
      fact: 'Agriculture and Cooperatives: primary processing support for กลุ่มแม่บ้านเกษตรกรศรีโพธิ์ร่วมใจ',
      programme: G,
      activity: 'ang-thong-primary-processing-support-2564',
      enterprises: ['กลุ่มแม่บ้านเกษตรกรศรีโพธิ์ร่วมใจ'],
      doc: DOC_001,
    },
    {
      fact: 'Agriculture and Cooperatives: management skills for คนพิการเมืองอ่างทอง and กลุ่มสตรีพัฒนาอาชีพบ้านศาลาดิน',
      programme: G,
      activity: 'ang-thong-processed-product-management-skills-2564',
      enterprises: ['วิสาหกิจชุมชนคนพิการเมืองอ่างทอง', 'วิสาหกิจชุมชนกลุ่มสตรีพัฒนาอาชีพบ้านศาลาดิน'],
      doc: DOC_001,
    },
    {
      fact: 'Fisheries: production inputs for the Thai betta breeding learning centre, ต.ม่วงเตี้ย อ.วิเศษชัยชาญ',
      programme: G,
      activity: 'ang-thong-betta-learning-centre-inputs',
      kind: 'SUPPORT',
      enterprises: ['ศูนย์เรียนรู้การเพาะปลากัดไทย'],
      area: { code: 'TH-150612', nameTh: 'ม่วงเตี้ย', parentNameTh: 'วิเศษชัยชาญ', provinceNameTh: 'อ่างทอง' },
      doc: DOC_001,
    },
    {
      fact: 'Industry: 30 CE/OTOP producers developed at the OTOP Complex, ต.พุแค อ.เฉลิมพระเกียรติ จ.สระบุรี',
      programme: G,
      activity: 'ang-thong-otop-complex-development',
      participants: 30,
      area: { code: 'TH-191304', nameTh: 'พุแค', parentNameTh: 'เฉลิมพระเกียรติ', provinceNameTh: 'สระบุรี' },
      venueTh: ['ศูนย์โอทอป คอมเพล็กซ์'],
      doc: DOC_001,
    },
    {
      fact: 'Industry: OPOAI-C 2564 workshop, 30 people',
      programme: 'opoai-c-ang-thong-2564',
      activity: 'opoai-c-ang-thong-2564-workshop',
      kind: 'TRAINING',
      participants: 30,
      doc: DOC_001,
    },
    {
      fact: 'Commerce: the provincial salesmen team serves 8 named target groups',
      programme: G,
      activity: 'ang-thong-provincial-salesmen-team',
      enterprises: [
        'กลุ่มออมทรัพย์เพื่อการผลิตบ้านตลาดใหม่',
        'กลุ่มจักสานผักตบชวาบ้านบางตาแผ่น',
        'กลุ่มแม่บ้านเกษตรกรบ้านรีพัฒนา',
        'วิสาหกิจชุมชนช้างยิ้มเกษตรอินทรีย์ป่าโมก',
        'กลุ่มปั้นตุ๊กตาชาววัง',
        'วิสาหกิจชุมชนเลี้ยงปลาหนองขโมย',
        'วิสาหกิจชุมชนอาภานวดแผนไทยบางเจ้าฉ่า',
        'กลุ่มอาชีพจักสานไม้ไผ่บางเจ้าฉ่า',
      ],
      doc: DOC_001,
    },
    {
      fact: 'Community Development: marketing channels for 6 target groups',
      programme: G,
      activity: 'ang-thong-cdo-marketing-channels',
      enterprises: [
        'กลุ่มประมงและการแปรรูปอ่างทอง',
        'วิสาหกิจชุมชนเลี้ยงปลาหนองขโมย',
        'บางตาแผ่น',
        'กลุ่มจักสานผักตบชวาบ้านรี',
        'บางเสด็จ',
        'ชุมชนบางเจ้าฉ่า',
      ],
      doc: DOC_001,
    },
    {
      fact: 'Community Development: safe-food supply to hospitals, schools, hotels and restaurants by 11 named groups',
      programme: G,
      activity: 'ang-thong-safe-food-supply',
      enterprises: [
        'วิสาหกิจชุมชนเลี้ยงปลาหนองขโมย',
        'วิสาหกิจชุมชนกลุ่มปรับปรุงมะม่วง',
        'วิสาหกิจชุมชนศุภัสสรฟาร์ม',
        'กลุ่มแม่บ้านเกษตรกรบ้านมะขาม',
        'กลุ่มเกษตรกรผู้ปลูกชะอม',
        'กลุ่มโรงสีชุมชนบ้านดอนบ่อ',
        'วิสาหกิจชุมชนดงนุ่น',
        'กลุ่มเกษตรกรทำสวนอ่างทองกรีนฟาร์ม',
        'วิสาหกิจชุมชนกลุ่มปลาส้มตำบลชะไว',
        'วิสาหกิจชุมชนมะม่วงส่งออกบ้านห้วยกำแพง',
        'กลุ่มประมงและแปรรูปปลา',
      ],
      doc: DOC_001,
    },
    {
      fact: 'Tourism and Sports: Thai Homestay Standard for Ban Bang Sadet, อ.ป่าโมก, FY2563',
      programme: G,
      activity: 'ang-thong-thai-homestay-standard-2563',
      enterprises: ['บางเสด็จ'],
      area: { code: 'TH-1503', nameTh: 'ป่าโมก', parentNameTh: 'อ่างทอง' },
      startOn: '2019-10-01', // FY2563 = 1 Oct 2019 – 30 Sep 2020
      endOn: '2020-09-30',
      doc: DOC_001,
    },
  ];
  it.each(table(activities))('activity — %s', (_, f) => checkActivity(f));

  it('cross-check: 2 CEs in each of Ang Thong’s districts × 10 people = 140', async () => {
    const { areas } = await t.data('{ areas(parent: "TH-15", kind: DISTRICT) { totalCount } }');
    expect(areas.totalCount).toBe(7); // Ang Thong has 7 districts
    const a = await activity(G, 'ang-thong-ce-potential-assessment-2564');
    expect(areas.totalCount * 2 * 10).toBe(a.participants);
  });

  it.each(
    table<BudgetFact>([
      {
        // The text gives no fiscal year; FY2564 is inferred from the meeting number 3/2564.
        fact: 'budget from the Upper Central province cluster: 217,000 baht',
        programme: G,
        kind: 'ALLOCATED',
        fiscalYear: 2564,
        amount: 217000,
        doc: DOC_001,
      },
    ]),
  )('budget — %s', (_, f) => checkBudgetLine(f));

  it('the 217,000 baht came from the Upper Central province cluster (กลุ่มจังหวัดภาคกลางตอนบน) as funder', async () => {
    const { programme } = await t.data(PROGRAMME, { slug: G });
    const funders = programme.partners.filter((p: any) => p.role === 'FUNDER').map((p: any) => p.organisation);
    expectNamed(funders, ['กลุ่มจังหวัดภาคกลางตอนบน']);
    expectSources(programme.sources, DOC_001);
  });

  const observations: ObservationFact[] = [
    {
      fact: 'Community Product Standard (มผช.): 9 products certified',
      indicator: 'TCPS_PRODUCTS',
      category: 'CERTIFIED',
      value: 9,
    },
    {
      fact: 'Community Product Standard (มผช.): 1 product not certified',
      indicator: 'TCPS_PRODUCTS',
      category: 'NOT_CERTIFIED',
      value: 1,
    },
    {
      fact: 'Community Product Standard (มผช.): 20 products awaiting results',
      indicator: 'TCPS_PRODUCTS',
      category: 'PENDING',
      value: 20,
    },
    {
      fact: 'OPOAI-C 2564: 4 products developed',
      indicator: 'OPOAI_C_PRODUCTS_DEVELOPED',
      category: null,
      value: 4,
      fiscalYear: 2564,
      period: { fiscalYear: 2564 },
    },
    {
      fact: 'provincial marketing team ("provincial salesmen"): 7 people',
      indicator: 'PROVINCIAL_MARKETING_TEAM_MEMBERS',
      category: null,
      value: 7,
    },
  ].map((r) => ({
    area: 'TH-15',
    areaNameTh: 'อ่างทอง',
    unit: r.indicator === 'PROVINCIAL_MARKETING_TEAM_MEMBERS' ? 'PERSON' : 'PRODUCT',
    doc: DOC_001,
    ...r,
  }));
  observations.push({
    fact: 'Thai Homestay Standard, Ban Bang Sadet, อ.ป่าโมก, FY2563: 7 houses',
    indicator: 'HOMESTAY_HOUSES_STANDARD_ASSESSED',
    area: 'TH-1503',
    areaNameTh: 'ป่าโมก',
    category: null,
    fiscalYear: 2563,
    value: 7,
    unit: 'HOUSE',
    period: { start: '2019-10-01', end: '2020-09-30', fiscalYear: 2563 },
    doc: DOC_001,
  });
  it.each(table(observations, (r) => `${r.indicator} — ${r.fact}`))('%s', (_, f) => checkObservation(f));

  it('cross-check: 9 certified + 1 not certified + 20 pending = 30 products in มผช. certification', async () => {
    const rows = await Promise.all(observations.filter((o) => o.indicator === 'TCPS_PRODUCTS').map(observation));
    expect(rows.reduce((sum: number, o: any) => sum + o.value, 0)).toBe(30);
  });

  it('the Ban Bang Sadet homestays carry a Thai Homestay Standard certification record for 2563', async () => {
    const e = await checkEnterprise({
      fact: 'Ban Bang Sadet',
      slug: 'ban-bang-sadet',
      nameTh: 'บางเสด็จ',
      area: { code: 'TH-1503', nameTh: 'ป่าโมก', kind: 'DISTRICT' },
      provinceNameTh: 'อ่างทอง',
      villageNo: 2, // "ชุมชนบางเสด็จ หมู่ที่ 2"
      doc: DOC_001,
    });
    const homestay = e.certifications.filter((c: any) => c.standard === 'THAI_HOMESTAY');
    expect(homestay).toHaveLength(1);
    expect(homestay[0].year).toBe(2563);
    // The text reports an inspection for the standard (ตรวจประเมินรับรอง), not its outcome.
    expect(homestay[0].status).toBe('PENDING');
    expect(homestay[0].productTh).toContain('7 หลัง');
    expectSource(homestay[0].source, DOC_001);
  });

  const enterprises: EnterpriseFact[] = [
    {
      fact: 'วิสาหกิจชุมชนคนพิการเมืองอ่างทอง, ต.ศาลาแดง อ.เมืองอ่างทอง',
      slug: 'mueang-ang-thong-persons-with-disabilities',
      nameTh: 'วิสาหกิจชุมชนคนพิการเมืองอ่างทอง',
      kind: 'COMMUNITY_ENTERPRISE',
      area: { code: 'TH-150103', nameTh: 'ศาลาแดง', kind: 'SUBDISTRICT' },
      districtNameTh: 'เมืองอ่างทอง',
      provinceNameTh: 'อ่างทอง',
      doc: DOC_001,
    },
    {
      fact: 'ศูนย์เรียนรู้การเพาะปลากัดไทย, หมู่ที่ 2 ต.ม่วงเตี้ย อ.วิเศษชัยชาญ (a learning centre)',
      slug: 'thai-betta-breeding-learning-centre-muang-tia',
      nameTh: 'ศูนย์เรียนรู้การเพาะปลากัดไทย',
      kind: 'LEARNING_CENTRE',
      area: { code: 'TH-150612', nameTh: 'ม่วงเตี้ย', kind: 'SUBDISTRICT' },
      districtNameTh: 'วิเศษชัยชาญ',
      provinceNameTh: 'อ่างทอง',
      villageNo: 2,
      doc: DOC_001,
    },
    {
      fact: 'วิสาหกิจชุมชนช้างยิ้มเกษตรอินทรีย์ป่าโมก, ตำบลโรงช้าง',
      slug: 'chang-yim-organic-farming-pa-mok',
      nameTh: 'วิสาหกิจชุมชนช้างยิ้มเกษตรอินทรีย์ป่าโมก',
      area: { code: 'TH-150304', nameTh: 'โรงช้าง', kind: 'SUBDISTRICT' },
      districtNameTh: 'ป่าโมก',
      provinceNameTh: 'อ่างทอง',
      doc: DOC_001,
    },
    {
      fact: 'วิสาหกิจชุมชนกลุ่มปลาส้มตำบลชะไว, ตำบลชะไว',
      slug: 'chawai-pla-som-group',
      nameTh: 'วิสาหกิจชุมชนกลุ่มปลาส้มตำบลชะไว',
      area: { code: 'TH-150208', nameTh: 'ชะไว', kind: 'SUBDISTRICT' },
      provinceNameTh: 'อ่างทอง',
      doc: DOC_001,
    },
  ];
  it.each(table(enterprises))('named enterprise — %s', async (_, f) => {
    await checkEnterprise(f);
  });

  const networks: NetworkFact[] = [
    {
      fact: 'the basketry network (เครือข่ายจักสาน): 4 member CEs',
      network: 'ang-thong-basketry-network',
      coordinatorNameTh: 'สำนักงานเกษตรและสหกรณ์จังหวัดอ่างทอง',
      members: [
        'วิสาหกิจชุมชนช้างสาน',
        'วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรคลองวัว',
        'วิสาหกิจชุมชนกลุ่มจักสานผักตบชวาบ้านรี',
        'วิสาหกิจชุมชนกลุ่มจักสานผักตบชวาไชยภูมิ',
      ],
      doc: DOC_001,
    },
    {
      fact: 'the provincial salesmen’s 8 target groups',
      network: 'ang-thong-provincial-salesmen-target-groups',
      coordinatorNameTh: 'สำนักงานพาณิชย์จังหวัดอ่างทอง',
      members: [
        'กลุ่มออมทรัพย์เพื่อการผลิตบ้านตลาดใหม่',
        'กลุ่มจักสานผักตบชวาบ้านบางตาแผ่น',
        'กลุ่มแม่บ้านเกษตรกรบ้านรีพัฒนา',
        'วิสาหกิจชุมชนช้างยิ้มเกษตรอินทรีย์ป่าโมก',
        'กลุ่มปั้นตุ๊กตาชาววัง',
        'วิสาหกิจชุมชนเลี้ยงปลาหนองขโมย',
        'วิสาหกิจชุมชนอาภานวดแผนไทยบางเจ้าฉ่า',
        'กลุ่มอาชีพจักสานไม้ไผ่บางเจ้าฉ่า',
      ],
      doc: DOC_001,
    },
    {
      fact: 'the Community Development Office’s 6 marketing target groups',
      network: 'ang-thong-cdo-marketing-channel-target-groups',
      coordinatorNameTh: 'สำนักงานพัฒนาชุมชนจังหวัดอ่างทอง',
      members: [
        'กลุ่มประมงและการแปรรูปอ่างทอง',
        'วิสาหกิจชุมชนเลี้ยงปลาหนองขโมย',
        'บางตาแผ่น',
        'กลุ่มจักสานผักตบชวาบ้านรี',
        'บางเสด็จ',
        'ชุมชนบางเจ้าฉ่า',
      ],
      doc: DOC_001,
    },
    {
      fact: 'the 11 safe-food target groups',
      network: 'ang-thong-safe-food-target-groups',
      coordinatorNameTh: 'สำนักงานพัฒนาชุมชนจังหวัดอ่างทอง',
      members: [
        'วิสาหกิจชุมชนเลี้ยงปลาหนองขโมย',
        'วิสาหกิจชุมชนกลุ่มปรับปรุงมะม่วง',
        'วิสาหกิจชุมชนศุภัสสรฟาร์ม',
        'กลุ่มแม่บ้านเกษตรกรบ้านมะขาม',
        'กลุ่มเกษตรกรผู้ปลูกชะอม',
        'กลุ่มโรงสีชุมชนบ้านดอนบ่อ',
        'วิสาหกิจชุมชนดงนุ่น',
        'กลุ่มเกษตรกรทำสวนอ่างทองกรีนฟาร์ม',
        'วิสาหกิจชุมชนกลุ่มปลาส้มตำบลชะไว',
        'วิสาหกิจชุมชนมะม่วงส่งออกบ้านห้วยกำแพง',
        'กลุ่มประมงและแปรรูปปลา',
      ],
      doc: DOC_001,
    },
  ];
  it.each(table(networks))('network — %s', (_, f) => checkNetwork(f));
});

// =============================================================================================
// 002 — Sammachiv Foundation meets the Community Development Department, 2 Mar 2020
// =============================================================================================

describe('002_fe518321382cae8e — Sammachiv Foundation meets the Community Development Department (2 Mar 2020)', () => {
  it('the source document is listed with its key, Thai title and date', () => checkSourceRecord(DOC_002));

  it.each(
    table([
      {
        fact: 'community tourism MOU "สานพลังขับเคลื่อน พัฒนาวิสาหกิจท่องเที่ยวชุมชน" is in preparation (Sammachiv × CDD)',
        slug: 'sammachiv-cdd-community-tourism-mou',
        nameTh: 'สานพลังขับเคลื่อน พัฒนาวิสาหกิจท่องเที่ยวชุมชน',
        status: 'IN_PREPARATION',
      },
      {
        fact: 'a community energy MOU is planned (CDD × Sammachiv)',
        slug: 'sammachiv-cdd-community-energy-mou',
        nameTh: 'พลังงานชุมชน',
        status: 'PROPOSED',
      },
    ]),
  )('agreement — %s', async (_, r) => {
    const { agreement } = await t.data(AGREEMENT, { slug: r.slug });
    expect(agreement.nameTh).toContain(r.nameTh);
    expect(agreement.status).toBe(r.status);
    expect(agreement.date).toBe('2020-03-02');
    expectNamed(
      agreement.signatories.map((s: any) => s.organisation),
      ['มูลนิธิสัมมาชีพ', 'กรมการพัฒนาชุมชน'],
    );
    expectSources(agreement.sources, DOC_002);
  });

  it('CDD classifies tourism communities in 4 levels A–D, and level C (learning potential) is the agreed focus', async () => {
    const { categories } = await t.data('{ categories(scheme: TOURISM_LEVEL) { code nameTh descriptionTh order } }');
    expect(categories.map((c: any) => c.code)).toEqual(['A', 'B', 'C', 'D']);
    const description = (code: string) => categories.find((c: any) => c.code === code)?.descriptionTh;
    expect(description('A')).toContain('สามารถนำไปต่อยอดสู่การประชาสัมพันธ์ได้');
    expect(description('B')).toContain('ต้องมีการปรับปรุงโครงสร้างพื้นฐาน');
    expect(description('C')).toContain('ศักยภาพด้านการเรียนรู้');
    expect(description('D')).toContain('ผลิตภัณฑ์ชุมชน');
    // The focus on level C is only held in prose (no structured field for it).
    const { agreement } = await t.data(AGREEMENT, { slug: 'sammachiv-cdd-community-tourism-mou' });
    expect(agreement.descriptionTh).toMatch(/กลุ่ม C/);
    const { programme } = await t.data(PROGRAMME, { slug: 'community-tourism-enterprise-development' });
    expect(programme.descriptionTh).toMatch(/กลุ่ม C/);
    expectSources(programme.sources, DOC_002);
  });

  it('community finance curriculum with 4 organisations: Sammachiv, CDD, GSB, Village Fund', async () => {
    const { programme } = await t.data(PROGRAMME, { slug: 'community-finance-curriculum' });
    expect(programme.nameTh).toContain('หลักสูตรการเงินชุมชน');
    expectNamed(
      [programme.lead, ...programme.partners.map((p: any) => p.organisation)],
      ['มูลนิธิสัมมาชีพ', 'กรมการพัฒนาชุมชน', 'ธนาคารออมสิน', 'กองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ'],
    );
    expectSources(programme.sources, DOC_002);
  });

  it('model Sammachiv villages via the "Khok Nong Na model"', async () => {
    const { programme } = await t.data(PROGRAMME, { slug: 'sammachiv-model-villages-khok-nong-na' });
    expect(programme.nameTh).toContain('หมู่บ้านต้นแบบสัมมาชีพ');
    expect(programme.nameTh).toContain('โคก หนอง นา โมเดล');
    expectSources(programme.sources, DOC_002);
  });

  it('the talks took place on 2 Mar 2020', () =>
    checkActivity({
      fact: 'talks',
      programme: 'community-tourism-enterprise-development',
      activity: 'sammachiv-cdd-talks-2020-03-02',
      startOn: '2020-03-02',
      doc: DOC_002,
    }));
});

// =============================================================================================
// 003 — Bangkok Social Development Office, meeting 2/2567, 3 Dec 2024
// =============================================================================================

describe('003_4a541e27cee69d2e — Bangkok Social Development Office, meeting 2/2567 (3 Dec 2024)', () => {
  it('the source document is listed with its key, Thai title and date', () => checkSourceRecord(DOC_003));

  const FAIRS_2567 = { start: /^2024-08-\d\d$/, end: /^2024-11-\d\d$/ }; // "สิงหาคม - พฤศจิกายน 2567"
  const PLAN_2568 = { start: /^2025-02-\d\d$/, end: /^2025-07-\d\d$/, fiscalYear: 2568 }; // "กุมภาพันธ์ - กรกฎาคม 2568"
  const groups: [code: string, nameTh: string][] = [
    ['TH-10-G-KRUNGTHON-SOUTH', 'กลุ่มเขตกรุงธนใต้'],
    ['TH-10-G-KRUNGTHEP-NORTH', 'กลุ่มเขตกรุงเทพเหนือ'],
    ['TH-10-G-KRUNGTHEP-CENTRAL', 'กลุ่มเขตกรุงเทพกลาง'],
    ['TH-10-G-KRUNGTHEP-SOUTH', 'กลุ่มเขตกรุงเทพใต้'],
    ['TH-10-G-KRUNGTHON-NORTH', 'กลุ่มเขตกรุงธนเหนือ'],
    ['TH-10-G-KRUNGTHEP-EAST', 'กลุ่มเขตกรุงเทพตะวันออก'],
  ];
  const common = { unit: 'FAIR', doc: DOC_003, indicator: 'STIMULUS_FAIRS', category: null };

  const fairs: ObservationFact[] = [
    { ...common, fact: '2567: 36 fairs in all', area: 'TH-10', value: 36, period: FAIRS_2567 },
    ...groups.map(([area, nameTh]) => ({
      ...common,
      fact: `2567: 6 fairs in ${nameTh}`,
      area,
      areaNameTh: nameTh,
      value: 6,
      period: FAIRS_2567,
    })),
    { ...common, fact: 'plan FY2568: 30 fairs', kind: 'TARGET', area: 'TH-10', value: 30, period: PLAN_2568 },
    ...groups.map(([area, nameTh]) => ({
      ...common,
      fact: `plan FY2568: 5 fairs in ${nameTh}`,
      kind: 'TARGET' as const,
      area,
      areaNameTh: nameTh,
      value: 5,
      period: PLAN_2568,
    })),
    {
      fact: 'plan FY2568: 3 days per fair',
      indicator: 'STIMULUS_FAIR_DURATION',
      kind: 'TARGET',
      area: 'TH-10',
      category: null,
      value: 3,
      unit: 'DAY',
      period: PLAN_2568,
      doc: DOC_003,
    },
  ];
  it.each(table(fairs, (r) => `${r.indicator} — ${r.fact}`))('%s', (_, f) => checkObservation(f));

  const salesCommon = {
    unit: 'THB',
    doc: DOC_003,
    indicator: 'STIMULUS_FAIR_SALES',
    category: null,
    period: FAIRS_2567,
  };
  const sales: ObservationFact[] = [
    { ...salesCommon, fact: 'total sales 18,951,686 baht', area: 'TH-10', value: 18951686, approximate: false },
    ...(
      [
        ['TH-10-G-KRUNGTHON-SOUTH', 'กลุ่มเขตกรุงธนใต้', 2600000, false, '"กว่า 2.60 ล้านบาท"'],
        ['TH-10-G-KRUNGTHEP-NORTH', 'กลุ่มเขตกรุงเทพเหนือ', 999000, false, '"กว่า 9.99 แสนบาท"'],
        ['TH-10-G-KRUNGTHEP-CENTRAL', 'กลุ่มเขตกรุงเทพกลาง', 8170000, false, '"กว่า 8.17 ล้านบาท"'],
        ['TH-10-G-KRUNGTHEP-SOUTH', 'กลุ่มเขตกรุงเทพใต้', 3820000, false, '"กว่า 3.82 ล้านบาท"'],
        ['TH-10-G-KRUNGTHON-NORTH', 'กลุ่มเขตกรุงธนเหนือ', 1610000, false, '"กว่า 1.61 ล้านบาท"'],
        ['TH-10-G-KRUNGTHEP-EAST', 'กลุ่มเขตกรุงเทพตะวันออก', 1740000, true, '"ประมาณ 1.74 ล้านบาท" (about)'],
      ] as const
    ).map(([area, nameTh, value, approximate, text]) => ({
      ...salesCommon,
      fact: `${nameTh}: ${text}`,
      area,
      areaNameTh: nameTh,
      value,
      approximate,
    })),
  ];
  it.each(table(sales))('STIMULUS_FAIR_SALES — %s', (_, f) => checkObservation(f));

  it('cross-check: the six district-group sales add up to the reported 18,951,686 baht within the rounding', async () => {
    const [total, ...byGroup] = await Promise.all(sales.map(observation));
    expect(byGroup).toHaveLength(6);
    const sum = byGroup.reduce((s: number, o: any) => s + o.value, 0);
    // 2,600,000 + 999,000 + 8,170,000 + 3,820,000 + 1,610,000 + 1,740,000 = 18,939,000 baht, which is
    // 12,686 baht below the exact total of 18,951,686 (the groups are rounded "more than" figures).
    expect(sum).toBe(18939000);
    expect(Math.abs(sum - total.value)).toBeLessThanOrEqual(60000);
    expect(total.value - sum).toBe(12686);
  });

  it('cross-check: 6 district groups × 6 fairs = 36, and 6 × 5 = 30 planned', async () => {
    const actual = await Promise.all(fairs.filter((f) => f.kind !== 'TARGET').map(observation));
    const planned = await Promise.all(
      fairs.filter((f) => f.kind === 'TARGET' && f.indicator === 'STIMULUS_FAIRS').map(observation),
    );
    const [actualTotal, ...actualGroups] = actual;
    const [plannedTotal, ...plannedGroups] = planned;
    expect(actualGroups).toHaveLength(6);
    expect(plannedGroups).toHaveLength(6);
    expect(actualGroups.reduce((s: number, o: any) => s + o.value, 0)).toBe(actualTotal.value);
    expect(plannedGroups.reduce((s: number, o: any) => s + o.value, 0)).toBe(plannedTotal.value);
    const { areas } = await t.data('{ areas(parent: "TH-10", kind: DISTRICT_GROUP) { totalCount } }');
    expect(areas.totalCount).toBe(6);
  });

  // The Aug–Nov 2024 fairs straddle FY2567/FY2568; the document calls them the 2567 round, and
  // they must not be filed with the FY2568 plan (30 fairs, Feb–Jul 2025).
  it('the 2567 fairs are not filed under fiscal year 2568 together with the FY2568 plan', async () => {
    for (const f of [fairs[0]!, sales[0]!]) {
      const o = await observation(f);
      expect([2567, null]).toContain(o.period.fiscalYear);
    }
  });

  it.each(
    table<ActivityFact>([
      {
        fact: 'the 2567 fairs ran from August to November 2024',
        programme: 'bangkok-economic-stimulus-fairs',
        activity: 'bangkok-stimulus-fairs-2567',
        kind: 'FAIR',
        startOn: /^2024-08-/,
        endOn: /^2024-11-/,
        doc: DOC_003,
      },
      {
        fact: 'the FY2568 fairs are planned for February to July 2025',
        programme: 'bangkok-economic-stimulus-fairs',
        activity: 'bangkok-stimulus-fairs-plan-2568',
        kind: 'FAIR',
        startOn: /^2025-02-/,
        endOn: /^2025-07-/,
        doc: DOC_003,
      },
      {
        fact: 'the meeting 2/2567 on 3 Dec 2024 was chaired by Deputy Governor Sanon Wangsrangboon',
        programme: 'bma-welfare-quality-of-life',
        activity: 'bma-sdo-district-heads-meeting-2-2567',
        kind: 'MEETING',
        startOn: '2024-12-03',
        presidedByTh: ['ศานนท์ หวังสร้างบุญ'],
        venueTh: ['ห้องรัตนโกสินทร์'],
        doc: DOC_003,
      },
    ]),
  )('activity — %s', (_, f) => checkActivity(f));

  const SC = 'bangkok-strong-communities';
  const budget: BudgetFact[] = [
    { fact: 'FY2566 budget 403,000,000 baht', programme: SC, kind: 'ALLOCATED', fiscalYear: 2566, amount: 403000000 },
    {
      fact: 'FY2566 disbursed or carried over 196,936,496 baht = 48.87 %',
      programme: SC,
      kind: 'DISBURSED',
      fiscalYear: 2566,
      amount: 196936496,
      reportedPercent: 48.87,
    },
    {
      fact: 'FY2567 funded: 2,009 communities, 401,800,000 baht',
      programme: SC,
      kind: 'ALLOCATED',
      fiscalYear: 2567,
      amount: 401800000,
      recipients: 2009,
      recipientUnit: 'COMMUNITY',
    },
    {
      fact: 'FY2567 transferred to districts: 2,007 communities, 401,400,000 baht',
      programme: SC,
      kind: 'TRANSFERRED',
      fiscalYear: 2567,
      amount: 401400000,
      recipients: 2007,
      recipientUnit: 'COMMUNITY',
    },
    {
      fact: 'FY2567 requested by 1,806 communities (89.98 %)',
      programme: SC,
      kind: 'REQUESTED',
      fiscalYear: 2567,
      recipients: 1806,
      recipientUnit: 'COMMUNITY',
      reportedPercent: 89.98,
    },
    {
      fact: 'FY2567 disbursed or carried over 56,629,803.70 baht (14.11 %)',
      programme: SC,
      kind: 'DISBURSED',
      fiscalYear: 2567,
      amount: 56629803.7,
      reportedPercent: 14.11,
    },
  ].map((r) => ({ doc: DOC_003, ...r }) as BudgetFact);
  it.each(table(budget))('Strong Communities budget — %s', (_, f) => checkBudgetLine(f));

  it.each(
    table<ObservationFact>([
      {
        fact: 'FY2566 done in all 50 districts',
        indicator: 'STRONG_COMMUNITIES_DISTRICTS_COMPLETED',
        area: 'TH-10',
        category: null,
        fiscalYear: 2566,
        value: 50,
        unit: 'DISTRICT',
        period: { fiscalYear: 2566 },
        doc: DOC_003,
      },
    ]),
  )('Strong Communities — %s', (_, f) => checkObservation(f));

  it('cross-check: the reported percentages follow from the amounts', async () => {
    const line = (kind: string, fy: number) => budgetLine(SC, kind, fy);
    const [alloc66, disb66, transf67, req67, disb67] = await Promise.all([
      line('ALLOCATED', 2566),
      line('DISBURSED', 2566),
      line('TRANSFERRED', 2567),
      line('REQUESTED', 2567),
      line('DISBURSED', 2567),
    ]);
    // FY2566: 196,936,496 / 403,000,000 = 48.868 % → 48.87 %.
    expect(Math.abs((100 * disb66.amount) / alloc66.amount - disb66.reportedPercent)).toBeLessThan(0.005);
    // FY2567: 56,629,803.70 / 401,400,000 (transferred) = 14.108 % → 14.11 %.
    expect(Math.abs((100 * disb67.amount) / transf67.amount - disb67.reportedPercent)).toBeLessThan(0.005);
    // FY2567: 1,806 / 2,007 communities = 89.985 %, which the document truncates to 89.98 %.
    expect(Math.abs((100 * req67.recipients) / transf67.recipients - req67.reportedPercent)).toBeLessThan(0.01);
    // Fewer communities were funded by transfer than allocated (communities dissolved before the transfer).
    expect(transf67.recipients).toBeLessThan(2009);
  });

  const foodBank: ObservationFact[] = [
    {
      fact: 'model 1: 295,043.31 kg of food donated',
      indicator: 'FOOD_BANK_SURPLUS_FOOD_KG',
      value: 295043.31,
      unit: 'KG',
    },
    {
      fact: 'model 1: 746,459.57 kgCO2e avoided',
      indicator: 'FOOD_BANK_CO2E_REDUCED',
      value: 746459.57,
      unit: 'KGCO2E',
    },
    { fact: 'model 1: 1,239,181.89 meals', indicator: 'FOOD_BANK_MEALS', value: 1239181.89, unit: 'MEAL' },
    {
      fact: 'model 1: 36,005 recipients',
      indicator: 'FOOD_BANK_SURPLUS_RECIPIENTS',
      value: 36005,
      unit: 'PERSON',
    },
  ].map((r) => ({
    area: 'TH-10',
    category: null,
    period: { start: '2024-10-01', end: '2024-11-30' }, // "1 ตุลาคม - 30 พฤศจิกายน 2567"
    doc: DOC_003,
    ...r,
  }));
  foodBank.push(
    ...[
      {
        fact: 'model 2 (district food banks): 900 donors',
        indicator: 'FOOD_BANK_DISTRICT_DONORS',
        value: 900,
        unit: 'DONOR',
      },
      {
        fact: 'model 2 (district food banks): 7,656 vulnerable people helped',
        indicator: 'FOOD_BANK_DISTRICT_PEOPLE_HELPED',
        value: 7656,
        unit: 'PERSON',
      },
      {
        fact: 'running in all 50 district offices',
        indicator: 'FOOD_BANK_DISTRICTS_OPERATING',
        value: 50,
        unit: 'DISTRICT',
      },
    ].map((r) => ({
      area: 'TH-10',
      category: null,
      // cumulative since the start of operations, as reported at the meeting
      period: { end: '2024-12-03' },
      doc: DOC_003,
      ...r,
    })),
  );
  it.each(table(foodBank))('BKK Food Bank — %s', (_, f) => checkObservation(f));
});

// =============================================================================================
// 004 — MOU on promoting social enterprises, 26 Feb 2021
// =============================================================================================

describe('004_601cdb5170b81ab9 — MOU on promoting social enterprises (26 Feb 2021)', () => {
  it('the source document is listed with its key, Thai title and date', () => checkSourceRecord(DOC_004));

  /** The 18 organisations, in the order the document lists them. */
  const SIGNATORIES: [orgId: string, nameTh: string][] = [
    ['TH-GOV-OSEP', 'สำนักงานส่งเสริมวิสาหกิจเพื่อสังคม'],
    ['TH-GOV-MOC', 'กระทรวงพาณิชย์'],
    ['TH-GOV-MOI', 'กระทรวงมหาดไทย'],
    ['TH-GOV-MOAC', 'กระทรวงเกษตรและสหกรณ์'],
    ['TH-GOV-NIA', 'สำนักงานนวัตกรรมแห่งชาติ'],
    ['TH-GOV-SEC', 'สำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์'],
    ['TH-SFI-TCG', 'บรรษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม'],
    ['TH-SFI-SMEBANK', 'ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย'],
    ['TH-SFI-BAAC', 'ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร'],
    ['TH-SFI-GSB', 'ธนาคารออมสิน'],
    ['TH-SOE-THPOST', 'บริษัท ไปรษณีย์ไทย จำกัด'],
    ['TH-GOV-DASTA', 'องค์การบริหารการพัฒนาพื้นที่พิเศษเพื่อการท่องเที่ยวอย่างยั่งยืน (องค์การมหาชน)'],
    ['TH-SOE-PTT', 'บริษัท ปตท. จำกัด (มหาชน)'],
    ['TH-GOV-DEP', 'กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ'],
    ['TH-CR-CENTRALGROUP', 'บริษัท กลุ่มเซ็นทรัล จำกัด'],
    ['TH-CNL-DISABILITY', 'สภาคนพิการทุกประเภทแห่งประเทศไทย'],
    ['TH-CR-TRUE', 'บริษัท ทรู คอร์ปอเรชั่น จำกัด'],
    ['TH-CR-THAIBEV', 'บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)'],
  ];
  const MOU = 'se-promotion-mou-2021';

  it('the MOU was signed on 26 Feb 2021 at Centra by Centara Government Complex, Chaeng Watthana', async () => {
    const { agreement } = await t.data(AGREEMENT, { slug: MOU });
    expect(agreement.nameTh).toContain('การส่งเสริม สนับสนุนวิสาหกิจเพื่อสังคม และกลุ่มกิจการเพื่อสังคม');
    expect(agreement.status).toBe('SIGNED');
    expect(agreement.date).toBe('2021-02-26');
    expect(agreement.venueTh).toContain('เซ็นทรา บาย เซ็นทารา ศูนย์ราชการ');
    expect(agreement.venueTh).toContain('แจ้งวัฒนะ');
    expectSources(agreement.sources, DOC_004);
  });

  it('cross-check: exactly 18 SIGNATORY rows plus the presiding one, and no others', async () => {
    const { agreement } = await t.data(AGREEMENT, { slug: MOU });
    const roles = agreement.signatories.map((s: any) => s.role);
    expect(roles.filter((r: string) => r === 'SIGNATORY')).toHaveLength(18);
    expect(roles.filter((r: string) => r === 'PRESIDING')).toHaveLength(1);
    expect(roles).toHaveLength(19);
    const orgIds = agreement.signatories.map((s: any) => s.organisation.orgId);
    expect(new Set(orgIds).size).toBe(19);
  });

  it('the 18 signatories, by org-id and Thai name, in the order the document lists them', async () => {
    const { agreement } = await t.data(AGREEMENT, { slug: MOU });
    const signed = agreement.signatories
      .filter((s: any) => s.role === 'SIGNATORY')
      .map((s: any) => [s.organisation.orgId, s.organisation.nameTh]);
    expect(signed).toEqual(SIGNATORIES);
    expectSources(agreement.sources, DOC_004);
  });

  it.each(SIGNATORIES.map(([orgId, nameTh], i) => [`${i + 1}, ${nameTh}`, orgId, nameTh] as const))(
    'signatory %s, lists the MOU among its signatures and names the document',
    async (_, orgId, nameTh) => {
      const { organisation } = await t.data(
        `query ($orgId: String!) { organisation(orgId: $orgId) {
          orgId nameTh sources { ${SOURCE_FIELDS} }
          signatures { role agreement { slug sources { key } } }
        } }`,
        { orgId },
      );
      expect(organisation.nameTh).toBe(nameTh);
      const signature = organisation.signatures.filter((s: any) => s.agreement.slug === MOU);
      expect(signature).toHaveLength(1);
      expect(signature[0].role).toBe('SIGNATORY');
      expectSources(organisation.sources, DOC_004);
    },
  );

  it('presided by the Deputy Prime Minister, chair of the Social Enterprise Promotion Board; the Ministry of Interior signed through a Deputy Permanent Secretary', async () => {
    const { agreement } = await t.data(AGREEMENT, { slug: MOU });
    const presiding = agreement.signatories.find((s: any) => s.role === 'PRESIDING');
    expect(presiding.organisation.nameTh).toBe('คณะกรรมการส่งเสริมวิสาหกิจเพื่อสังคม');
    expect(presiding.representativeTh).toContain('จุรินทร์ ลักษณวิศิษฏ์');
    expect(presiding.representativeTh).toContain('รองนายกรัฐมนตรี');
    const moi = agreement.signatories.find((s: any) => s.organisation.orgId === 'TH-GOV-MOI');
    expect(moi.role).toBe('SIGNATORY');
    expect(moi.representativeTh).toContain('นิรัตน์ พงษ์สิทธิถาวร');
    expect(moi.representativeTh).toContain('รองปลัดกระทรวงมหาดไทย');
  });

  it('the signing ceremony (activity) on 26 Feb 2021, presided by Jurin Laksanawisit', () =>
    checkActivity({
      fact: 'signing',
      programme: 'social-enterprise-promotion',
      activity: 'se-promotion-mou-signing-2021-02-26',
      kind: 'SIGNING',
      startOn: '2021-02-26',
      presidedByTh: ['จุรินทร์ ลักษณวิศิษฏ์', 'รองนายกรัฐมนตรี'],
      venueTh: ['เซ็นทรา บาย เซ็นทารา', 'แจ้งวัฒนะ'],
      doc: DOC_004,
    }));

  it('the social enterprise promotion programme is led by OSEP, with the MOU attached', async () => {
    const { programme } = await t.data(PROGRAMME, { slug: 'social-enterprise-promotion' });
    expect(programme.lead.nameTh).toBe('สำนักงานส่งเสริมวิสาหกิจเพื่อสังคม');
    expectSources(programme.sources, DOC_004);
    const { agreement } = await t.data(AGREEMENT, { slug: MOU });
    expect(agreement.programmes.map((p: any) => p.slug)).toContain('social-enterprise-promotion');
  });

  it.each(
    table([
      {
        fact: 'บริษัท ประชารัฐรักสามัคคี วิสาหกิจเพื่อสังคม (ประเทศไทย) จำกัด',
        orgId: 'TH-CR-PRACHARATH-SE',
        nameTh: 'ประชารัฐรักสามัคคี วิสาหกิจเพื่อสังคม (ประเทศไทย)',
      },
      {
        fact: 'its provincial companies (บริษัท ประชารัฐรักสามัคคีจังหวัด ... จำกัด)',
        orgId: 'TH-CR-PRACHARATH-SE-PROVINCIAL',
        nameTh: 'ประชารัฐรักสามัคคีจังหวัด',
      },
    ]),
  )('related: %s', async (_, { orgId, nameTh }) => {
    const { organisation } = await t.data(
      `query ($orgId: String!) { organisation(orgId: $orgId) { nameTh kind sources { ${SOURCE_FIELDS} } } }`,
      { orgId },
    );
    expect(organisation.nameTh).toContain(nameTh);
    expect(organisation.kind).toBe('SOCIAL_ENTERPRISE_COMPANY');
    expectSources(organisation.sources, DOC_004);
  });
});
