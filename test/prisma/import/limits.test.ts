/**
 * Import limits and streaming (issue 8, finding 7): a file past a limit is refused before any row
 * is checked, with a coded problem naming the limit; invalid UTF-8 and damaged workbooks are named
 * too; and while an import runs, readers are served the last commit, never half an import.
 */
import { setImmediate } from 'node:timers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../prisma/import/import-file.ts';
import { DEFAULT_IMPORT_LIMITS, writeXlsx } from '../../../prisma/import/sheets.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';
import { xlsxBomb } from '../../helpers/zip.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const actor = { name: 'limits test' };
const HEADER = 'indicator,kind,value,periodStart,periodEnd,area,source,publication';
const line = (i: number) => {
  const district = `TH-10${String((i % 50) + 1).padStart(2, '0')}`;
  const day = new Date(Date.UTC(2023, 0, 1 + Math.floor(i / 50))).toISOString().slice(0, 10);
  return `FOOD_BANK_MEALS,ACTUAL,${i},${day},${day},${district},003_4a541e27cee69d2e,PUBLISHED`;
};
const csvOf = (rows: number) => [HEADER, ...Array.from({ length: rows }, (_, i) => line(i))].join('\n');

describe('import limits', () => {
  it('refuses a file larger than maxFileBytes, naming the limit', async () => {
    const report = await importFile(t.prisma, {
      fileName: 'observations.csv',
      data: Buffer.from(csvOf(100)),
      actor,
      limits: { maxFileBytes: 1000 },
    });
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'FILE_TOO_LARGE', messageEn: expect.stringMatching(/maxFileBytes/) }),
    ]);
  });

  it('refuses more than maxRows rows (CSV and XLSX), naming the limit, and writes nothing', async () => {
    const before = await t.prisma.observation.count();
    const csv = await importFile(t.prisma, {
      fileName: 'observations.csv',
      data: Buffer.from(csvOf(11)),
      actor,
      limits: { maxRows: 10 },
    });
    expect(csv.problems).toEqual([
      expect.objectContaining({ code: 'TOO_MANY_ROWS', messageEn: expect.stringMatching(/maxRows = 10\b/) }),
    ]);
    const workbook = await writeXlsx([
      {
        name: 'observations',
        columns: ['indicator', 'value'],
        rows: Array.from({ length: 11 }, (_, i) => ({ indicator: 'FOOD_BANK_MEALS', value: i })),
      },
    ]);
    const xlsx = await importFile(t.prisma, { fileName: 'o.xlsx', data: workbook, actor, limits: { maxRows: 10 } });
    expect(xlsx.problems).toEqual([expect.objectContaining({ code: 'TOO_MANY_ROWS' })]);
    expect(await t.prisma.observation.count()).toBe(before);
  });

  it('refuses a zip bomb past maxUncompressedBytes, also when its headers understate the size', async () => {
    // 200 MiB of sheet in a file of a few hundred KB: past the default limit of 100 MiB.
    const bomb = xlsxBomb(200 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(DEFAULT_IMPORT_LIMITS.maxFileBytes);
    const report = await importFile(t.prisma, { fileName: 'bomb.xlsx', data: bomb, actor });
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'UNCOMPRESSED_TOO_LARGE',
        messageEn: expect.stringMatching(/maxUncompressedBytes = 100 MiB/),
      }),
    ]);
    const liar = await importFile(t.prisma, {
      fileName: 'liar.xlsx',
      data: xlsxBomb(5_000_000, 100),
      actor,
      limits: { maxUncompressedBytes: 1_000_000 },
    });
    expect(liar.problems).toEqual([expect.objectContaining({ code: 'UNCOMPRESSED_TOO_LARGE' })]);
  }, 60_000);

  it('names invalid UTF-8 in a CSV and a damaged workbook instead of storing replacement characters', async () => {
    const bytes = Buffer.concat([
      Buffer.from('orgId,kind,nameTh,nameEn,sources\nXI-PHALANG-BAD-UTF8,FOUNDATION,'),
      Buffer.from([0xe0, 0xa4, 0x41]),
      Buffer.from(',Bad,004_601cdb5170b81ab9\n'),
    ]);
    const report = await importFile(t.prisma, { fileName: 'organisations.csv', data: bytes, actor });
    expect(report.problems).toEqual([expect.objectContaining({ code: 'INVALID_ENCODING' })]);
    const damaged = await importFile(t.prisma, {
      fileName: 'organisations.xlsx',
      data: Buffer.from('PK\u0003\u0004 not really a workbook'),
      actor,
    });
    expect(damaged.problems).toEqual([expect.objectContaining({ code: 'UNREADABLE_FILE' })]);
    expect(await t.prisma.organisation.count({ where: { orgId: 'XI-PHALANG-BAD-UTF8' } })).toBe(0);
  });

  it('serves readers while an import runs, and they see none of it until it commits', async () => {
    const before = await t.prisma.observation.count();
    let done = false;
    const running = importFile(t.prisma, { fileName: 'observations.csv', data: Buffer.from(csvOf(3000)), actor }).then(
      (r) => {
        done = true;
        return r;
      },
    );
    const seenWhileRunning: number[] = [];
    while (!done) {
      // A reader arriving as a new event (as an HTTP request does), not a microtask chained on the last.
      await new Promise((resolve) => setImmediate(resolve));
      const count = await t.prisma.observation.count();
      if (!done) seenWhileRunning.push(count);
    }
    const report = await running;
    expect(report.problems).toEqual([]);
    // Reads completed while the import was running (the event loop was free) ...
    expect(seenWhileRunning.length).toBeGreaterThan(1);
    // ... and each saw the last commit: no row of an uncommitted import.
    expect(new Set(seenWhileRunning)).toEqual(new Set([before]));
    expect(await t.prisma.observation.count()).toBe(before + 3000);
  }, 120_000);
});
