/**
 * Staff writes to networks, agreements, programmes and indicators: the same guarantees as the
 * enterprise writes (drafts hidden from the public, field errors that write nothing, exactly one
 * audit entry per real change, none for a write that changes nothing), for each record type, plus
 * what is particular to each and a check that every seed record reads back as its data file row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementRecord } from '../../../prisma/records/agreement.ts';
import { applyRecords } from '../../../prisma/records/apply.ts';
import { indicatorRecord } from '../../../prisma/records/indicator.ts';
import { networkRecord } from '../../../prisma/records/network.ts';
import { programmeRecord } from '../../../prisma/records/programme.ts';
import { canonical, type RecordType } from '../../../prisma/records/record.ts';
import type { Tx } from '../../../prisma/records/refs.ts';
import { readSeedData } from '../../../prisma/seed/read.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let tokens: Awaited<ReturnType<TestApp['tokens']>>;
beforeAll(async () => {
  t = await createTestApp();
  tokens = await t.tokens();
});
afterAll(() => t.close());

const auditCount = () => t.prisma.auditLog.count();
const lastAudit = () => t.prisma.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
/** A patch applied to a row the way `update<Name>` applies it: null clears, absent stays. */
const patchedRow = (row: Record<string, unknown>, patch: Record<string, unknown>) => {
  const next = { ...row, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === null) delete next[k];
  return next;
};

interface Case {
  name: 'Network' | 'Agreement' | 'Programme' | 'Indicator';
  keyArg: 'slug' | 'code';
  /** What the tests select on the record. */
  fields: string;
  input: Record<string, unknown>;
  created: Record<string, unknown>;
  /** Invalid inputs and the [path, code] of each error they must give, in order. */
  invalid: { input: Record<string, unknown>; errors: [string, string][] }[];
  patch: Record<string, unknown>;
  updated: Record<string, unknown>;
  /** A seed record, for a write that changes nothing. */
  seed: string;
}

const SOURCE = '000_5c29c83b7f0bdca6';

const networkInput = {
  slug: 'test-network-1',
  nameTh: '  เครือข่ายทดสอบ  ',
  nameEn: 'Test network',
  themeEn: 'Basketry',
  area: 'TH-15',
  coordinator: 'TH-GOV-ANGTHONG-PACO',
  members: ['chang-san', 'khlong-wua-farm-housewives'],
  sources: ['001_89d26a7f090e9936'],
};
const agreementInput = {
  slug: 'test-agreement-1',
  nameTh: ' บันทึกข้อตกลงทดสอบ ',
  nameEn: 'Test MOU',
  status: 'SIGNED',
  date: '2024-03-01',
  themes: ['SOCIAL_ENTERPRISE'],
  signatories: [
    { organisation: 'TH-GOV-CDD', role: 'PRESIDING', representativeEn: ' Director-General ' },
    { organisation: 'TH-GOV-CDD', role: 'SIGNATORY' },
    { organisation: 'TH-GOV-MOC', role: 'SIGNATORY' },
  ],
  programmes: ['social-enterprise-promotion'],
  sources: [SOURCE],
};
const programmeInput = {
  slug: 'test-programme-1',
  nameTh: ' โครงการทดสอบ ',
  nameEn: 'Test programme',
  lead: 'TH-GOV-CDD',
  partners: [
    { organisation: 'TH-SFI-GSB', role: 'FUNDER' },
    { organisation: 'TH-GOV-DBD', role: 'PARTNER' },
  ],
  area: 'TH-10',
  fromFiscalYear: 2567,
  toFiscalYear: 2568,
  themes: ['MARKETING'],
  sources: [SOURCE],
};
const indicatorInput = {
  code: 'TEST_INDICATOR',
  nameTh: ' ตัวชี้วัดทดสอบ ',
  nameEn: 'Test indicator',
  unit: 'PERSON',
  measure: 'COUNT',
  aggregation: 'LAST',
  sdgTargets: ['8.3', '1.3'],
  programme: 'bkk-food-bank',
};

const cases: Case[] = [
  {
    name: 'Network',
    keyArg: 'slug',
    fields: 'slug nameTh nameEn themeEn publication coordinator { orgId } members { totalCount }',
    input: networkInput,
    created: {
      nameTh: 'เครือข่ายทดสอบ',
      publication: 'DRAFT',
      coordinator: { orgId: 'TH-GOV-ANGTHONG-PACO' },
      members: { totalCount: 2 },
    },
    invalid: [
      {
        input: { ...networkInput, slug: 'Bad Slug', nameTh: ' ', sources: [] },
        errors: [
          ['slug', 'INVALID_FORMAT'],
          ['nameTh', 'TOO_SMALL'],
          ['sources', 'TOO_SMALL'],
        ],
      },
      {
        input: {
          ...networkInput,
          slug: 'test-network-bad',
          coordinator: 'TH-GOV-NOPE',
          members: ['chang-san', 'no-such-enterprise', 'chang-san'],
        },
        errors: [
          ['coordinator', 'UNKNOWN_REFERENCE'],
          ['members.1', 'UNKNOWN_REFERENCE'],
          ['members.2', 'DUPLICATE'],
        ],
      },
    ],
    patch: {
      nameEn: 'Renamed network',
      themeEn: null,
      members: ['chang-san', 'ban-ri-water-hyacinth-basketry', 'chaiyaphum-water-hyacinth-basketry'],
      publication: 'PUBLISHED',
    },
    updated: { nameEn: 'Renamed network', themeEn: null, publication: 'PUBLISHED', members: { totalCount: 3 } },
    seed: 'ang-thong-basketry-network',
  },
  {
    name: 'Agreement',
    keyArg: 'slug',
    fields:
      'slug nameTh nameEn publication status date venueEn signatories { organisation { orgId } role representativeEn }',
    input: agreementInput,
    created: {
      nameTh: 'บันทึกข้อตกลงทดสอบ',
      publication: 'DRAFT',
      date: '2024-03-01',
      signatories: [
        { organisation: { orgId: 'TH-GOV-CDD' }, role: 'PRESIDING', representativeEn: 'Director-General' },
        { organisation: { orgId: 'TH-GOV-CDD' }, role: 'SIGNATORY', representativeEn: null },
        { organisation: { orgId: 'TH-GOV-MOC' }, role: 'SIGNATORY', representativeEn: null },
      ],
    },
    invalid: [
      {
        input: { ...agreementInput, slug: 'test-agreement-bad', nameEn: '', sources: [] },
        errors: [
          ['nameEn', 'TOO_SMALL'],
          ['sources', 'TOO_SMALL'],
        ],
      },
      {
        input: {
          ...agreementInput,
          slug: 'test-agreement-bad',
          themes: ['NOT_A_THEME'],
          signatories: [
            { organisation: 'TH-GOV-NOPE', role: 'SIGNATORY' },
            { organisation: 'TH-GOV-MOC', role: 'SIGNATORY' },
            { organisation: 'TH-GOV-MOC', role: 'SIGNATORY' },
          ],
          programmes: ['no-such-programme'],
        },
        errors: [
          ['themes.0', 'UNKNOWN_REFERENCE'],
          ['signatories.0.organisation', 'UNKNOWN_REFERENCE'],
          ['signatories.2', 'DUPLICATE'],
          ['programmes.0', 'UNKNOWN_REFERENCE'],
        ],
      },
    ],
    patch: {
      status: 'ENDED',
      venueEn: 'Bangkok',
      signatories: [
        { organisation: 'TH-GOV-MOC', role: 'SIGNATORY' },
        { organisation: 'TH-GOV-CDD', role: 'SIGNATORY', representativeEn: 'Deputy Director-General' },
      ],
    },
    updated: {
      status: 'ENDED',
      venueEn: 'Bangkok',
      signatories: [
        { organisation: { orgId: 'TH-GOV-MOC' }, role: 'SIGNATORY', representativeEn: null },
        { organisation: { orgId: 'TH-GOV-CDD' }, role: 'SIGNATORY', representativeEn: 'Deputy Director-General' },
      ],
    },
    seed: 'se-promotion-mou-2021',
  },
  {
    name: 'Programme',
    keyArg: 'slug',
    fields:
      'slug nameTh nameEn descriptionEn publication fromFiscalYear toFiscalYear lead { orgId } partners { organisation { orgId } role }',
    input: programmeInput,
    created: { nameTh: 'โครงการทดสอบ', publication: 'DRAFT', lead: { orgId: 'TH-GOV-CDD' }, toFiscalYear: 2568 },
    invalid: [
      {
        input: { ...programmeInput, slug: 'test-programme-bad', fromFiscalYear: 2569, toFiscalYear: 2567 },
        errors: [['toFiscalYear', 'INVALID']],
      },
      {
        input: {
          ...programmeInput,
          slug: 'test-programme-bad',
          lead: 'TH-GOV-NOPE',
          partners: [
            { organisation: 'TH-GOV-DBD', role: 'PARTNER' },
            { organisation: 'TH-GOV-NOPE', role: 'FUNDER' },
            { organisation: 'TH-GOV-DBD', role: 'PARTNER' },
          ],
          themes: ['NOT_A_THEME'],
        },
        errors: [
          ['lead', 'UNKNOWN_REFERENCE'],
          ['partners.1.organisation', 'UNKNOWN_REFERENCE'],
          ['partners.2', 'DUPLICATE'],
          ['themes.0', 'UNKNOWN_REFERENCE'],
        ],
      },
    ],
    patch: {
      toFiscalYear: 2569,
      descriptionEn: 'Now with a description',
      partners: [{ organisation: 'TH-GOV-DBD', role: 'PARTNER' }],
    },
    updated: {
      toFiscalYear: 2569,
      descriptionEn: 'Now with a description',
      partners: [{ organisation: { orgId: 'TH-GOV-DBD' }, role: 'PARTNER' }],
    },
    seed: 'bkk-food-bank',
  },
  {
    name: 'Indicator',
    keyArg: 'code',
    fields: 'code nameTh nameEn publication unit { code } higherIsBetter aggregation irisRef sdgTargets',
    input: indicatorInput,
    created: {
      nameTh: 'ตัวชี้วัดทดสอบ',
      publication: 'DRAFT',
      unit: { code: 'PERSON' },
      higherIsBetter: true,
      aggregation: 'LAST',
    },
    invalid: [
      {
        input: { ...indicatorInput, code: 'test indicator', sdgTargets: ['8,3'] },
        errors: [
          ['code', 'INVALID_FORMAT'],
          ['sdgTargets.0', 'INVALID_FORMAT'],
        ],
      },
      {
        input: { ...indicatorInput, code: 'TEST_BAD', unit: 'FURLONG', programme: 'no-such-programme' },
        errors: [
          ['unit', 'UNKNOWN_REFERENCE'],
          ['programme', 'UNKNOWN_REFERENCE'],
        ],
      },
    ],
    patch: { higherIsBetter: false, irisRef: 'PI4060', sdgTargets: null },
    updated: { higherIsBetter: false, irisRef: 'PI4060', sdgTargets: [] },
    seed: 'CE_REGISTERED',
  },
];

describe.each(cases)('$name writes', (c) => {
  const lower = c.name.charAt(0).toLowerCase() + c.name.slice(1);
  const key = String(c.input[c.keyArg]);
  const CREATE = `mutation ($input: ${c.name}Input!) {
    create${c.name}(input: $input) { ${lower} { ${c.fields} } errors { path code messageTh messageEn } }
  }`;
  const UPDATE = `mutation ($key: String!, $patch: ${c.name}Patch!) {
    update${c.name}(${c.keyArg}: $key, patch: $patch) { ${lower} { ${c.fields} } errors { path code messageEn } }
  }`;
  const ARCHIVE = `mutation ($key: String!) {
    archive${c.name}(${c.keyArg}: $key) { ${lower} { publication } errors { code } }
  }`;
  const READ = `query ($key: String!) { ${lower}(${c.keyArg}: $key) { ${c.keyArg} nameEn } }`;
  const stored = (k: string) => (t.prisma as any)[lower].count({ where: { [c.keyArg]: k } }) as Promise<number>;

  it('refuse viewers', async () => {
    const viewer = await t.query(CREATE, { input: c.input }, tokens.viewer);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored(key)).toBe(0);
  });

  it('let an editor create a draft, trimmed and normalised, that the public cannot see', async () => {
    const before = await auditCount();
    const result = (await t.data(CREATE, { input: c.input }, tokens.editor))[`create${c.name}`];
    expect(result.errors).toEqual([]);
    expect(result[lower]).toMatchObject({ [c.keyArg]: key, ...c.created });
    expect(await auditCount()).toBe(before + 1);
    expect(await lastAudit()).toMatchObject({ action: 'CREATE', entityType: c.name, entityKey: key });
    const anonymous = await t.query(READ, { key });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const viewer = await t.data(READ, { key }, tokens.viewer);
    expect(viewer[lower][c.keyArg]).toBe(key);
  });

  it('reject invalid input field by field, in Thai and English, writing nothing', async () => {
    const before = await auditCount();
    for (const { input, errors } of c.invalid) {
      const result = (await t.data(CREATE, { input }, tokens.editor))[`create${c.name}`];
      expect(result[lower]).toBeNull();
      expect(result.errors.map((e: any) => [e.path, e.code])).toEqual(errors);
      for (const e of result.errors) {
        expect(e.messageTh).toBeTruthy();
        expect(e.messageEn).toBeTruthy();
      }
      expect(await stored(String(input[c.keyArg]))).toBe(0);
    }
    expect(await auditCount()).toBe(before);
  });

  it('refuse to create a record that exists', async () => {
    const result = (await t.data(CREATE, { input: c.input }, tokens.editor))[`create${c.name}`];
    expect(result.errors.map((e: any) => e.code)).toEqual(['ALREADY_EXISTS']);
  });

  it('audit an update with exactly its before and after', async () => {
    const created = JSON.parse((await lastAudit()).after!);
    const before = await auditCount();
    const result = (await t.data(UPDATE, { key, patch: c.patch }, tokens.editor))[`update${c.name}`];
    expect(result.errors).toEqual([]);
    expect(result[lower]).toMatchObject(c.updated);
    expect(await auditCount()).toBe(before + 1);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: 'UPDATE', entityType: c.name, entityKey: key, actor: 'test editor' });
    // What the update found is what the create wrote, and what it wrote is that plus the patch.
    const [auditBefore, auditAfter] = [JSON.parse(entry.before!), JSON.parse(entry.after!)];
    expect(canonical(auditBefore)).toBe(canonical(created));
    expect(canonical(auditAfter)).toBe(canonical(patchedRow(auditBefore, c.patch)));
  });

  it('write and audit nothing for an update that changes nothing', async () => {
    const before = await auditCount();
    const result = (await t.data(UPDATE, { key, patch: c.patch }, tokens.editor))[`update${c.name}`];
    expect(result.errors).toEqual([]);
    expect(result[lower]).toMatchObject(c.updated);
    expect(await auditCount()).toBe(before);
  });

  it('leave a seed record alone when an update changes nothing', async () => {
    const { [lower]: seed } = await t.data(READ, { key: c.seed });
    const before = await auditCount();
    const result = (await t.data(UPDATE, { key: c.seed, patch: { nameEn: seed.nameEn } }, tokens.editor))[
      `update${c.name}`
    ];
    expect(result.errors).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('archive: gone for the public, kept for staff', async () => {
    const result = (await t.data(ARCHIVE, { key }, tokens.editor))[`archive${c.name}`];
    expect(result).toEqual({ [lower]: { publication: 'ARCHIVED' }, errors: [] });
    expect((await lastAudit()).action).toBe('ARCHIVE');
    expect((await t.query(READ, { key })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.data(READ, { key }, tokens.viewer))[lower][c.keyArg]).toBe(key);
  });

  it('name an unknown record in update and archive', async () => {
    const update = (await t.data(UPDATE, { key: 'NO_SUCH', patch: c.patch }, tokens.editor))[`update${c.name}`];
    expect(update.errors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    const archive = (await t.data(ARCHIVE, { key: 'NO_SUCH' }, tokens.editor))[`archive${c.name}`];
    expect(archive.errors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
  });
});

describe('what is particular to each record type', () => {
  it('agreements keep their signatories in order: reordering them is a change', async () => {
    const UPDATE = `mutation ($patch: AgreementPatch!) {
      updateAgreement(slug: "se-promotion-mou-2021", patch: $patch) {
        agreement { signatories { organisation { orgId } role } } errors { path code }
      }
    }`;
    const row = (await agreementRecord.read(t.prisma as unknown as Tx, 'se-promotion-mou-2021'))!;
    const reversed = [...row.signatories].reverse();
    const before = await auditCount();
    const { updateAgreement } = await t.data(UPDATE, { patch: { signatories: reversed } }, tokens.editor);
    expect(updateAgreement.errors).toEqual([]);
    expect(updateAgreement.agreement.signatories.map((s: any) => s.organisation.orgId)).toEqual(
      reversed.map((s) => s.organisation),
    );
    expect(await auditCount()).toBe(before + 1);
    // And back: the document's order again.
    await t.data(UPDATE, { patch: { signatories: row.signatories } }, tokens.editor);
    expect(await agreementRecord.read(t.prisma as unknown as Tx, 'se-promotion-mou-2021')).toEqual(row);
    expect(await auditCount()).toBe(before + 2);
  });

  it('programme partners are a set: the same partners in another order change nothing', async () => {
    const row = (await programmeRecord.read(t.prisma as unknown as Tx, 'bangkok-ce-promotion'))!;
    const before = await auditCount();
    const { updateProgramme } = await t.data(
      `mutation ($patch: ProgrammePatch!) {
        updateProgramme(slug: "bangkok-ce-promotion", patch: $patch) { errors { path code } }
      }`,
      { patch: { partners: [...row.partners!].reverse() } },
      tokens.editor,
    );
    expect(updateProgramme.errors).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('programme writes leave budget lines and activities as they are', async () => {
    const programme = await t.prisma.programme.findUniqueOrThrow({
      where: { slug: 'ang-thong-grassroots-economy' },
      include: { budgetLines: true, activities: { include: { enterprises: { select: { id: true } } } } },
    });
    expect(programme.budgetLines.length).toBeGreaterThan(0);
    expect(programme.activities.some((a) => a.enterprises.length)).toBe(true);
    const { updateProgramme } = await t.data(
      `mutation { updateProgramme(slug: "ang-thong-grassroots-economy", patch: { nameEn: "Renamed programme", partners: [] }) {
        programme { nameEn partners { role } } errors { path code }
      } }`,
      undefined,
      tokens.editor,
    );
    expect(updateProgramme).toEqual({
      programme: { nameEn: 'Renamed programme', partners: [] },
      errors: [],
    });
    const after = await t.prisma.programme.findUniqueOrThrow({
      where: { slug: 'ang-thong-grassroots-economy' },
      include: { budgetLines: true, activities: { include: { enterprises: { select: { id: true } } } } },
    });
    expect(after.budgetLines).toEqual(programme.budgetLines);
    expect(after.activities).toEqual(programme.activities);
  });

  it('network members are replaced as a whole', async () => {
    const members = await t.prisma.networkMember.findMany({
      where: { network: { slug: 'test-network-1' } },
      select: { enterprise: { select: { slug: true } } },
    });
    expect(members.map((m) => m.enterprise.slug).sort()).toEqual(
      ['ban-ri-water-hyacinth-basketry', 'chaiyaphum-water-hyacinth-basketry', 'chang-san'].sort(),
    );
  });

  it('an indicator takes observations through upsertObservations', async () => {
    const { upsertObservations } = await t.data(
      `mutation { upsertObservations(observations: [
        { indicator: "TEST_INDICATOR", value: 12, periodStart: "2024-01-01", periodEnd: "2024-12-31", source: "${SOURCE}" }
      ]) { created errors { path code } } }`,
      undefined,
      tokens.editor,
    );
    expect(upsertObservations).toEqual({ created: 1, errors: [] });
  });

  it("an indicator's breakdown scheme cannot change under observations that use it", async () => {
    const before = await auditCount();
    const { updateIndicator } = await t.data(
      `mutation { updateIndicator(code: "CE_REGISTERED", patch: { categoryScheme: ASSESSMENT_GRADE }) {
        indicator { categoryScheme } errors { path code messageEn }
      } }`,
      undefined,
      tokens.editor,
    );
    expect(updateIndicator.indicator).toBeNull();
    expect(updateIndicator.errors).toMatchObject([{ path: 'categoryScheme', code: 'INVALID' }]);
    expect(updateIndicator.errors[0].messageEn).toMatch(/broken down by BUSINESS_TYPE/);
    expect(await auditCount()).toBe(before);
  });
});

describe('seed records', () => {
  // The seed data files' rows in record form: theme refs as codes, no nested budget lines,
  // activities or observations (not part of these rows), published (the seed's default).
  const seed = readSeedData();
  const themeCodes = (themes: string[] | undefined) => themes?.map((t) => t.replace(/^THEME:/, ''));
  const byOrganisationAndRole = (
    a: { organisation: string; role: string },
    b: { organisation: string; role: string },
  ) => (`${a.organisation} ${a.role}` < `${b.organisation} ${b.role}` ? -1 : 1);
  const files: { type: RecordType<any>; expected: Record<string, unknown>[] }[] = [
    { type: networkRecord, expected: seed['networks.json'].map((n) => ({ ...n, publication: 'PUBLISHED' })) },
    {
      type: agreementRecord,
      expected: seed['agreements.json'].map((a) => ({ ...a, themes: themeCodes(a.themes), publication: 'PUBLISHED' })),
    },
    {
      type: programmeRecord,
      expected: seed['programmes.json'].map(({ budgetLines: _b, activities: _a, ...p }) => ({
        ...p,
        themes: themeCodes(p.themes),
        partners: p.partners && [...p.partners].sort(byOrganisationAndRole),
        publication: 'PUBLISHED',
      })),
    },
    {
      type: indicatorRecord,
      expected: seed['indicators.json'].map(({ observations: _o, ...i }) => ({ ...i, publication: 'PUBLISHED' })),
    },
  ];

  it.each(files)('$type.type: read back as their data file rows', async ({ type, expected }) => {
    // A fresh copy of the seeded database: the tests above changed some of these records.
    const fresh = await createTestApp();
    try {
      for (const row of expected) {
        const read = await type.read(fresh.prisma as unknown as Tx, type.key(row as never));
        expect(canonical(read!)).toBe(canonical(row));
      }
      // So writing the data files' rows again changes nothing.
      const outcome = await applyRecords(fresh.prisma, type, expected, {
        mode: 'update',
        actor: { name: 'test' },
        dryRun: true,
      });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
      expect(outcome.results.map((r) => r.action)).toEqual(expected.map(() => 'UNCHANGED'));
    } finally {
      await fresh.close();
    }
  });
});
