import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../prisma/seed/load.ts';
import { DATA_DIR, readSeedData, SeedDataError } from '../../prisma/seed/read.ts';
import { TMP } from '../helpers/paths.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function snapshot() {
  const p = t.prisma;
  return {
    sources: await p.source.findMany({ orderBy: { id: 'asc' } }),
    enterprises: await p.enterprise.findMany({
      orderBy: { id: 'asc' },
      include: { sources: true, businessTypes: true },
    }),
    organisations: await p.organisation.findMany({ orderBy: { id: 'asc' } }),
    observations: await p.observation.findMany({ orderBy: { id: 'asc' } }),
    signatories: await p.signatory.findMany({ orderBy: { id: 'asc' } }),
    budgetLines: await p.budgetLine.findMany({ orderBy: { id: 'asc' } }),
  };
}

describe('seed', () => {
  it('is idempotent: a second run over seeded data writes nothing', async () => {
    const before = await snapshot();
    const report = await loadSeed(t.prisma, readSeedData());
    expect(report.created).toBe(0);
    expect(report.updated).toBe(0);
    expect(report.unchanged).toBeGreaterThan(100);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves a figure that staff changed alone, unless asked to overwrite', async () => {
    const row = await t.prisma.observation.findFirstOrThrow();
    await t.prisma.observation.update({ where: { id: row.id }, data: { value: row.value + 1 } });
    const kept = await loadSeed(t.prisma, readSeedData());
    expect(kept.updated).toBe(0);
    expect((await t.prisma.observation.findUniqueOrThrow({ where: { id: row.id } })).value).toBe(row.value + 1);

    const restored = await loadSeed(t.prisma, readSeedData(), { overwrite: true });
    expect(restored.updated).toBe(1);
    expect((await t.prisma.observation.findUniqueOrThrow({ where: { id: row.id } })).value).toBe(row.value);
  });

  it('writes records through their write path: audited as the seed, one ChangeLog entry per run', async () => {
    const row = await t.prisma.observation.findFirstOrThrow({ include: { indicator: true } });
    await t.prisma.observation.update({ where: { id: row.id }, data: { value: row.value + 1 } });
    const audits = await t.prisma.auditLog.count();
    const logs = await t.prisma.changeLog.count();
    await loadSeed(t.prisma, readSeedData(), { overwrite: true });
    const audit = await t.prisma.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(await t.prisma.auditLog.count()).toBe(audits + 1);
    expect(audit).toMatchObject({ actor: 'seed', action: 'UPDATE', entityType: 'Observation' });
    expect(JSON.parse(audit.before!).value).toBe(row.value + 1);
    expect(JSON.parse(audit.after!).value).toBe(row.value);
    expect(await t.prisma.changeLog.count()).toBe(logs + 1);
    expect((await t.prisma.changeLog.findFirstOrThrow({ orderBy: { id: 'desc' } })).tags).toBe(
      `Indicator:${row.indicator.code}`,
    );
  });

  it("refuses a row the record's own rules refuse, naming file, row and field, and writes nothing", async () => {
    const data = readSeedData();
    const programme = data['programmes.json'].find((p) => p.fromFiscalYear !== undefined)!;
    const index = data['programmes.json'].indexOf(programme);
    const before = await snapshot();
    const error = await loadSeed(
      t.prisma,
      {
        ...data,
        'programmes.json': data['programmes.json'].map((p) =>
          p === programme ? { ...p, toFiscalYear: p.fromFiscalYear! - 1 } : p,
        ),
      },
      { overwrite: true },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedDataError);
    expect((error as SeedDataError).problems.join('\n')).toMatch(
      new RegExp(`programmes\\.json row ${index} field toFiscalYear: The programme ends`),
    );
    expect(await snapshot()).toEqual(before);
  });

  describe('data file problems are named by file, row and field', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(TMP, 'seed-data-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    function withEdit(file: string, edit: (rows: any[]) => void) {
      cpSync(DATA_DIR, dir, { recursive: true });
      const rows = JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8'));
      edit(rows);
      writeFileSync(path.join(dir, file), JSON.stringify(rows));
      try {
        readSeedData(dir);
      } catch (error) {
        expect(error).toBeInstanceOf(SeedDataError);
        return (error as SeedDataError).problems;
      }
      throw new Error('expected the data to be rejected');
    }

    it('a wrong type', () => {
      const problems = withEdit('indicators.json', (rows) => {
        rows[0].observations[0].value = 'many';
      });
      expect(problems.join('\n')).toMatch(/indicators\.json row 0 field observations\.0\.value/);
    });

    it('an unknown reference', () => {
      const problems = withEdit('enterprises.json', (rows) => {
        rows[1].area = 'TH-NOWHERE';
      });
      expect(problems.join('\n')).toMatch(/enterprises\.json row 1 .* field area: unknown area "TH-NOWHERE"/);
    });

    it('a category reference in another scheme', () => {
      const problems = withEdit('agreements.json', (rows) => {
        rows[0].themes = ['BUSINESS_TYPE:FOOD'];
      });
      expect(problems.join('\n')).toMatch(/agreements\.json row 0 field themes\.0: expected a THEME code/);
    });

    it('a duplicate natural key', () => {
      const problems = withEdit('organisations.json', (rows) => {
        rows.push({ ...rows[0] });
      });
      expect(problems.join('\n')).toMatch(/organisations\.json row \d+: duplicate key/);
    });
  });
});
