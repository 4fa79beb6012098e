/**
 * Every staff write path (update<Name> for each record type, upsertObservations, CSV and XLSX
 * import) keeps the fields a write does not give and clears the ones it sets to null (issue 8,
 * finding 24); URL fields take only http(s) (finding 13); a negative value is refused unless the
 * indicator allows it, naming the field and the rule (finding 28).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../prisma/import/import-file.ts';
import { writeXlsx } from '../../../prisma/import/sheets.ts';
import { agreementRecord } from '../../../prisma/records/agreement.ts';
import { enterpriseRecord } from '../../../prisma/records/enterprise.ts';
import { indicatorRecord } from '../../../prisma/records/indicator.ts';
import { networkRecord } from '../../../prisma/records/network.ts';
import { observationRecord, observationStoredKey } from '../../../prisma/records/observation.ts';
import { organisationRecord } from '../../../prisma/records/organisation.ts';
import { programmeRecord } from '../../../prisma/records/programme.ts';
import type { RecordType } from '../../../prisma/records/record.ts';
import { Refs, type Tx } from '../../../prisma/records/refs.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let editor: string;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await t.tokens()).editor;
});
afterAll(() => t.close());

const actor = { name: 'write paths test' };
const read = (record: RecordType<any>, key: string) => record.read(t.prisma as unknown as Tx, key);

interface UpdateCase {
  name: string;
  keyArg: string;
  record: RecordType<any>;
  key: () => Promise<string>;
  /** An optional field, and another field to change while it is absent. */
  field: string;
  other: [string, string];
}

const updates: UpdateCase[] = [
  { name: 'Organisation', keyArg: 'orgId', record: organisationRecord, key: async () => 'TH-GOV-CDD', field: 'acronymEn', other: ['nameEn', 'Community Development Department (edited)'] },
  { name: 'Enterprise', keyArg: 'slug', record: enterpriseRecord, key: async () => 'chang-san', field: 'descriptionEn', other: ['nameEn', 'Chang San (edited)'] },
  { name: 'Network', keyArg: 'slug', record: networkRecord, key: async () => (await t.prisma.network.findFirstOrThrow()).slug, field: 'themeEn', other: ['nameEn', 'A network (edited)'] },
  { name: 'Agreement', keyArg: 'slug', record: agreementRecord, key: async () => (await t.prisma.agreement.findFirstOrThrow()).slug, field: 'descriptionEn', other: ['nameEn', 'An agreement (edited)'] },
  { name: 'Programme', keyArg: 'slug', record: programmeRecord, key: async () => (await t.prisma.programme.findFirstOrThrow()).slug, field: 'descriptionEn', other: ['nameEn', 'A programme (edited)'] },
  { name: 'Indicator', keyArg: 'code', record: indicatorRecord, key: async () => 'FOOD_BANK_MEALS', field: 'descriptionEn', other: ['nameEn', 'Meals (edited)'] },
];

describe('absent fields stay, null clears, on every write path', () => {
  for (const c of updates) {
    it(`update${c.name}`, async () => {
      const key = await c.key();
      const update = async (patch: Record<string, unknown>) => {
        const r = await t.data(
          `mutation($key: String!, $patch: ${c.name}Patch!) { update${c.name}(${c.keyArg}: $key, patch: $patch) { errors { path messageEn } } }`,
          { key, patch },
          editor,
        );
        expect(r[`update${c.name}`].errors).toEqual([]);
      };
      await update({ [c.field]: 'Kept when absent' });
      await update({ [c.other[0]]: c.other[1] });
      expect(await read(c.record, key)).toMatchObject({ [c.field]: 'Kept when absent', [c.other[0]]: c.other[1] });
      await update({ [c.field]: null });
      const after = await read(c.record, key);
      expect(after[c.field]).toBeUndefined();
      expect(after[c.other[0]]).toBe(c.other[1]);
    });
  }

  const base = {
    indicator: 'FOOD_BANK_MEALS',
    periodStart: '2021-03-01',
    periodEnd: '2021-03-31',
    area: 'TH-1001',
    source: '003_4a541e27cee69d2e',
  };
  const storedRow = async (row: typeof base) =>
    read(observationRecord, await observationStoredKey({ ...row, kind: 'ACTUAL', value: 0 } as never, new Refs(t.prisma as unknown as Tx)));
  const provenance = { noteTh: 'หมายเหตุ', noteEn: 'A provenance note', programme: 'bangkok-ce-promotion', approximate: true };

  it('upsertObservations', async () => {
    const upsert = async (row: Record<string, unknown>) => {
      const r = await t.data(
        `mutation($rows: [ObservationInput!]!) { upsertObservations(observations: $rows) { errors { path messageEn } } }`,
        { rows: [row] },
        editor,
      );
      expect(r.upsertObservations.errors).toEqual([]);
    };
    const programme = provenance.programme;
    await upsert({ ...base, value: 10, ...provenance, programme });
    // The README's "correct one value": only the key, the value and the source.
    await upsert({ ...base, value: 11 });
    expect(await storedRow(base)).toMatchObject({ value: 11, ...provenance });
    await upsert({ ...base, value: 11, noteTh: null, approximate: null });
    const after = await storedRow(base);
    expect(after).toMatchObject({ value: 11, noteEn: provenance.noteEn, programme });
    expect(after!.noteTh).toBeUndefined();
    expect(after!.approximate).toBeUndefined();
  });

  it('importFile (CSV and XLSX): a missing column keeps the field, an empty cell clears it', async () => {
    for (const [format, month] of [
      ['csv', '04'],
      ['xlsx', '05'],
    ] as const) {
      const row = { ...base, periodStart: `2021-${month}-01`, periodEnd: `2021-${month}-28` };
      const file = async (columns: string[], values: Record<string, unknown>) => {
        if (format === 'xlsx') return writeXlsx([{ name: 'observations', columns, rows: [values] }]);
        return Buffer.from(`${columns.join(',')}\n${columns.map((c) => String(values[c] ?? '')).join(',')}\n`);
      };
      const imp = async (columns: string[], values: Record<string, unknown>) => {
        const report = await importFile(t.prisma, { fileName: `observations.${format}`, data: await file(columns, values), actor });
        expect(report.problems).toEqual([]);
      };
      const keyColumns = ['indicator', 'value', 'periodStart', 'periodEnd', 'area', 'source'];
      await imp([...keyColumns, 'noteTh', 'noteEn', 'programme', 'approximate'], { ...row, value: 5, ...provenance });
      await imp(keyColumns, { ...row, value: 6 });
      expect(await storedRow(row)).toMatchObject({ value: 6, ...provenance });
      await imp([...keyColumns, 'noteEn'], { ...row, value: 6, noteEn: '' });
      const after = await storedRow(row);
      expect(after).toMatchObject({ value: 6, noteTh: provenance.noteTh, programme: provenance.programme });
      expect(after!.noteEn).toBeUndefined();
    }
  });
});

describe('URL fields accept only http(s)', () => {
  const input = (url: string, i: number) => ({
    orgId: `XI-PHALANG-URL${i}`,
    kind: 'FOUNDATION',
    nameTh: 'มูลนิธิ',
    nameEn: 'Foundation',
    url,
    sources: ['004_601cdb5170b81ab9'],
  });
  const create = (url: string, i: number) =>
    t.data(
      `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { errors { path code messageEn } } }`,
      { input: input(url, i) },
      editor,
    );

  it('refuses javascript:, data:, file: and relative addresses in create, update and import', async () => {
    const bad = ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', '//evil.example', 'ftp://example.org'];
    for (const [i, url] of bad.entries()) {
      const r = await create(url, i);
      expect(r.createOrganisation.errors, url).toEqual([expect.objectContaining({ path: 'url', messageEn: expect.stringMatching(/http:\/\/ or https:\/\//) })]);
    }
    const upd = await t.data(
      `mutation { updateOrganisation(orgId: "TH-GOV-CDD", patch: { url: "javascript:alert(1)" }) { errors { path } } }`,
      {},
      editor,
    );
    expect(upd.updateOrganisation.errors).toEqual([{ path: 'url' }]);
    const csv = `orgId,kind,nameTh,nameEn,url,sources\nXI-PHALANG-URLCSV,FOUNDATION,มูลนิธิ,F,javascript:alert(1),004_601cdb5170b81ab9\n`;
    const report = await importFile(t.prisma, { fileName: 'organisations.csv', data: Buffer.from(csv), actor });
    expect(report.problems).toEqual([expect.objectContaining({ row: 2, column: 'url' })]);
  });

  it('accepts http and https', async () => {
    expect((await create('https://example.org/about', 90)).createOrganisation.errors).toEqual([]);
    expect((await create('http://example.org', 91)).createOrganisation.errors).toEqual([]);
  });
});

describe('negative values', () => {
  const fairSales = (value: number) => ({
    indicator: 'STIMULUS_FAIR_SALES',
    value,
    periodStart: '2024-06-01',
    periodEnd: '2024-06-30',
    source: '003_4a541e27cee69d2e',
  });
  const upsert = (row: Record<string, unknown>) =>
    t.data(
      `mutation($rows: [ObservationInput!]!) { upsertObservations(observations: $rows) { created errors { path code messageEn } } }`,
      { rows: [row] },
      editor,
    );

  it('refuses negative fair sales by field and rule, in the API and in imports', async () => {
    const r = await upsert(fairSales(-5));
    expect(r.upsertObservations.errors).toEqual([
      {
        path: 'observations.0.value',
        code: 'OUT_OF_RANGE',
        messageEn: expect.stringMatching(/value must not be negative.*STIMULUS_FAIR_SALES.*allowsNegative/),
      },
    ]);
    const csv = `indicator,value,periodStart,periodEnd,source\nSTIMULUS_FAIR_SALES,-5,2024-06-01,2024-06-30,003_4a541e27cee69d2e\n`;
    const report = await importFile(t.prisma, { fileName: 'observations.csv', data: Buffer.from(csv), actor });
    expect(report.problems).toEqual([expect.objectContaining({ row: 2, column: 'value', code: 'OUT_OF_RANGE' })]);
  });

  it('accepts a negative value once the indicator allows negatives (a net balance)', async () => {
    const flag = await t.data(
      `mutation { updateIndicator(code: "STIMULUS_FAIR_SALES", patch: { allowsNegative: true }) { indicator { allowsNegative } errors { path } } }`,
      {},
      editor,
    );
    expect(flag.updateIndicator).toEqual({ indicator: { allowsNegative: true }, errors: [] });
    expect((await upsert(fairSales(-5))).upsertObservations).toEqual({ created: 1, errors: [] });
  });
});
