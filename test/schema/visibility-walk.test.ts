/**
 * Published data only, for anyone without a token: a search for the next leak.
 *
 * The database holds a DRAFT and an ARCHIVED record of every publishable type, published rows that
 * belong to them, and links from published records to them in every way the data model allows
 * (test/helpers/visibility-fixtures.ts). The test then introspects the schema and generates
 * anonymous queries reaching every field of every type through every relation and connection to a
 * bounded depth; runs every widget document, every aggregate grouping, filters naming hidden keys,
 * search and every export through a real server; and fails if the hidden records' marker appears,
 * if a hidden key answers differently from an unknown one, or if an aggregate moves.
 */
import ExcelJS from 'exceljs';
import http from 'node:http';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../prisma/tokens.ts';
import { publicReader, staffReader } from '../../prisma/visibility.ts';
import { WIDGET_DOCUMENTS, type WidgetDocumentName } from '../helpers/widget-documents.ts';
import { walkSchema } from '../helpers/schema-walk.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import {
  addHidden,
  addPublished,
  allHiddenKeys,
  HIDDEN_VALUE,
  hiddenKeys,
  MARKER,
  PUBLISHED,
  type Refs,
} from '../helpers/visibility-fixtures.ts';

let s: TestServer;
let refs: Refs;
let viewer: string;
let schema: GraphQLSchema;
let seedNetworkSlug: string;
let aggregatesBefore: unknown[];

const UNKNOWN = 'zz-no-such-key';
const STAFF_ONLY = new Set(['Query.apiTokens', 'Query.auditLog']);

/** Whether a text shows a trace of a hidden record. */
function leaks(text: string): string[] {
  const found = text.match(new RegExp(`.{0,60}(${MARKER}|${HIDDEN_VALUE}).{0,60}`, 'gi')) ?? [];
  return found;
}

/** POST over a fresh connection each time: a busy server closing idle kept-alive sockets is no answer. */
function post(query: string, variables?: Record<string, unknown>, token?: string) {
  const body = JSON.stringify({ query, variables });
  return new Promise<{ status: number; text: string; json: { data?: any; errors?: any[] } }>((resolve, reject) => {
    const request = http.request(
      `${s.base}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode!, text, json: JSON.parse(text) });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function data(query: string, variables?: Record<string, unknown>, token?: string) {
  const result = await post(query, variables, token);
  expect(result.json.errors, result.text).toBeUndefined();
  return result.json.data;
}

/** Answers that must not move when hidden records are added (aggregates, counts, lists). */
async function aggregates(): Promise<unknown[]> {
  const out: unknown[] = [];
  const filters = [
    null,
    { area: refs.areaCode },
    { network: PUBLISHED.network },
    { network: seedNetworkSlug },
    { businessType: [refs.businessTypeCode] },
  ];
  for (const groupBy of ['AREA', 'KIND', 'BUSINESS_TYPE', 'ASSESSMENT_GRADE', 'NETWORK'])
    for (const filter of filters)
      out.push(
        await data(
          `query($g: EnterpriseStatsGrouping!, $f: EnterpriseFilter) { enterpriseStats(groupBy: $g, filter: $f) { total fiscalYear points { key labelEn labelTh count share } } enterprises(filter: $f, first: 100) { totalCount edges { node { slug } } } }`,
          { g: groupBy, f: filter },
        ),
      );
  for (const filter of [null, { area: refs.areaCode }, { kind: ['TARGET'] }, { fiscalYear: [2568] }])
    out.push(
      await data(
        `query($f: ObservationFilter) { indicator(code: "${PUBLISHED.indicator}") {
          total(filter: $f) { value observationCount approximate period { start end } sources { key } }
          latest(filter: $f) { value target progress }
          byPeriod: series(groupBy: PERIOD, filter: $f) { total points { key value target share } }
          byYear: series(groupBy: FISCAL_YEAR, filter: $f) { total points { key value target share } }
          byArea: series(groupBy: AREA, filter: $f) { total points { key value target share } }
          byCategory: series(groupBy: CATEGORY, filter: $f) { total points { key value target share } }
          observations(filter: $f, first: 100) { totalCount edges { node { value kind } } } } }`,
        { f: filter },
      ),
    );
  out.push(
    await data(`{ partnerGraph { nodes { id key degree group } edges { source target role } }
      enterprises { totalCount } organisations { totalCount } networks { totalCount }
      programmes { totalCount } agreements { totalCount } indicators { totalCount }
      net: network(slug: "${PUBLISHED.network}") { members(first: 100) { totalCount edges { node { slug } } } }
      seedNet: network(slug: "${seedNetworkSlug}") { members(first: 100) { totalCount } }
      programme(slug: "${PUBLISHED.programme}") { partners { role } budgetLines { amount } activities { slug enterprises { slug } } agreements { slug } }
      agreement(slug: "${PUBLISHED.agreement}") { signatories { role } programmes { slug } }
      organisation(orgId: "${PUBLISHED.org}") { signatures { agreement { slug } } } }`),
  );
  return out;
}

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

async function fixtureIds() {
  const p = s.prisma;
  const ids: string[] = [];
  const add = (type: string, rows: { id: number }[]) => rows.forEach((r) => ids.push(globalId(type, r.id)));
  const fixture = { contains: 'fix' };
  const marked = { contains: MARKER };
  add(
    'Organisation',
    await p.organisation.findMany({
      where: { OR: [{ orgId: { contains: 'VISFIX' } }, { orgId: { contains: 'LEAKMARK' } }] },
    }),
  );
  add('Enterprise', await p.enterprise.findMany({ where: { OR: [{ slug: fixture }, { slug: marked }] } }));
  add('Network', await p.network.findMany({ where: { OR: [{ slug: fixture }, { slug: marked }] } }));
  add('Agreement', await p.agreement.findMany({ where: { OR: [{ slug: fixture }, { slug: marked }] } }));
  add('Programme', await p.programme.findMany({ where: { OR: [{ slug: fixture }, { slug: marked }] } }));
  add(
    'Indicator',
    await p.indicator.findMany({
      where: { OR: [{ code: { contains: 'VISFIX' } }, { code: { contains: 'LEAKMARK' } }] },
    }),
  );
  add('Observation', await p.observation.findMany({ where: { OR: [{ key: fixture }, { key: marked }] } }));
  return ids;
}

beforeAll(async () => {
  // The walk asks for every field at once, far past the public cost limit; cost has its own tests.
  s = await startTestServer({ maxCost: Infinity });
  seedNetworkSlug = (await s.prisma.network.findFirstOrThrow({ orderBy: { id: 'asc' } })).slug;
  refs = await addPublished(s.prisma);
  aggregatesBefore = await aggregates();
  await addHidden(s.prisma, refs);
  viewer = (await createToken(s.prisma, { name: 'visibility viewer', role: 'VIEWER' })).token;
  const introspection = await data(getIntrospectionQuery());
  schema = buildClientSchema(introspection as IntrospectionQuery);
}, 120_000);
afterAll(() => s?.close());

describe('finding 1: nested relations show no draft or archived record', () => {
  it('links from published records to hidden ones read as null, and lists leave them out', async () => {
    const d = await data(`{
      child: organisation(orgId: "${PUBLISHED.childOrg}") { parent { orgId } }
      org: organisation(orgId: "${PUBLISHED.org}") { parent { orgId } children { orgId } signatures { agreement { slug } } ledProgrammes { slug } }
      network(slug: "${PUBLISHED.network}") { coordinator { orgId } members(first: 100) { totalCount edges { node { slug } } } }
      programme(slug: "${PUBLISHED.programme}") { lead { orgId } partners { organisation { orgId } } agreements { slug } activities { enterprises { slug } } }
      agreement(slug: "${PUBLISHED.agreement}") { signatories { organisation { orgId } } programmes { slug } }
      indicator(code: "${PUBLISHED.indicator}") { programme { slug } observations(first: 100) { totalCount edges { node { programme { slug } indicator { code } } } } }
      enterprise(slug: "${PUBLISHED.enterprise}") { networks { slug } awards { organiser { orgId } } }
    }`);
    expect(d.child.parent).toBeNull(); // Organisation.parent is a draft
    expect(d.org.parent).toBeNull(); // ... and archived
    expect(d.org.children).toEqual([]); // its hidden children are left out
    expect(d.org.signatures.map((x: any) => x.agreement.slug)).toEqual([PUBLISHED.agreement]);
    expect(d.org.ledProgrammes).toEqual([]);
    expect(d.network.coordinator).toBeNull();
    expect(d.network.members.edges.map((e: any) => e.node.slug)).toEqual([PUBLISHED.enterprise]);
    expect(d.network.members.totalCount).toBe(1);
    expect(d.programme.lead).toBeNull(); // required in the data, nullable in the API
    expect(d.programme.partners.map((p: any) => p.organisation.orgId)).toEqual([PUBLISHED.org]);
    expect(d.programme.agreements.map((a: any) => a.slug)).toEqual([PUBLISHED.agreement]);
    expect(d.programme.activities[0].enterprises.map((e: any) => e.slug)).toEqual([PUBLISHED.enterprise]);
    expect(d.agreement.signatories.map((x: any) => x.organisation.orgId)).toEqual([PUBLISHED.org]);
    expect(d.agreement.programmes.map((p: any) => p.slug)).toEqual([PUBLISHED.programme]);
    expect(d.indicator.programme).toBeNull(); // Indicator.programme is a draft
    // Published observations of a draft programme are gone with it.
    expect(d.indicator.observations.totalCount).toBe(3);
    const programmes = d.indicator.observations.edges.map((e: any) => e.node.programme?.slug ?? null);
    expect(programmes.sort()).toEqual([null, null, PUBLISHED.programme]);
    expect(d.enterprise.networks.map((n: any) => n.slug)).toEqual([PUBLISHED.network]);
    expect(d.enterprise.awards[0].organiser).toBeNull();
  });

  it('a published observation of a draft indicator cannot be reached, even by its global ID', async () => {
    const o = await s.prisma.observation.findFirstOrThrow({
      where: { key: `${hiddenKeys('DRAFT').observation}-of-hidden-indicator` },
    });
    expect(o.publication).toBe('PUBLISHED');
    const d = await data(`query($id: ID!) { node(id: $id) { id ... on Observation { indicator { code } } } }`, {
      id: globalId('Observation', o.id),
    });
    expect(d.node).toBeNull();
  });
});

describe('finding 2: aggregates and filters cannot tell that a draft exists', () => {
  it('enterpriseStats(groupBy: NETWORK) counts no hidden network, here and in the cached widget GET', async () => {
    const d = await data(`{ enterpriseStats(groupBy: NETWORK) { points { key labelEn } } }`);
    const keys = d.enterpriseStats.points.map((p: any) => p.key);
    expect(keys).toContain(PUBLISHED.network);
    for (const k of allHiddenKeys()) expect(keys).not.toContain(k.network);
    for (const round of ['MISS', 'HIT']) {
      const { body, response } = await s.get(s.widgetUrl('WidgetEnterpriseStats', { groupBy: 'NETWORK' }));
      expect(response.headers.get('x-phalang-cache')).toBe(round);
      expect(leaks(body)).toEqual([]);
    }
  });

  it('enterprises(filter: { network: <draft slug> }) answers exactly as for an unknown slug', async () => {
    const ask = (slug: string) =>
      post(`query($n: String!) { enterprises(filter: { network: $n }) { totalCount edges { node { slug } } } }`, {
        n: slug,
      });
    const unknown = await ask(UNKNOWN);
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const k of allHiddenKeys()) {
      const hidden = await ask(k.network);
      expect(hidden.text.replaceAll(k.network, '<key>')).toBe(unknown.text.replaceAll(UNKNOWN, '<key>'));
    }
  });
});

describe('finding 3: exports without a token hold published rows only', () => {
  it('observations of a draft indicator or programme, and a draft parent org-id, are not exported', async () => {
    const observations = await (
      await fetch(`${s.base}/export/observations.csv?indicator=${PUBLISHED.indicator}`)
    ).text();
    expect(observations.trim().split('\n')).toHaveLength(4); // the header and VISFIX_IND's three published values
    expect(leaks(observations)).toEqual([]);
    const organisations = await (await fetch(`${s.base}/export/organisations.csv`)).text();
    const child = organisations.split('\n').find((line) => line.startsWith(PUBLISHED.childOrg))!;
    expect(child).toBeDefined();
    expect(leaks(organisations)).toEqual([]);
  });
});

describe('the schema walk', () => {
  it('reaches every field of every public type and finds no hidden record', async () => {
    const ids = await fixtureIds();
    const enterpriseSlugs = [
      PUBLISHED.enterprise,
      ...(await s.prisma.enterprise.findMany({ take: 2, orderBy: { id: 'asc' } })).map((e) => e.slug),
    ];
    const rootKeys: Record<string, string[]> = {
      'Query.enterprise.slug': enterpriseSlugs,
      'Query.organisation.orgId': [PUBLISHED.org, PUBLISHED.childOrg],
      'Query.network.slug': [PUBLISHED.network, seedNetworkSlug],
      'Query.programme.slug': [PUBLISHED.programme],
      'Query.agreement.slug': [PUBLISHED.agreement],
      'Query.indicator.code': [PUBLISHED.indicator, PUBLISHED.indicator2],
      'Query.area.code': [refs.areaCode],
      'Query.search.query': [MARKER, 'visibility fixture', 'fixture'],
      'Query.node.id': ids,
    };
    const { queries, unreached } = walkSchema(schema, {
      hops: 3,
      maxDepth: 11,
      maxTokens: 1800,
      skip: (c) => STAFF_ONLY.has(c),
      argValues: (coordinate, arg) => {
        const named = getNamedType(arg.type);
        const required = isNonNullType(arg.type);
        const keys = rootKeys[`${coordinate}.${arg.name}`];
        if (keys) return keys.map((k) => JSON.stringify(k));
        if (coordinate === 'Query.nodes' && arg.name === 'ids') return [JSON.stringify(ids)];
        if (arg.name === 'first') return [coordinate === 'Query.search' ? '50' : '100'];
        if (required && isEnumType(named)) return named.getValues().map((v) => v.name);
        return undefined;
      },
    });
    expect([...unreached]).toEqual([]);

    const errors: string[] = [];
    const found: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < queries.length) {
        const q = queries[next++]!;
        const result = await post(q.query);
        if (result.json.errors?.length) errors.push(`${q.query}\n${JSON.stringify(result.json.errors[0])}`);
        for (const leak of leaks(result.text)) found.push(`${leak}\n  in ${q.query.slice(0, 300)}`);
      }
    };
    await Promise.all([worker(), worker(), worker()]);

    // What the walk covered: every field of every type reachable from Query (staff fields aside).
    const covered = new Set(queries.flatMap((q) => [...q.coordinates]));
    const paths = new Set(queries.flatMap((q) => [...q.paths]));
    const reachable = new Set<string>();
    const seen = new Set<string>();
    const visit = (typeName: string) => {
      if (seen.has(typeName)) return;
      seen.add(typeName);
      const type = schema.getType(typeName);
      const members = type && !isObjectType(type) && 'getTypes' in type ? (type as any).getTypes() : [];
      if (type && 'getInterfaces' in type && !isObjectType(type))
        schema.getPossibleTypes(type as any).forEach((t) => visit(t.name));
      members.forEach((t: any) => visit(t.name));
      if (!isObjectType(type)) return;
      for (const f of Object.values(type.getFields())) {
        const c = `${type.name}.${f.name}`;
        if (STAFF_ONLY.has(c)) continue;
        reachable.add(c);
        visit(getNamedType(f.type).name);
      }
    };
    visit('Query');
    const missed = [...reachable].filter((c) => !covered.has(c));
    console.log(
      `visibility walk: ${queries.length} queries, ${covered.size} of ${reachable.size} type × field coordinates, ${paths.size} distinct root-to-field paths`,
    );
    expect(errors.slice(0, 3)).toEqual([]);
    expect(found.slice(0, 5)).toEqual([]);
    expect(missed).toEqual([]);
    expect(covered.size).toBeGreaterThan(300);
    expect(paths.size).toBeGreaterThan(20_000);
  }, 300_000);

  it('a hidden key answers every look-up exactly as an unknown key does', async () => {
    const lookups = Object.values(schema.getQueryType()!.getFields()).filter(
      (f) => f.args.length >= 1 && f.args.some((a) => isNonNullType(a.type) && getNamedType(a.type).name === 'String'),
    );
    expect(lookups.map((f) => f.name).sort()).toEqual(
      expect.arrayContaining([
        'agreement',
        'enterprise',
        'indicator',
        'network',
        'organisation',
        'programme',
        'search',
      ]),
    );
    const keys = allHiddenKeys().flatMap((k) => Object.values(k));
    for (const field of lookups) {
      const arg = field.args.find((a) => isNonNullType(a.type))!;
      const ask = (key: string) =>
        post(`query($k: String!) { ${field.name}(${arg.name}: $k) { __typename } }`, { k: key });
      const unknown = (await ask(UNKNOWN)).text.replaceAll(UNKNOWN, '<key>');
      for (const key of keys)
        expect((await ask(key)).text.replaceAll(key, '<key>'), `${field.name}("${key}")`).toBe(unknown);
    }
    for (const groupBy of ['AREA', 'KIND', 'BUSINESS_TYPE', 'ASSESSMENT_GRADE', 'NETWORK']) {
      const ask = (slug: string) =>
        post(
          `query($g: EnterpriseStatsGrouping!, $n: String!) { enterpriseStats(groupBy: $g, filter: { network: $n }) { total points { key labelEn count } } }`,
          {
            g: groupBy,
            n: slug,
          },
        );
      const unknown = (await ask(UNKNOWN)).text.replaceAll(UNKNOWN, '<key>');
      for (const k of allHiddenKeys()) expect((await ask(k.network)).text.replaceAll(k.network, '<key>')).toBe(unknown);
    }
  });

  it('no aggregate, count or list moves when hidden records are added', async () => {
    expect(await aggregates()).toEqual(aggregatesBefore);
  });

  it('search finds no hidden record by its marker', async () => {
    const d = await data(`query($q: String!) { search(query: $q, first: 50) { __typename } }`, { q: MARKER });
    expect(d.search).toEqual([]);
  });
});

describe('widget documents and exports', () => {
  const groupings = ['PERIOD', 'FISCAL_YEAR', 'AREA', 'CATEGORY'];
  const statGroupings = ['AREA', 'KIND', 'BUSINESS_TYPE', 'ASSESSMENT_GRADE', 'NETWORK'];

  it('every widget document, with published keys, shows no hidden record (fresh and cached)', async () => {
    const cases: [WidgetDocumentName, Record<string, unknown>][] = [];
    for (const code of [PUBLISHED.indicator, PUBLISHED.indicator2]) {
      for (const filter of [undefined, { area: refs.areaCode }, { kind: ['TARGET'] }]) {
        cases.push(['WidgetIndicatorKpi', { code, filter }]);
        cases.push(['WidgetIndicatorObservations', { code, filter, first: 100 }]);
        for (const groupBy of groupings) cases.push(['WidgetIndicatorSeries', { code, groupBy, filter }]);
      }
    }
    for (const filter of [
      undefined,
      { network: PUBLISHED.network },
      { network: seedNetworkSlug },
      { area: refs.areaCode },
    ]) {
      cases.push(['WidgetEnterpriseList', { filter, first: 100 }]);
      for (const groupBy of statGroupings) cases.push(['WidgetEnterpriseStats', { groupBy, filter }]);
    }
    cases.push(['WidgetPartnerGraph', {}]);
    expect(new Set(cases.map(([name]) => name))).toEqual(new Set(Object.keys(WIDGET_DOCUMENTS)));
    for (const [name, variables] of cases) {
      for (let round = 0; round < 2; round++) {
        const { body, json } = await s.get(s.widgetUrl(name, variables));
        expect(json.errors, `${name} ${JSON.stringify(variables)}`).toBeUndefined();
        expect(leaks(body), `${name} ${JSON.stringify(variables)}`).toEqual([]);
      }
    }
  });

  it('every widget document, with hidden keys, answers as for unknown keys', async () => {
    const cases: ((key: string) => [WidgetDocumentName, Record<string, unknown>])[] = [
      (code) => ['WidgetIndicatorKpi', { code }],
      (code) => ['WidgetIndicatorObservations', { code, first: 100 }],
      ...groupings.map((groupBy) => (code: string): [WidgetDocumentName, Record<string, unknown>] => [
        'WidgetIndicatorSeries',
        { code, groupBy },
      ]),
    ];
    const networkCases: ((key: string) => [WidgetDocumentName, Record<string, unknown>])[] = [
      (network) => ['WidgetEnterpriseList', { filter: { network }, first: 100 }],
      ...statGroupings.map((groupBy) => (network: string): [WidgetDocumentName, Record<string, unknown>] => [
        'WidgetEnterpriseStats',
        { groupBy, filter: { network } },
      ]),
    ];
    const compare = async (make: (key: string) => [WidgetDocumentName, Record<string, unknown>], key: string) => {
      const unknown = (await s.get(s.widgetUrl(...make(UNKNOWN)))).body.replaceAll(UNKNOWN, '<key>');
      const hidden = (await s.get(s.widgetUrl(...make(key)))).body.replaceAll(key, '<key>');
      expect(hidden, `${make(key)[0]} ${key}`).toBe(unknown);
    };
    for (const k of allHiddenKeys()) {
      for (const make of cases) await compare(make, k.indicator);
      for (const make of networkCases) await compare(make, k.network);
    }
  });

  it('every export, CSV and XLSX, without a token, holds no hidden record', async () => {
    const paths = [
      'enterprises',
      'organisations',
      'observations',
      `observations?indicator=${PUBLISHED.indicator}`,
      `observations?area=${refs.areaCode}`,
      `enterprises?area=${refs.areaCode}`,
    ];
    for (const path of paths) {
      for (const format of ['csv', 'xlsx']) {
        const [name, query] = path.split('?');
        const response = await fetch(`${s.base}/export/${name}.${format}${query ? `?${query}` : ''}`);
        expect(response.status).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const text = format === 'csv' ? new TextDecoder().decode(bytes) : await xlsxText(bytes);
        expect(text.length).toBeGreaterThan(100);
        expect(leaks(text), `${name}.${format}`).toEqual([]);
      }
    }
    // A hidden indicator's code exports exactly what an unknown code does.
    for (const k of allHiddenKeys()) {
      const hidden = await (await fetch(`${s.base}/export/observations.csv?indicator=${k.indicator}`)).text();
      const unknown = await (await fetch(`${s.base}/export/observations.csv?indicator=${UNKNOWN}`)).text();
      expect(hidden).toBe(unknown);
    }
  });
});

describe('the public reader itself', () => {
  // The API guards filter keys with look-ups through the reader before any filter runs; these
  // check the reader's own rewriting of relation filters, which any future filter relies on.
  it('limits relation filters to public rows: some, none, every, is, isNot and null', async () => {
    const reader = publicReader(s.prisma);
    const draft = hiddenKeys('DRAFT');
    const ofDraftNetwork = { memberships: { some: { network: { slug: draft.network } } } };
    expect(await reader.enterprise.count({ where: ofDraftNetwork })).toBe(0);
    expect(await s.prisma.enterprise.count({ where: ofDraftNetwork })).toBe(3);
    expect(
      await reader.enterprise.count({ where: { memberships: { none: { network: { slug: draft.network } } } } }),
    ).toBe(await reader.enterprise.count());
    // The published enterprise is also a member of hidden networks; over public rows, every network is published.
    const everyPublished = {
      slug: PUBLISHED.enterprise,
      memberships: { every: { network: { publication: 'PUBLISHED' as const } } },
    };
    expect(await reader.enterprise.count({ where: everyPublished })).toBe(1);
    expect(await s.prisma.enterprise.count({ where: everyPublished })).toBe(0);
    // A hidden parent reads as no parent at all.
    const child = (where: object) => reader.organisation.count({ where: { orgId: PUBLISHED.childOrg, ...where } });
    expect(await child({ parent: { orgId: draft.org } })).toBe(0);
    expect(await child({ parent: { is: { orgId: draft.org } } })).toBe(0);
    expect(await child({ parent: { isNot: { orgId: draft.org } } })).toBe(1);
    expect(await child({ parent: null })).toBe(1);
    expect(await child({ parent: { is: null } })).toBe(1);
    expect(await child({ parent: { isNot: null } })).toBe(0);
  });

  it('limits counts and nested selections, and nulls hidden to-one targets', async () => {
    const network = await publicReader(s.prisma).network.findUniqueOrThrow({
      where: { slug: PUBLISHED.network },
      select: { _count: true, coordinator: { select: { orgId: true } }, members: { include: { enterprise: true } } },
    });
    expect(network._count.members).toBe(1);
    expect(network.members.map((m) => m.enterprise.slug)).toEqual([PUBLISHED.enterprise]);
    expect(network.coordinator).toBeNull();
    const staff = await staffReader(s.prisma).network.findUniqueOrThrow({
      where: { slug: PUBLISHED.network },
      select: { _count: true, coordinator: { select: { orgId: true } } },
    });
    expect(staff._count.members).toBe(3);
    expect(staff.coordinator).toEqual({ orgId: hiddenKeys('DRAFT').org });
  });

  it('refuses writes and raw SQL', async () => {
    const reader = publicReader(s.prisma);
    await expect(reader.changeLog.create({ data: { tags: 'x' } })).rejects.toThrow(/does not write/);
    await expect(reader.$queryRaw`SELECT 1`).rejects.toThrow(/raw SQL/);
    expect(await reader.apiToken.count()).toBe(0);
  });
});

describe('staff', () => {
  it('a VIEWER token still sees drafts, archived records and what belongs to them', async () => {
    const draft = hiddenKeys('DRAFT');
    const d = await data(
      `{ child: organisation(orgId: "${PUBLISHED.childOrg}") { parent { orgId publication } }
         programme(slug: "${PUBLISHED.programme}") { lead { orgId } }
         indicator(code: "${draft.indicator}") { publication observations(first: 100) { totalCount } }
         enterprises(filter: { network: "${draft.network}" }) { totalCount }
         enterpriseStats(groupBy: NETWORK) { points { key } }
         search(query: "${MARKER}", first: 50) { __typename } }`,
      undefined,
      viewer,
    );
    expect(d.child.parent).toEqual({ orgId: draft.org, publication: 'DRAFT' });
    expect(d.programme.lead.orgId).toBe(draft.org);
    expect(d.indicator).toEqual({ publication: 'DRAFT', observations: { totalCount: 1 } });
    expect(d.enterprises.totalCount).toBe(3);
    expect(d.enterpriseStats.points.map((p: any) => p.key)).toContain(draft.network);
    expect(d.search.length).toBeGreaterThanOrEqual(10);
    const exported = await (
      await fetch(`${s.base}/export/observations.csv?indicator=${PUBLISHED.indicator}`, {
        headers: { authorization: `Bearer ${viewer}` },
      })
    ).text();
    expect(exported).toContain('leakmark observation of hidden programme draft');
  });
});

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? cell.value ?? '')))),
  );
  return cells.join('\n');
}
