/**
 * Reads CSV and XLSX files into rows of text cells keyed by column name. XLSX through exceljs
 * (maintained, on the npm registry, reads and writes styles-free workbooks without native code;
 * SheetJS's npm package is an unmaintained 2022 release), CSV through csv-parse.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export interface Sheet {
  /** The sheet name (XLSX) or the file name without extension (CSV). */
  name: string;
  columns: string[];
  /** Each row with its spreadsheet row number (the header is row 1). */
  rows: { rowNumber: number; cells: Record<string, string> }[];
}

export async function readSheets(fileName: string, data: Buffer | Uint8Array): Promise<Sheet[]> {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  if (/\.csv$/i.test(fileName)) return [readCsv(base, Buffer.from(data))];
  if (/\.xlsx$/i.test(fileName)) return readXlsx(Buffer.from(data));
  throw new Error(`"${fileName}" is neither .csv nor .xlsx`);
}

function readCsv(name: string, data: Buffer): Sheet {
  const records = parse(data, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: false,
    trim: true,
  }) as string[][];
  const [header = [], ...body] = records;
  const columns = header.map((h) => h.trim());
  return {
    name,
    columns,
    rows: body.map((cells, i) => ({
      rowNumber: i + 2,
      cells: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])),
    })),
  };
}

async function readXlsx(data: Buffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheets: Sheet[] = [];
  workbook.eachSheet((ws) => {
    const header = ws.getRow(1);
    const columns: string[] = [];
    header.eachCell({ includeEmpty: true }, (cell, col) => (columns[col - 1] = cellText(cell.value).trim()));
    const rows: Sheet['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: Record<string, string> = {};
      columns.forEach((c, j) => (cells[c] = cellText(row.getCell(j + 1).value).trim()));
      if (Object.values(cells).some((v) => v !== '')) rows.push({ rowNumber, cells });
    });
    sheets.push({ name: ws.name, columns: columns.filter(Boolean), rows });
  });
  return sheets;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

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
