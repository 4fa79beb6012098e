import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../prisma/import/import-file.ts';
import { writeXlsx } from '../../../prisma/import/sheets.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const actor = { name: 'import test' };
const HEADER = 'indicator,kind,value,periodStart,periodEnd,area,source,publication';

/** 10,000 observations of one indicator: one per Bangkok district per day over 200 days. */
function bigCsv(bad?: number): string {
  const lines = [HEADER];
  for (let i = 0; i < 10_000; i++) {
    const district = `TH-10${String((i % 50) + 1).padStart(2, '0')}`;
    const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 50))).toISOString().slice(0, 10);
    const value = i === bad ? 'many' : String(i);
    lines.push(`FOOD_BANK_MEALS,ACTUAL,${value},${day},${day},${district},003_4a541e27cee69d2e,PUBLISHED`);
  }
  return lines.join('\n');
}

describe('spreadsheet import', () => {
  it('10,000 rows with one bad row: writes nothing and names the row and column', async () => {
    const before = await t.prisma.observation.count();
    const audit = await t.prisma.auditLog.count();
    const started = performance.now();
    const report = await importFile(t.prisma, { fileName: 'observations.csv', data: Buffer.from(bigCsv(4321)), actor });
    console.log(
      `10,000-row import with one bad row rejected in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(report.problems.slice(0, 1)).toEqual([expect.objectContaining({ row: 4323 })]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ sheet: 'observations', row: 4321 + 2, column: 'value' });
    expect(report.problems[0]!.messageEn).toMatch(/number.*\("many"\)/i);
    expect(await t.prisma.observation.count()).toBe(before);
    expect(await t.prisma.auditLog.count()).toBe(audit);
  });

  it('10,000 good rows: all written in one transaction, one audit entry each; the same file again changes nothing', async () => {
    const before = await t.prisma.observation.count();
    const audit = await t.prisma.auditLog.count();
    const csv = Buffer.from(bigCsv());
    let started = performance.now();
    const report = await importFile(t.prisma, { fileName: 'observations.csv', data: csv, actor });
    console.log(`10,000-row import written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(report.problems).toEqual([]);
    expect(report.sheets).toEqual([
      { sheet: 'observations', type: 'observations', rows: 10_000, created: 10_000, updated: 0, unchanged: 0 },
    ]);
    expect(await t.prisma.observation.count()).toBe(before + 10_000);
    expect(await t.prisma.auditLog.count()).toBe(audit + 10_000);

    started = performance.now();
    const again = await importFile(t.prisma, { fileName: 'observations.csv', data: csv, actor });
    console.log(`the same 10,000 rows again (no-op) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(again.sheets[0]).toMatchObject({ created: 0, updated: 0, unchanged: 10_000 });
    expect(await t.prisma.auditLog.count()).toBe(audit + 10_000);
  }, 180_000);

  it('a dry run reports what would change and writes nothing', async () => {
    const csv = `${HEADER}\nFOOD_BANK_MEALS,ACTUAL,5,2025-01-01,2025-01-01,TH-1001,003_4a541e27cee69d2e,PUBLISHED\n`;
    const report = await importFile(t.prisma, {
      fileName: 'observations.csv',
      data: Buffer.from(csv),
      actor,
      dryRun: true,
    });
    expect(report.sheets[0]).toMatchObject({ created: 1 });
    expect(await t.prisma.observation.count({ where: { periodStart: new Date('2025-01-01T00:00:00Z') } })).toBe(0);
  });

  it('reads XLSX workbooks with a sheet per type, and names unknown columns and references', async () => {
    const workbook = await writeXlsx([
      {
        name: 'organisations',
        columns: ['orgId', 'kind', 'nameTh', 'nameEn', 'sources'],
        rows: [
          {
            orgId: 'XI-PHALANG-TEST-ORG',
            kind: 'FOUNDATION',
            nameTh: 'มูลนิธิทดสอบ',
            nameEn: 'Test Foundation',
            sources: '004_601cdb5170b81ab9',
          },
        ],
      },
      {
        name: 'enterprises',
        columns: ['slug', 'kind', 'nameTh', 'nameEn', 'area', 'sources'],
        rows: [
          {
            slug: 'xlsx-ce',
            kind: 'COMMUNITY_ENTERPRISE',
            nameTh: 'วิสาหกิจชุมชนจากไฟล์',
            nameEn: 'CE from a workbook',
            area: 'TH-99',
            sources: '000_5c29c83b7f0bdca6',
          },
        ],
      },
    ]);
    const bad = await importFile(t.prisma, { fileName: 'staff.xlsx', data: workbook, actor });
    expect(bad.problems).toEqual([
      expect.objectContaining({
        sheet: 'enterprises',
        row: 2,
        column: 'area',
        code: 'UNKNOWN_REFERENCE',
        messageEn: 'No area with code "TH-99"',
      }),
    ]);
    // The good sheet was not written either: all or nothing across sheets.
    expect(await t.prisma.organisation.count({ where: { orgId: 'XI-PHALANG-TEST-ORG' } })).toBe(0);

    const unknownColumn = await importFile(t.prisma, {
      fileName: 'enterprises.csv',
      data: Buffer.from('slug,colour\nx,blue\n'),
      actor,
    });
    expect(unknownColumn.problems[0]).toMatchObject({ row: 1, column: 'colour', code: 'UNKNOWN_COLUMN' });
  });
});
