/** `npm run seed:scale` at a small size: counts, provenance, invariants, determinism, and the API over it. */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma, type PrismaClient } from '../../prisma/client.ts';
import { observationKey } from '../../prisma/domain/keys.ts';
import { tableFingerprints } from '../../prisma/seed/scale/fingerprint.ts';
import { generateScaleDatabase, SYNTHETIC_SOURCE_KEY, type ScaleOptions } from '../../prisma/seed/scale/generate.ts';
import { fiscalYearWithin } from '../../prisma/domain/thai-calendar.ts';
import { createPhalangApp } from '../../server/yoga.ts';
import { TEMPLATE_DB, TMP } from '../helpers/paths.ts';

const SIZE = { enterprises: 2_000, observations: 10_000, networks: 100, organisations: 200, agreements: 200 };
const run = `scale-${randomUUID()}`;
const files: string[] = [];
async function generate(name: string, options: Partial<ScaleOptions>) {
  const out = path.join(TMP, `${run}-${name}.db`);
  files.push(out);
  return generateScaleDatabase({ out, ...SIZE, ...options });
}

let db: Database.Database;
let prisma: PrismaClient;
let fingerprints: Record<string, Record<string, string>>;
beforeAll(async () => {
  // One full run (migrate + real seed + synthetic data); the others start from the test template.
  const a = await generate('a', { seed: 42 });
  const b = await generate('b', { seed: 42, base: TEMPLATE_DB });
  const c = await generate('c', { seed: 7, base: TEMPLATE_DB });
  fingerprints = {};
  for (const [name, report] of Object.entries({ a, b, c })) {
    const d = new Database(report.file, { readonly: true });
    fingerprints[name] = tableFingerprints(d);
    d.close();
  }
  db = new Database(a.file, { readonly: true });
  prisma = createPrisma({ url: `file:${a.file}` });
});
afterAll(async () => {
  db?.close();
  await prisma?.$disconnect();
  for (const f of files) for (const s of ['', '-wal', '-shm', '-journal']) rmSync(f + s, { force: true });
});

const one = <T = Record<string, number>>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const syntheticSourceId = () => one<{ id: number }>('SELECT id FROM Source WHERE key = ?', SYNTHETIC_SOURCE_KEY).id;

describe('seed:scale', () => {
  it('writes the requested counts over all 77 provinces, 8 fiscal years and both kinds', () => {
    const s = syntheticSourceId();
    expect(one(`SELECT count(*) n FROM Enterprise WHERE slug LIKE 'syn-e-%'`).n).toBe(2_000);
    expect(one('SELECT count(*) n FROM Observation WHERE sourceId = ?', s).n).toBe(10_000);
    expect(one(`SELECT count(*) n FROM Indicator WHERE code LIKE 'SYN\\_%' ESCAPE '\\'`).n).toBe(20);
    expect(one(`SELECT count(*) n FROM Network WHERE slug LIKE 'syn-network-%'`).n).toBe(100);
    expect(one(`SELECT count(*) n FROM Organisation WHERE orgId LIKE 'SYN-ORG-%'`).n).toBe(200);
    expect(one(`SELECT count(*) n FROM Agreement WHERE slug LIKE 'syn-mou-%'`).n).toBe(200);
    expect(
      one(`SELECT min(c) n FROM (SELECT count(*) c FROM Signatory GROUP BY agreementId)`).n,
    ).toBeGreaterThanOrEqual(2);
    expect(one('SELECT count(*) n FROM NetworkMember').n).toBeGreaterThan(500);
    // Enterprises sit in every province (directly or in one of its districts).
    expect(
      one(`SELECT count(DISTINCT coalesce(p.id, a.id)) n FROM Enterprise e JOIN Area a ON a.id = e.areaId
           LEFT JOIN Area p ON p.id = a.parentId AND a.kind = 'DISTRICT' WHERE e.slug LIKE 'syn-e-%'`).n,
    ).toBe(77);
    expect(one(`SELECT count(DISTINCT fiscalYear) n FROM Observation WHERE sourceId = ?`, s).n).toBe(8);
    expect(one(`SELECT count(DISTINCT kind) n FROM Observation WHERE sourceId = ?`, s).n).toBe(2);
    const byLevel = db
      .prepare(
        `SELECT a.kind, o.categoryId IS NOT NULL AS byCategory, count(*) n FROM Observation o JOIN Area a ON a.id = o.areaId
         WHERE o.sourceId = ? GROUP BY 1, 2`,
      )
      .all(s) as { kind: string; byCategory: number; n: number }[];
    expect(byLevel.map((r) => `${r.kind}:${r.byCategory}`).sort()).toEqual(['DISTRICT:0', 'PROVINCE:0', 'PROVINCE:1']);
  });

  it('marks every synthetic record with one Source that says it is not real', () => {
    const source = one<{ id: number; titleEn: string; summaryEn: string }>(
      'SELECT * FROM Source WHERE key = ?',
      SYNTHETIC_SOURCE_KEY,
    );
    expect(source.titleEn).toBe('Synthetic national-scale data (not real)');
    expect(source.summaryEn).toContain('seed 42');
    for (const [table, where] of [
      ['Enterprise', `slug LIKE 'syn-e-%'`],
      ['Organisation', `orgId LIKE 'SYN-ORG-%'`],
      ['Network', `slug LIKE 'syn-network-%'`],
      ['Agreement', `slug LIKE 'syn-mou-%'`],
    ]) {
      expect(
        one(
          `SELECT count(*) n FROM "${table}" t WHERE ${where}
             AND NOT EXISTS (SELECT 1 FROM "_${table}ToSource" l WHERE l.A = t.id AND l.B = ?)`,
          source.id,
        ).n,
        table,
      ).toBe(0);
    }
    expect(
      one(
        `SELECT count(*) n FROM Observation o JOIN Indicator i ON i.id = o.indicatorId
           WHERE i.code LIKE 'SYN\\_%' ESCAPE '\\' AND o.sourceId != ?`,
        source.id,
      ).n,
    ).toBe(0);
    // The real seed's observations are untouched and never point at it.
    expect(one(`SELECT count(*) n FROM Observation WHERE sourceId != ?`, source.id).n).toBe(48);
  });

  it('fills derived columns as the write path does, and breakdowns never exceed their total', () => {
    const rows = db
      .prepare(
        `SELECT o.key, o.kind, substr(o.periodStart, 1, 10) ps, substr(o.periodEnd, 1, 10) pe, o.fiscalYear,
                i.code indicator, a.code area, c.scheme || ':' || c.code category
         FROM Observation o JOIN Indicator i ON i.id = o.indicatorId JOIN Area a ON a.id = o.areaId
         LEFT JOIN Category c ON c.id = o.categoryId WHERE o.sourceId = ?`,
      )
      .all(syntheticSourceId()) as Record<string, string | number | null>[];
    for (const r of rows) {
      const periodStart = r.ps as string;
      const periodEnd = r.pe as string;
      expect(r.key).toBe(
        observationKey(r.indicator as string, {
          kind: r.kind as string,
          periodStart,
          periodEnd,
          area: r.area as string,
          category: (r.category as string | null) ?? undefined,
        }),
      );
      expect(r.fiscalYear).toBe(
        fiscalYearWithin(new Date(`${periodStart}T00:00:00Z`), new Date(`${periodEnd}T00:00:00Z`)),
      );
    }
    // Category and district rows break a province total down; they add up to at most that total.
    const groups = one(
      `SELECT count(*) n, sum(parts = total) exact, sum(parts > total) over FROM (
         SELECT t.id, t.value total, sum(b.value) parts FROM Observation t
         JOIN Observation b ON b.indicatorId = t.indicatorId AND b.kind = t.kind AND b.periodStart = t.periodStart
           AND b.periodEnd = t.periodEnd AND b.id != t.id
         JOIN Area ba ON ba.id = b.areaId
         WHERE t.sourceId = ? AND t.categoryId IS NULL
           AND ((b.areaId = t.areaId AND b.categoryId IS NOT NULL) OR (ba.parentId = t.areaId AND b.categoryId IS NULL))
         GROUP BY t.id, b.categoryId IS NULL)`,
      syntheticSourceId(),
    );
    expect(groups.over).toBe(0);
    // Most add up exactly; those cut short at the end of a period's share add up to less.
    expect(groups.exact).toBeGreaterThan(groups.n! / 2);
  });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    expect(fingerprints.b).toEqual(fingerprints.a);
    expect(fingerprints.c!.Observation).not.toBe(fingerprints.a!.Observation);
    expect(fingerprints.c!.Enterprise).not.toBe(fingerprints.a!.Enterprise);
    // The reference data is the real seed's either way.
    expect(fingerprints.c!.Area).toBe(fingerprints.a!.Area);
  });

  it("is served by the app's GraphQL API: totals equal the sums the aggregation rules imply", async () => {
    const app = createPhalangApp({ prisma });
    const query = async (q: string, variables: object = {}) => {
      const response = await app.fetch('http://phalang.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables }),
      });
      const json = (await response.json()) as { data?: any; errors?: unknown[] };
      expect(json.errors).toBeUndefined();
      return json.data;
    };
    const totalOf = `query ($code: String!) { indicator(code: $code) {
      total { value observationCount } series(groupBy: AREA) { total points { key } } } }`;
    // A flow: every province total (not the category or district breakdowns) over every period.
    const flow = one(
      `SELECT sum(o.value) value, count(*) n, count(DISTINCT o.areaId) areas FROM Observation o
       JOIN Indicator i ON i.id = o.indicatorId JOIN Area a ON a.id = o.areaId
       WHERE i.code = 'SYN_SALES' AND o.kind = 'ACTUAL' AND o.categoryId IS NULL AND a.depth = 1`,
    );
    const sales = (await query(totalOf, { code: 'SYN_SALES' })).indicator;
    expect(sales.total).toEqual({ value: flow.value, observationCount: flow.n });
    expect(sales.series.total).toBe(flow.value);
    expect(sales.series.points).toHaveLength(flow.areas!);
    // A stock: the province totals of the latest period only.
    const stock = one(
      `SELECT sum(o.value) value, count(*) n FROM Observation o
       JOIN Indicator i ON i.id = o.indicatorId JOIN Area a ON a.id = o.areaId
       WHERE i.code = 'SYN_CE_REGISTERED' AND o.kind = 'ACTUAL' AND o.categoryId IS NULL AND a.depth = 1
         AND o.periodEnd = (SELECT max(periodEnd) FROM Observation WHERE indicatorId = i.id)`,
    );
    const registered = (await query(totalOf, { code: 'SYN_CE_REGISTERED' })).indicator;
    expect(registered.total).toEqual({ value: stock.value, observationCount: stock.n });
    // Enterprise counts include the synthetic ones that are published.
    const published = one(`SELECT count(*) n FROM Enterprise WHERE publication = 'PUBLISHED'`).n;
    const stats = await query('{ enterpriseStats(groupBy: AREA) { total } }');
    expect(stats.enterpriseStats.total).toBe(published);
  });
});
