/**
 * Exports (issue 8, findings 6 and 10): rows are read in batches (a bounded number of statements
 * whatever the row count) and streamed; text that a spreadsheet would run as a formula is
 * neutralised in CSV and stored as text in XLSX; both formats import back unchanged.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../prisma/import/import-file.ts';
import { neutraliseFormula } from '../../../prisma/import/sheets.ts';
import { areaPathOf, areaWithin } from '../../../schema/area-scope.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let editor: string;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await t.tokens()).editor;
});
afterAll(() => t.close());

const actor = { name: 'export test' };
export const FORMULAS = [
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|A0',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
];

async function exportOf(path: string, token?: string) {
  const before = t.statements.length;
  const res = await t.app.fetch(`http://phalang.test${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = Buffer.from(await res.arrayBuffer());
  return { res, body, statements: t.statements.length - before };
}

describe('exports', () => {
  it('neutralises every OWASP formula start (=, +, -, @, tab, CR) in text, and leaves numbers alone', () => {
    for (const p of FORMULAS) expect(neutraliseFormula(p)).toBe(`'${p}`);
    expect(neutraliseFormula('Chang San')).toBe('Chang San');
    expect(neutraliseFormula(-5)).toBe(-5);
  });

  it('reads 1,500 observations in batches, with a bounded number of statements, and streams them', async () => {
    const lines = ['indicator,kind,value,periodStart,periodEnd,area,source,publication'];
    for (let i = 0; i < 1500; i++) {
      const day = new Date(Date.UTC(2022, 0, 1 + Math.floor(i / 50))).toISOString().slice(0, 10);
      lines.push(
        `FOOD_BANK_MEALS,ACTUAL,${i},${day},${day},TH-10${String((i % 50) + 1).padStart(2, '0')},003_4a541e27cee69d2e,PUBLISHED`,
      );
    }
    const report = await importFile(t.prisma, {
      fileName: 'observations.csv',
      data: Buffer.from(lines.join('\n')),
      actor,
    });
    expect(report.problems).toEqual([]);
    const total = await t.prisma.observation.count({
      where: { publication: 'PUBLISHED', indicator: { code: 'FOOD_BANK_MEALS' } },
    });
    const { res, body, statements } = await exportOf('/export/observations.csv?indicator=FOOD_BANK_MEALS');
    expect(res.status).toBe(200);
    const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(total);
    // Per batch of 500: one for the keys, one for the records and one per related table (5):
    // a fixed number per batch, where it was one statement per row before.
    const batches = Math.ceil(total / 500) + 1;
    expect(statements).toBeLessThanOrEqual(7 * batches + 2);
    expect(statements).toBeLessThan(total / 40);
    const xlsx = await exportOf('/export/observations.xlsx?indicator=FOOD_BANK_MEALS');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.actualRowCount).toBe(total + 1);
  }, 120_000);

  it('exports an indicator in an area (itself, what lies inside it, the members of a group) in id order', async () => {
    const group = await t.prisma.areaGroupMember.findFirstOrThrow({ select: { group: { select: { code: true } } } });
    const indicators = await t.prisma.indicator.findMany({
      where: { publication: 'PUBLISHED' },
      select: { code: true },
    });
    let compared = 0;
    for (const area of ['TH-10', 'TH-1001', 'TH-15', group.group.code]) {
      const path = await areaPathOf(t.prisma, area);
      for (const { code } of indicators) {
        const expected = await t.prisma.observation.findMany({
          where: { publication: 'PUBLISHED', indicator: { code }, area: areaWithin(area, path) },
          select: { key: true, area: { select: { code: true } } },
          orderBy: { id: 'asc' },
        });
        const { body } = await exportOf(`/export/observations.csv?indicator=${code}&area=${area}`);
        const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
        expect(
          rows.map((r) => r.area),
          `${code} in ${area}`,
        ).toEqual(expected.map((o) => o.area?.code ?? ''));
        compared += rows.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
    const { body } = await exportOf('/export/observations.csv?indicator=NO_SUCH_INDICATOR&area=TH-10');
    expect(parse(body, { bom: true, columns: true })).toEqual([]);
  }, 60_000);

  it('neutralises formula payloads in CSV and stores them as text in XLSX; both import back unchanged', async () => {
    // Names are stored trimmed, so a leading tab or CR is gone; a formula after it is still there.
    const orgs = FORMULAS.map((payload, i) => ({ orgId: `XI-PHALANG-FORMULA${i}`, payload, name: payload.trim() }));
    for (const { orgId, payload: name } of orgs) {
      const r = await t.data(
        `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { errors { path messageEn } } }`,
        {
          input: {
            orgId,
            kind: 'FOUNDATION',
            nameTh: 'มูลนิธิ',
            nameEn: name,
            acronymEn: name,
            sources: ['004_601cdb5170b81ab9'],
          },
        },
        editor,
      );
      expect(r.createOrganisation.errors).toEqual([]);
    }
    const csv = await exportOf('/export/organisations.csv', editor);
    const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    for (const { orgId, name } of orgs) {
      const row = rows.find((r) => r.orgId === orgId)!;
      // OWASP: a leading quote makes the cell text in Excel and LibreOffice.
      expect(row.nameEn).toBe(`'${name}`);
      expect(row.acronymEn).toBe(`'${name}`);
    }
    // No cell of the file starts with a formula character.
    for (const row of rows) for (const v of Object.values(row)) expect(v).not.toMatch(/^[=+\-@\t\r]/);

    const xlsx = await exportOf('/export/organisations.xlsx', editor);
    const zip = await unzipper.Open.buffer(xlsx.body);
    const sheet = (await zip.files.find((f) => f.path === 'xl/worksheets/sheet1.xml')!.buffer()).toString('utf8');
    const strings = (await zip.files.find((f) => f.path === 'xl/sharedStrings.xml')!.buffer()).toString('utf8');
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).not.toMatch(/t="(str|e)"/);
    expect(strings).toContain('HYPERLINK(&quot;http://evil.example&quot;');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0]!;
    const nameCol = (ws.getRow(1).values as string[]).indexOf('nameEn');
    const cells = new Map<string, ExcelJS.Cell>();
    ws.eachRow((row) => cells.set(String(row.getCell(1).value), row.getCell(nameCol)));
    for (const { orgId, name } of orgs) {
      const cell = cells.get(orgId)!;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name);
      expect(cell.numFmt).toBe('@');
    }

    // Both files import back as they are stored: nothing changes.
    for (const [fileName, data] of [
      ['organisations.csv', csv.body],
      ['organisations.xlsx', xlsx.body],
    ] as const) {
      const again = await importFile(t.prisma, { fileName, data, actor });
      expect(again.problems).toEqual([]);
      expect(again.sheets[0]).toMatchObject({ created: 0, updated: 0 });
    }
  }, 60_000);
});
