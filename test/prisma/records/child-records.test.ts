/**
 * The child record types (assessments, awards, certifications, budget lines, activities) through
 * the record write path and spreadsheets: an export imports back unchanged (CSV and XLSX), an
 * edited file updates exactly the edited record with an audit entry, a bad file names the row and
 * column and writes nothing; every seeded child reads back as its data file row; and each key is
 * its key fields' values, as exports and mutations rebuild it.
 */
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../prisma/import/import-file.ts';
import { writeXlsx } from '../../../prisma/import/sheets.ts';
import { applyRecords } from '../../../prisma/records/apply.ts';
import { canonical, compoundKey, keyFieldsOf } from '../../../prisma/records/record.ts';
import { readSeedData } from '../../../prisma/seed/read.ts';
import { CHILD_CASES, recordOf, type ChildCase } from '../../helpers/child-records.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let viewer: string;
beforeAll(async () => {
  t = await createTestApp();
  viewer = (await t.tokens()).viewer;
});
afterAll(() => t.close());

const actor = { name: 'child import test' };
const auditCount = () => t.prisma.auditLog.count();
/** A row as spreadsheet cells, in the record's columns (lists separated by `;`). */
const cells = (columns: readonly string[], row: Record<string, unknown>) =>
  Object.fromEntries(
    columns.map((c) => [c, Array.isArray(row[c]) ? (row[c] as unknown[]).join('; ') : String(row[c] ?? '')]),
  );
const csvOf = (columns: readonly string[], rows: Record<string, unknown>[]) =>
  Buffer.from(
    stringify(
      rows.map((r) => cells(columns, r)),
      { header: true, columns: [...columns] },
    ),
  );

async function exported(sheet: string, format: 'csv' | 'xlsx') {
  const res = await t.app.fetch(`http://phalang.test/export/${sheet}.${format}`, {
    headers: { authorization: `Bearer ${viewer}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe.each(CHILD_CASES)('$name in spreadsheets', (c: ChildCase) => {
  const record = recordOf(c);
  const columns = record.columns as readonly string[];

  beforeAll(async () => {
    const outcome = await applyRecords(t.prisma, record, [c.input], { mode: 'create', actor });
    expect(outcome.ok).toBe(true);
  });

  it.each(['csv', 'xlsx'] as const)('an export (%s) imports back unchanged', async (format) => {
    const before = await auditCount();
    const file = await exported(c.sheet, format);
    const report = await importFile(t.prisma, { fileName: `${c.sheet}.${format}`, data: file, actor });
    expect(report.problems).toEqual([]);
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0]).toMatchObject({ type: c.sheet, created: 0, updated: 0 });
    expect(report.sheets[0]!.unchanged).toBe(report.sheets[0]!.rows);
    expect(report.sheets[0]!.rows).toBeGreaterThan(0);
    expect(await auditCount()).toBe(before);
  });

  it.each(['csv', 'xlsx'] as const)('an edited file (%s) updates the record, audited', async (format) => {
    const key = record.key(record.schema.parse(c.input));
    const stored = (await record.read(t.prisma, key))!;
    // The patch (null clears), and a new source in the CSV round so that both rounds change something.
    const edited: Record<string, unknown> = {
      ...stored,
      ...c.patch,
      source: format === 'csv' ? '003_4a541e27cee69d2e' : stored.source,
    };
    for (const [k, v] of Object.entries(c.patch)) if (v === null) delete edited[k];
    const rows = [edited].map((r) => cells(columns, r));
    const file =
      format === 'csv'
        ? csvOf(columns, [edited])
        : await writeXlsx([{ name: `${c.sheet} sheet`, columns: [...columns], rows }]);
    const before = await auditCount();
    const report = await importFile(t.prisma, { fileName: `edit.${format}`, data: file, actor, type: undefined });
    if (format === 'csv') {
      // A CSV file's name is its sheet's: `edit` names no type, so the import says so and writes nothing.
      expect(report.problems.map((p) => p.code)).toEqual(['UNKNOWN_SHEET']);
      const typed = await importFile(t.prisma, { fileName: 'edit.csv', data: file, actor, type: c.sheet });
      expect(typed.problems).toEqual([]);
      expect(typed.sheets[0]).toMatchObject({ created: 0, updated: 1 });
    } else {
      expect(report.problems).toEqual([]);
      expect(report.sheets[0]).toMatchObject({ type: c.sheet, created: 0 });
    }
    const after = (await record.read(t.prisma, key))!;
    const entry = await t.prisma.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
    if (canonical(after) !== canonical(stored)) {
      expect(await auditCount()).toBe(before + 1);
      expect(entry).toMatchObject({ action: 'UPDATE', entityType: c.name, entityKey: c.auditKey, actor: actor.name });
    }
    expect(canonical(after)).toBe(canonical(record.schema.parse(edited)));
  });

  it('a bad file names the row and column and writes nothing, across all its sheets', async () => {
    const { input, errors } = c.invalid[0]!;
    const good = { ...c.input, ...c.key };
    const workbook = await writeXlsx([
      // A good enterprise sheet first: refused with the rest (all or nothing).
      {
        name: 'enterprises',
        columns: ['slug', 'kind', 'nameTh', 'nameEn', 'sources'],
        rows: [
          {
            slug: `bad-file-${c.sheet.toLowerCase()}`,
            kind: 'COMMUNITY_ENTERPRISE',
            nameTh: 'ท',
            nameEn: 'E',
            sources: '000_5c29c83b7f0bdca6',
          },
        ],
      },
      { name: c.sheet, columns: [...columns], rows: [cells(columns, good), cells(columns, input!)] },
    ]);
    const before = await auditCount();
    const report = await importFile(t.prisma, { fileName: 'bad.xlsx', data: workbook, actor });
    expect(report.sheets).toEqual([]);
    expect(report.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual(
      // A blank cell is an absent value: a field that must not be empty is then REQUIRED.
      errors.map(([path, code]) => {
        const column = path.split('.')[0]!;
        return [c.sheet, 3, column, String(input[column]).trim() === '' ? 'REQUIRED' : code];
      }),
    );
    expect(await auditCount()).toBe(before);
    expect(await t.prisma.enterprise.count({ where: { slug: `bad-file-${c.sheet.toLowerCase()}` } })).toBe(0);
  });
});

describe('child record keys and seed rows', () => {
  const seed = readSeedData();
  const rows = {
    assessments: seed['enterprises.json'].flatMap((e) =>
      (e.assessments ?? []).map((r) => ({ ...r, enterprise: e.slug })),
    ),
    awards: seed['enterprises.json'].flatMap((e) => (e.awards ?? []).map((r) => ({ ...r, enterprise: e.slug }))),
    certifications: seed['enterprises.json'].flatMap((e) =>
      (e.certifications ?? []).map((r) => ({ ...r, enterprise: e.slug })),
    ),
    budgetLines: seed['programmes.json'].flatMap((p) =>
      (p.budgetLines ?? []).map((r) => ({ ...r, programme: p.slug })),
    ),
    activities: seed['programmes.json'].flatMap((p) => (p.activities ?? []).map((r) => ({ ...r, programme: p.slug }))),
  };

  it.each(CHILD_CASES)('$name: seeded records read back as their data file rows; the key is its fields', async (c) => {
    const fresh = await createTestApp();
    try {
      const record = recordOf(c);
      const expected = [...rows[c.sheet as keyof typeof rows], c.input].map((r) => record.schema.parse(r));
      for (const row of expected) {
        const fields: Record<string, unknown> = Object.fromEntries(Object.entries(row));
        expect(record.key(row)).toBe(compoundKey(keyFieldsOf(record).map((f) => fields[f])));
      }
      for (const row of expected.slice(0, -1)) {
        expect(canonical((await record.read(fresh.prisma, record.key(row)))!)).toBe(canonical(row));
      }
      // So writing the data files' rows again changes nothing.
      const outcome = await applyRecords(fresh.prisma, record, expected.slice(0, -1), {
        mode: 'update',
        actor,
        dryRun: true,
      });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
      expect(outcome.results.every((r) => r.action === 'UNCHANGED')).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
