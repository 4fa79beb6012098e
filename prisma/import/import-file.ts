/**
 * Imports enterprises, organisations, observations and the child records of enterprises
 * (assessments, awards, certifications) and of programmes (budget lines, activities) from a CSV or
 * XLSX file: every row of every
 * sheet is checked first, and either all are written in one transaction or none is, with each
 * problem named by sheet, row and column. Rows equal to what is stored are left alone, so
 * importing the same file twice changes nothing.
 */
import { z } from 'zod';
import type { PrismaClient } from '../client.ts';
import { activityRecord } from '../records/activity.ts';
import { applyRecordsIn, type Actor, type ApplyOptions } from '../records/apply.ts';
import { assessmentRecord } from '../records/assessment.ts';
import { awardRecord } from '../records/award.ts';
import { budgetLineRecord } from '../records/budget-line.ts';
import { certificationRecord } from '../records/certification.ts';
import { enterpriseRecord } from '../records/enterprise.ts';
import { observationRecord } from '../records/observation.ts';
import { organisationRecord } from '../records/organisation.ts';
import { isPublished, objectOf } from '../records/record.ts';
import type { Tx } from '../records/refs.ts';
import { writeTransaction } from '../records/transaction.ts';
import { DEFAULT_IMPORT_LIMITS, readSheets, UnreadableFileError, type ImportLimits, type Sheet } from './sheets.ts';

export const IMPORTABLE = {
  enterprises: enterpriseRecord,
  organisations: organisationRecord,
  observations: observationRecord,
  assessments: assessmentRecord,
  awards: awardRecord,
  certifications: certificationRecord,
  budgetLines: budgetLineRecord,
  activities: activityRecord,
} as const;

export type ImportableType = keyof typeof IMPORTABLE;

/** Applies one sheet's rows with its record type (one case per type keeps each row type exact). */
function applySheet(tx: Tx, type: ImportableType, rows: unknown[], options: ApplyOptions) {
  switch (type) {
    case 'enterprises':
      return applyRecordsIn(tx, IMPORTABLE.enterprises, rows, options);
    case 'organisations':
      return applyRecordsIn(tx, IMPORTABLE.organisations, rows, options);
    case 'observations':
      return applyRecordsIn(tx, IMPORTABLE.observations, rows, options);
    case 'assessments':
      return applyRecordsIn(tx, IMPORTABLE.assessments, rows, options);
    case 'awards':
      return applyRecordsIn(tx, IMPORTABLE.awards, rows, options);
    case 'certifications':
      return applyRecordsIn(tx, IMPORTABLE.certifications, rows, options);
    case 'budgetLines':
      return applyRecordsIn(tx, IMPORTABLE.budgetLines, rows, options);
    case 'activities':
      return applyRecordsIn(tx, IMPORTABLE.activities, rows, options);
  }
}

const TYPE_NAMES = Object.keys(IMPORTABLE).join(', ');

export interface ImportProblem {
  sheet: string;
  /** Spreadsheet row number (the header is row 1); 0 for a problem with the sheet itself. */
  row: number;
  column: string;
  code: string;
  messageTh: string;
  messageEn: string;
}

export interface ImportReport {
  dryRun: boolean;
  sheets: { sheet: string; type: ImportableType; rows: number; created: number; updated: number; unchanged: number }[];
  problems: ImportProblem[];
  tags: string[];
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'ใช่', 'จริง']);
const FALSE = new Set(['false', 'no', 'n', '0', 'ไม่', 'ไม่ใช่', 'เท็จ']);

type CellKind = 'number' | 'boolean' | 'list' | 'text';

/** What a field's cells hold, read from the record's schema (so a new number field is read as one). */
function kindOf(field: z.core.$ZodType): CellKind {
  if (field instanceof z.ZodOptional || field instanceof z.ZodDefault) return kindOf(field.unwrap());
  if (field instanceof z.ZodPipe) return kindOf(field.in);
  if (field instanceof z.ZodNumber) return 'number';
  if (field instanceof z.ZodBoolean) return 'boolean';
  if (field instanceof z.ZodArray) return 'list';
  return 'text';
}

function cellKinds(record: { schema: z.ZodType }): Map<string, CellKind> {
  return new Map(Object.entries(objectOf(record.schema).shape).map(([column, field]) => [column, kindOf(field)]));
}

/** A sheet's name in lower-case letters only (`Budget lines` → `budgetlines`). */
const letters = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const singular = (type: string) => letters(type).replace(/ies$/, 'y').replace(/s$/, '');
/** Child types first, so that a sheet named `enterprise awards` holds awards, not enterprises. */
const DETECTION_ORDER = (Object.keys(IMPORTABLE) as ImportableType[]).sort(
  (a, b) => +isPublished(IMPORTABLE[a]) - +isPublished(IMPORTABLE[b]),
);

function typeOf(sheet: Sheet, forced?: ImportableType): ImportableType | undefined {
  if (forced) return forced;
  const name = letters(sheet.name);
  return DETECTION_ORDER.find((t) => name.includes(letters(t)) || name.includes(singular(t)));
}

/**
 * Turns text cells into a row for the record type; a cell that is not a number stays text for the
 * validator to name. An empty cell is null (it clears the field); a column the sheet does not have
 * is absent (a stored record keeps that field).
 */
function toRow(cells: Record<string, string>, kinds: Map<string, CellKind>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(cells)) {
    const value = raw.trim();
    if (value === '') {
      row[column] = null;
      continue;
    }
    const kind = kinds.get(column);
    if (kind === 'number') {
      const n = Number(value.replace(/,/g, ''));
      row[column] = Number.isFinite(n) ? n : value;
    } else if (kind === 'boolean') {
      const v = value.toLowerCase();
      row[column] = TRUE.has(v) ? true : FALSE.has(v) ? false : value;
    } else if (kind === 'list') {
      row[column] = value
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else {
      row[column] = value;
    }
  }
  return row;
}

export async function importFile(
  prisma: PrismaClient,
  options: {
    fileName: string;
    data: Buffer | Uint8Array;
    dryRun?: boolean;
    type?: ImportableType;
    actor: Actor;
    /** Size and row limits; each refusal names the limit. @default DEFAULT_IMPORT_LIMITS */
    limits?: Partial<ImportLimits>;
  },
): Promise<ImportReport> {
  const report: ImportReport = { dryRun: !!options.dryRun, sheets: [], problems: [], tags: [] };
  let sheets: Sheet[];
  try {
    sheets = await readSheets(options.fileName, options.data, { ...DEFAULT_IMPORT_LIMITS, ...options.limits });
  } catch (error) {
    // Not a spreadsheet, a damaged one or one past a limit: a problem with the file, named, not a crash.
    const known = error instanceof UnreadableFileError;
    report.problems.push({
      sheet: options.fileName,
      row: 0,
      column: '',
      code: known ? error.code : 'UNREADABLE_FILE',
      messageTh: known ? error.messageTh : 'อ่านไฟล์ไม่ได้: ต้องเป็นไฟล์ .csv หรือ .xlsx',
      messageEn: known ? error.message : `Cannot read the file: ${(error as Error).message}`,
    });
    return report;
  }
  const plan: { sheet: Sheet; type: ImportableType }[] = [];
  for (const sheet of sheets) {
    const type = typeOf(sheet, options.type);
    if (!type) {
      report.problems.push({
        sheet: sheet.name,
        row: 0,
        column: '',
        code: 'UNKNOWN_SHEET',
        messageTh: `ชื่อชีตหรือไฟล์ต้องบอกชนิดข้อมูล (${TYPE_NAMES}) หรือระบุ type`,
        messageEn: `Name the sheet (or CSV file) for what it holds (${TYPE_NAMES}), or give the type (--type on the command line, \`type\` in importFile)`,
      });
      continue;
    }
    const columns = IMPORTABLE[type].columns as readonly string[];
    const unknown = sheet.columns.filter((c) => !columns.includes(c));
    for (const column of unknown) {
      report.problems.push({
        sheet: sheet.name,
        row: 1,
        column,
        code: 'UNKNOWN_COLUMN',
        messageTh: `ไม่รู้จักคอลัมน์ "${column}"`,
        messageEn: `Unknown column "${column}"; expected some of: ${columns.join(', ')}`,
      });
    }
    plan.push({ sheet, type });
  }
  if (report.problems.length) return report;
  // Parents before their children, whatever the sheets' order: a new enterprise's awards can come in the same file.
  plan.sort((a, b) => +!isPublished(IMPORTABLE[a.type]) - +!isPublished(IMPORTABLE[b.type]));

  // On its own connection, with yields between batches of rows: readers keep being served the
  // last commit while the import runs, and see all of it or none of it.
  await writeTransaction(
    prisma,
    async (tx) => {
      for (const { sheet, type } of plan) {
        const outcome = await applySheet(
          tx,
          type,
          sheet.rows.map((r) => toRow(r.cells, cellKinds(IMPORTABLE[type]))),
          { mode: 'upsert', actor: options.actor, dryRun: options.dryRun },
        );
        if (!outcome.ok) {
          for (const p of outcome.problems) {
            const column = p.path.split('.')[0] ?? '';
            const cell = sheet.rows[p.index]!.cells[column];
            // Quote the cell as written, so the reader can find the typo.
            const quoted = cell && p.code !== 'UNKNOWN_REFERENCE' ? ` ("${cell}")` : '';
            report.problems.push({
              sheet: sheet.name,
              row: sheet.rows[p.index]!.rowNumber,
              column,
              code: p.code,
              messageTh: `${p.messageTh}${quoted}`,
              messageEn: `${p.messageEn}${quoted}`,
            });
          }
          continue;
        }
        const count = (a: string) => outcome.results.filter((r) => r.action === a).length;
        report.sheets.push({
          sheet: sheet.name,
          type,
          rows: sheet.rows.length,
          created: count('CREATE'),
          updated: count('UPDATE'),
          unchanged: count('UNCHANGED'),
        });
        report.tags.push(...outcome.tags);
      }
      // All or nothing: one bad row anywhere undoes every sheet already written.
      return { commit: report.problems.length === 0, value: undefined };
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
  if (report.problems.length) report.sheets = [];
  return report;
}
