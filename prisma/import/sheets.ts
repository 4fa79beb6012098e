/**
 * Reads CSV and XLSX files into rows of text cells keyed by column name, row by row, within limits
 * (file size, unzipped size, rows) that each name themselves when they refuse a file. XLSX through
 * exceljs's streaming reader (maintained, on the npm registry, no native code; SheetJS's npm package
 * is an unmaintained 2022 release), CSV through csv-parse's streaming parser. Also writes workbooks
 * and CSV for the export, streaming, with spreadsheet formulas neutralised.
 */
import { Readable, type Writable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

export interface Sheet {
  /** The sheet name (XLSX) or the file name without extension (CSV). */
  name: string;
  columns: string[];
  /** Each row with its spreadsheet row number (the header is row 1). */
  rows: { rowNumber: number; cells: Record<string, string> }[];
}

export interface ImportLimits {
  /** Largest file accepted, in bytes. @default 10 MiB */
  maxFileBytes: number;
  /** Largest total size of an XLSX file's parts once unzipped, in bytes (zip bombs). @default 100 MiB */
  maxUncompressedBytes: number;
  /** Most data rows in one file, all sheets together. @default 100,000 */
  maxRows: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 100_000,
};

/** A file refused before any row is checked: too big, a zip bomb, too many rows, not UTF-8, damaged. */
export class UnreadableFileError extends Error {
  constructor(
    /** FILE_TOO_LARGE, UNCOMPRESSED_TOO_LARGE, TOO_MANY_ROWS, INVALID_ENCODING or UNREADABLE_FILE. */
    readonly code: string,
    readonly messageTh: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = 'UnreadableFileError';
  }
}

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB (${bytes} bytes)`;

export const tooManyRows = (max: number) =>
  new UnreadableFileError(
    'TOO_MANY_ROWS',
    `ไฟล์มีข้อมูลเกิน ${max.toLocaleString('en')} แถว (ขีดจำกัด maxRows)`,
    `The file has more than ${max.toLocaleString('en')} data rows (limit maxRows = ${max}); split it into smaller files`,
  );

/** How many rows the parsers read between yields to the event loop, so readers are served meanwhile. */
const ROWS_PER_YIELD = 1000;

export async function readSheets(
  fileName: string,
  data: Buffer | Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<Sheet[]> {
  if (data.byteLength > limits.maxFileBytes) {
    throw new UnreadableFileError(
      'FILE_TOO_LARGE',
      `ไฟล์ใหญ่เกิน ${mib(limits.maxFileBytes)} (ขีดจำกัด maxFileBytes)`,
      `The file is ${data.byteLength} bytes, more than the limit maxFileBytes = ${mib(limits.maxFileBytes)}`,
    );
  }
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (/\.csv$/i.test(fileName)) return [await readCsv(base, buffer, limits)];
  if (/\.xlsx$/i.test(fileName)) return readXlsx(buffer, limits);
  throw new UnreadableFileError(
    'UNREADABLE_FILE',
    'อ่านไฟล์ไม่ได้: ต้องเป็นไฟล์ .csv หรือ .xlsx',
    `"${fileName}" is neither .csv nor .xlsx`,
  );
}

async function readCsv(name: string, data: Buffer, limits: ImportLimits): Promise<Sheet> {
  let text: string;
  try {
    // Refused rather than read with U+FFFD in place of the bad bytes, which would be stored as names.
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new UnreadableFileError(
      'INVALID_ENCODING',
      'ไฟล์ CSV ต้องเข้ารหัสแบบ UTF-8',
      'The CSV file is not valid UTF-8; save it as "CSV UTF-8"',
    );
  }
  const parser = Readable.from([text]).pipe(
    parse({ bom: true, skip_empty_lines: true, relax_column_count: false, trim: true }),
  );
  let columns: string[] | undefined;
  const rows: Sheet['rows'] = [];
  let recordNumber = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    recordNumber++;
    if (!columns) {
      columns = cells.map((h) => h.trim());
      continue;
    }
    if (rows.length >= limits.maxRows) {
      parser.destroy();
      throw tooManyRows(limits.maxRows);
    }
    rows.push({
      rowNumber: recordNumber,
      cells: Object.fromEntries(columns.map((c, j) => [c, unquoteFormula(cells[j] ?? '')])),
    });
    if (rows.length % ROWS_PER_YIELD === 0) await yieldToLoop();
  }
  return { name, columns: columns ?? [], rows };
}

/**
 * Inflates every part of the zip once, counting bytes and keeping none, and refuses it past the
 * limit. It reads the zip with the same parser (unzipper, local headers in order) that exceljs's
 * streaming reader uses, so it counts exactly what the reader would inflate, whatever sizes the
 * headers declare; inflation runs in zlib's thread pool, so the event loop stays free.
 */
async function checkUnzippedSize(data: Buffer, max: number): Promise<void> {
  const tooBig = () =>
    new UnreadableFileError(
      'UNCOMPRESSED_TOO_LARGE',
      `ไฟล์ .xlsx เมื่อแตกออกใหญ่เกิน ${mib(max)} (ขีดจำกัด maxUncompressedBytes)`,
      `The .xlsx file unzips to more than the limit maxUncompressedBytes = ${mib(max)}`,
    );
  const zip = Readable.from([data]).pipe(unzipper.Parse({ forceStream: true }));
  let total = 0;
  try {
    for await (const entry of zip as AsyncIterable<unzipper.Entry>) {
      const declared = (entry.vars as { uncompressedSize?: number }).uncompressedSize ?? 0;
      if (total + declared > max) throw tooBig();
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > max) throw tooBig();
      }
    }
  } catch (error) {
    zip.destroy();
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(
      'UNREADABLE_FILE',
      'อ่านไฟล์ไม่ได้: ไฟล์ .xlsx เสียหาย',
      `Cannot read the .xlsx file: ${(error as Error).message}`,
    );
  }
}

async function readXlsx(data: Buffer, limits: ImportLimits): Promise<Sheet[]> {
  await checkUnzippedSize(data, limits.maxUncompressedBytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: Sheet[] = [];
  let total = 0;
  try {
    for await (const ws of reader) {
      const sheet: Sheet = { name: ws.name, columns: [], rows: [] };
      let header: string[] | undefined;
      for await (const row of ws) {
        const values = (row.values as ExcelJS.CellValue[]) ?? [];
        if (!header) {
          // The first row read is the header, wherever it is: row 1 in a file written as documented.
          header = [];
          for (let j = 1; j < values.length; j++) header[j - 1] = cellText(values[j]).trim();
          continue;
        }
        const cells: Record<string, string> = {};
        header.forEach((c, j) => (cells[c] = cellText(values[j + 1]).trim()));
        if (!Object.values(cells).some((v) => v !== '')) continue;
        if (++total > limits.maxRows) throw tooManyRows(limits.maxRows);
        sheet.rows.push({ rowNumber: row.number, cells });
        if (total % ROWS_PER_YIELD === 0) await yieldToLoop();
      }
      sheet.columns = (header ?? []).filter(Boolean);
      sheets.push(sheet);
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(
      'UNREADABLE_FILE',
      'อ่านไฟล์ไม่ได้: ไฟล์ .xlsx เสียหาย',
      `Cannot read the .xlsx file: ${(error as Error).message}`,
    );
  }
  return sheets;
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

/** What a spreadsheet program would run as a formula or command (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheet programs: one that would start a formula gets a leading
 * `'`, which Excel and LibreOffice show as text (OWASP). Numbers are left alone: -5 is a value.
 */
export function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse on import, so an exported file imports back unchanged. */
function unquoteFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Writes a workbook in memory (tests and small files); the export streams with `streamXlsx`. */
export async function writeXlsx(
  sheets: { name: string; columns: string[]; rows: Record<string, unknown>[] }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name);
    ws.addRow(s.columns);
    for (const r of s.rows) ws.addRow(s.columns.map((c) => r[c] ?? ''));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Streams one sheet into `out`, batch by batch. Every string is a shared string (`t="s"`, text by
 * definition; exceljs writes a formula only for `{ formula }` values, and its inline form `t="str"`
 * is a formula's cached result), and strings that look like formulas get the Text number format,
 * so editing the cell does not turn it into one. The shared-string table holds distinct texts only.
 */
export async function streamXlsx(
  out: Writable,
  name: string,
  columns: readonly string[],
  batches: AsyncIterable<unknown[][]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  const ws = workbook.addWorksheet(name);
  ws.addRow([...columns]).commit();
  for await (const batch of batches) {
    for (const values of batch) {
      const row = ws.addRow(values.map((v) => v ?? ''));
      values.forEach((v, j) => {
        if (typeof v === 'string' && FORMULA_START.test(v)) row.getCell(j + 1).numFmt = '@';
      });
      row.commit();
    }
  }
  ws.commit();
  await workbook.commit();
}
