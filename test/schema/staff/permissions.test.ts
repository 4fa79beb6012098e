/**
 * The permission matrix: anonymous, viewer, editor and admin against every mutation and every
 * staff-only read. Nothing leaks, and nothing unauthorised is written.
 */
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../schema/index.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let tokens: Awaited<ReturnType<TestApp['tokens']>>;
beforeAll(async () => {
  t = await createTestApp();
  tokens = await t.tokens();
});
afterAll(() => t.close());

type Role = 'anonymous' | 'viewer' | 'editor' | 'admin';
const ROLES: Role[] = ['anonymous', 'viewer', 'editor', 'admin'];
const tokenOf = (role: Role) => (role === 'anonymous' ? undefined : tokens[role]);

/** Who may call each mutation, and a call that is valid for a permitted caller. */
const MUTATIONS: Record<string, { allowed: Role[]; call: (n: number) => string }> = {
  createEnterprise: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createEnterprise(input: { slug: "perm-e-${n}", kind: COMMUNITY_ENTERPRISE, nameTh: "ทดสอบ", nameEn: "Test", sources: ["000_5c29c83b7f0bdca6"] }) { errors { code } }`,
  },
  updateEnterprise: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `updateEnterprise(slug: "chat-luang-natchakon", patch: { descriptionEn: "edit ${n}" }) { errors { code } }`,
  },
  archiveEnterprise: {
    allowed: ['editor', 'admin'],
    call: (n) => `archiveEnterprise(slug: "perm-e-${n}") { errors { code } }`,
  },
  createOrganisation: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createOrganisation(input: { orgId: "XI-PHALANG-PERM-${n}", kind: FOUNDATION, nameTh: "มูลนิธิ", nameEn: "Foundation", sources: ["004_601cdb5170b81ab9"] }) { errors { code } }`,
  },
  updateOrganisation: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `updateOrganisation(orgId: "TH-GOV-CDD", patch: { url: "https://example.org/${n}" }) { errors { code } }`,
  },
  archiveOrganisation: {
    allowed: ['editor', 'admin'],
    call: (n) => `archiveOrganisation(orgId: "XI-PHALANG-PERM-${n}") { errors { code } }`,
  },
  upsertObservations: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `upsertObservations(observations: [{ indicator: "FOOD_BANK_MEALS", value: ${n}, periodStart: "2025-0${(n % 9) + 1}-01", periodEnd: "2025-0${(n % 9) + 1}-01", source: "003_4a541e27cee69d2e" }]) { errors { code } }`,
  },
  archiveObservation: {
    allowed: ['editor', 'admin'],
    call: () => `archiveObservation(id: "${Buffer.from('Observation:999999').toString('base64')}") { errors { code } }`,
  },
  createNetwork: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createNetwork(input: { slug: "perm-n-${n}", nameTh: "เครือข่าย", nameEn: "Network", members: ["chang-san"], sources: ["001_89d26a7f090e9936"] }) { errors { code } }`,
  },
  updateNetwork: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `updateNetwork(slug: "ang-thong-basketry-network", patch: { themeEn: "edit ${n}" }) { errors { code } }`,
  },
  archiveNetwork: {
    allowed: ['editor', 'admin'],
    call: (n) => `archiveNetwork(slug: "perm-n-${n}") { errors { code } }`,
  },
  createAgreement: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createAgreement(input: { slug: "perm-a-${n}", nameTh: "บันทึกข้อตกลง", nameEn: "MOU", status: PROPOSED, signatories: [{ organisation: "TH-GOV-CDD", role: SIGNATORY }], sources: ["000_5c29c83b7f0bdca6"] }) { errors { code } }`,
  },
  updateAgreement: {
    allowed: ['editor', 'admin'],
    call: (n) => `updateAgreement(slug: "se-promotion-mou-2021", patch: { venueEn: "edit ${n}" }) { errors { code } }`,
  },
  archiveAgreement: {
    allowed: ['editor', 'admin'],
    call: (n) => `archiveAgreement(slug: "perm-a-${n}") { errors { code } }`,
  },
  createProgramme: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createProgramme(input: { slug: "perm-p-${n}", nameTh: "โครงการ", nameEn: "Programme", lead: "TH-GOV-CDD", sources: ["000_5c29c83b7f0bdca6"] }) { errors { code } }`,
  },
  updateProgramme: {
    allowed: ['editor', 'admin'],
    call: (n) => `updateProgramme(slug: "bkk-food-bank", patch: { descriptionEn: "edit ${n}" }) { errors { code } }`,
  },
  archiveProgramme: {
    allowed: ['editor', 'admin'],
    call: (n) => `archiveProgramme(slug: "perm-p-${n}") { errors { code } }`,
  },
  createIndicator: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createIndicator(input: { code: "PERM_${n}", nameTh: "ตัวชี้วัด", nameEn: "Indicator", unit: "PERSON", measure: COUNT }) { errors { code } }`,
  },
  updateIndicator: {
    allowed: ['editor', 'admin'],
    call: (n) => `updateIndicator(code: "FOOD_BANK_MEALS", patch: { irisRef: "edit-${n}" }) { errors { code } }`,
  },
  archiveIndicator: {
    allowed: ['editor', 'admin'],
    call: (n) => `archiveIndicator(code: "PERM_${n}") { errors { code } }`,
  },
  createAssessment: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createAssessment(input: { enterprise: "chang-san", fiscalYear: ${2500 + n}, grade: GOOD, source: "001_89d26a7f090e9936" }) { errors { code } }`,
  },
  updateAssessment: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `updateAssessment(enterprise: "chang-san", fiscalYear: ${2500 + n}, patch: { grade: MEDIUM }) { errors { code } }`,
  },
  deleteAssessment: {
    allowed: ['editor', 'admin'],
    call: (n) => `deleteAssessment(enterprise: "chang-san", fiscalYear: ${2500 + n}) { errors { code } }`,
  },
  createAward: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createAward(input: { enterprise: "chang-san", contestTh: "ประกวด", contestEn: "Contest ${n}", level: PROVINCIAL, year: 2566, rank: WINNER, source: "001_89d26a7f090e9936" }) { errors { code } }`,
  },
  updateAward: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `updateAward(enterprise: "chang-san", level: PROVINCIAL, year: 2566, contestEn: "Contest ${n}", patch: { rank: FIRST_RUNNER_UP }) { errors { code } }`,
  },
  deleteAward: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `deleteAward(enterprise: "chang-san", level: PROVINCIAL, year: 2566, contestEn: "Contest ${n}") { errors { code } }`,
  },
  createCertification: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createCertification(input: { enterprise: "chang-san", standard: "PERM_${n}", status: PENDING, source: "001_89d26a7f090e9936" }) { errors { code } }`,
  },
  updateCertification: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `updateCertification(enterprise: "chang-san", standard: "PERM_${n}", patch: { status: CERTIFIED }) { errors { code } }`,
  },
  deleteCertification: {
    allowed: ['editor', 'admin'],
    call: (n) => `deleteCertification(enterprise: "chang-san", standard: "PERM_${n}") { errors { code } }`,
  },
  createBudgetLine: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createBudgetLine(input: { programme: "bkk-food-bank", kind: ALLOCATED, fiscalYear: ${2500 + n}, amount: ${n}, source: "000_5c29c83b7f0bdca6" }) { errors { code } }`,
  },
  updateBudgetLine: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `updateBudgetLine(programme: "bkk-food-bank", kind: ALLOCATED, fiscalYear: ${2500 + n}, patch: { amount: 1 }) { errors { code } }`,
  },
  deleteBudgetLine: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `deleteBudgetLine(programme: "bkk-food-bank", kind: ALLOCATED, fiscalYear: ${2500 + n}) { errors { code } }`,
  },
  createActivity: {
    allowed: ['editor', 'admin'],
    call: (n) =>
      `createActivity(input: { slug: "perm-act-${n}", programme: "bkk-food-bank", kind: MEETING, nameTh: "ประชุม", nameEn: "Meeting", source: "000_5c29c83b7f0bdca6" }) { errors { code } }`,
  },
  updateActivity: {
    allowed: ['editor', 'admin'],
    call: (n) => `updateActivity(slug: "perm-act-${n}", patch: { participants: ${n} }) { errors { code } }`,
  },
  deleteActivity: {
    allowed: ['editor', 'admin'],
    call: (n) => `deleteActivity(slug: "perm-act-${n}") { errors { code } }`,
  },
  // Sent as a real multipart upload (see `upload` below).
  importFile: {
    allowed: ['editor', 'admin'],
    call: () => 'importFile(file: $file, dryRun: true) { dryRun problems { code } }',
  },
  createApiToken: {
    allowed: ['admin'],
    call: (n) => `createApiToken(name: "perm ${n}", role: VIEWER) { token { id } }`,
  },
  revokeApiToken: { allowed: ['admin'], call: () => 'revokeApiToken(id: "999999") { id }' },
};

/** A GraphQL multipart request (the upload spec) with a small CSV as `$file`. */
async function upload(selection: string, token?: string) {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({ query: `mutation ($file: File!) { ${selection} }`, variables: { file: null } }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set(
    '0',
    new File(
      ['slug,kind,nameTh,nameEn,sources\nup-1,COMMUNITY_ENTERPRISE,ทดสอบ,Test,000_5c29c83b7f0bdca6\n'],
      'enterprises.csv',
      { type: 'text/csv' },
    ),
  );
  const response = await t.app.fetch('http://phalang.test/graphql', {
    method: 'POST',
    body: form,
    // Without a token, the header upload clients send to pass CSRF prevention, so the refusal seen is the auth check's.
    headers: token ? { authorization: `Bearer ${token}` } : { 'graphql-require-preflight': '1' },
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] };
}

describe('every mutation', () => {
  it('is in the permission matrix (a new mutation must be added here)', () => {
    const mutation = schema.getMutationType();
    expect(isObjectType(mutation)).toBe(true);
    const missing = Object.keys(mutation!.getFields()).filter((f) => !(f in MUTATIONS));
    expect(missing).toEqual([]);
  });

  let n = 0;
  for (const [name, { allowed, call }] of Object.entries(MUTATIONS)) {
    for (const role of ROLES) {
      const may = allowed.includes(role);
      it(`${name} by ${role}: ${may ? 'allowed' : 'refused, nothing written'}`, async () => {
        const audit = await t.prisma.auditLog.count();
        const tokensBefore = await t.prisma.apiToken.count();
        const result =
          name === 'importFile'
            ? await upload(call(++n), tokenOf(role))
            : await t.query(`mutation { ${call(++n)} }`, undefined, tokenOf(role));
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        if (may) {
          expect(codes).not.toContain('UNAUTHENTICATED');
          expect(codes).not.toContain('FORBIDDEN');
        } else {
          expect(codes).toEqual([role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
          expect(await t.prisma.auditLog.count()).toBe(audit);
          expect(await t.prisma.apiToken.count()).toBe(tokensBefore);
        }
      });
    }
  }
});

describe('staff-only reads', () => {
  beforeAll(async () => {
    const created = await t.data(
      `mutation { createEnterprise(input: { slug: "secret-draft", kind: COMMUNITY_ENTERPRISE, nameTh: "ร่างลับ", nameEn: "Secret draft", area: "TH-15", sources: ["001_89d26a7f090e9936"] }) { errors { code } } }`,
      undefined,
      tokens.editor,
    );
    expect(created.createEnterprise.errors).toEqual([]);
    const obs = await t.data(
      `mutation { upsertObservations(observations: [{ indicator: "CE_REGISTERED", value: 999, periodStart: "2030-01-01", periodEnd: "2030-01-01", area: "TH-15", source: "000_5c29c83b7f0bdca6", publication: DRAFT }]) { errors { code } created } }`,
      undefined,
      tokens.editor,
    );
    expect(obs.upsertObservations.created).toBe(1);
  });

  const READS: [string, string, (data: any) => boolean][] = [
    [
      'enterprise by slug',
      '{ enterprise(slug: "secret-draft") { slug } }',
      (d) => d?.enterprise?.slug === 'secret-draft',
    ],
    [
      'enterprise list',
      '{ enterprises(first: 100, filter: { area: "TH-15" }) { edges { node { slug } } } }',
      (d) => d.enterprises.edges.some((e: any) => e.node.slug === 'secret-draft'),
    ],
    [
      'search',
      '{ search(query: "Secret draft") { ... on Enterprise { slug } } }',
      (d) => d.search.some((e: any) => e.slug === 'secret-draft'),
    ],
    [
      'indicator total',
      '{ indicator(code: "CE_REGISTERED") { total(filter: { area: "TH-15" }) { value } } }',
      (d) => d.indicator.total.value === 999,
    ],
    [
      'observations',
      '{ indicator(code: "CE_REGISTERED") { observations(filter: { area: "TH-15" }) { totalCount } } }',
      (d) => d.indicator.observations.totalCount === 1,
    ],
    [
      'enterprise stats',
      '{ enterpriseStats(groupBy: KIND, filter: { area: "TH-15" }) { total } }',
      (d) => d.enterpriseStats.total > 29,
    ],
  ];

  for (const [name, document, seesDraft] of READS) {
    for (const role of ROLES) {
      it(`${name}: ${role === 'anonymous' ? 'the public sees no draft' : `${role} sees drafts`}`, async () => {
        const result = await t.query(document, undefined, tokenOf(role));
        const visible = result.data ? seesDraft(result.data) : false;
        expect(visible).toBe(role !== 'anonymous');
      });
    }
  }

  it('the export without a token has no drafts; with one it has', async () => {
    const bytes = Buffer.from(
      await (await t.request({ method: 'GET', path: '/export/enterprises.csv?area=TH-15' })).arrayBuffer(),
    );
    // A byte-order mark first, so spreadsheet programs read the Thai as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const publicCsv = bytes.toString('utf8');
    expect(publicCsv).not.toContain('secret-draft');
    expect(publicCsv).toMatch(/^\ufeffslug,kind,nameTh/);
    const staffCsv = await (
      await t.request({
        method: 'GET',
        path: '/export/enterprises.csv?area=TH-15',
        headers: { authorization: `Bearer ${tokens.viewer}` },
      })
    ).text();
    expect(staffCsv).toContain('secret-draft');
  });

  for (const role of ROLES) {
    it(`the audit trail and token list: ${role === 'admin' ? 'readable by admin' : `refused to ${role}`}`, async () => {
      const result = await t.query(
        '{ auditLog(first: 5) { totalCount edges { node { action entityType } } } apiTokens { name } }',
        undefined,
        tokenOf(role),
      );
      if (role === 'admin') {
        expect(result.errors).toBeUndefined();
        expect(result.data.auditLog.totalCount).toBeGreaterThan(0);
        expect(result.data.apiTokens.map((x: any) => x.name)).toContain('test editor');
      } else {
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    });
  }
});
