/**
 * The public SQL reader: the analytics' statements see exactly what the Prisma public reader sees,
 * because both are built from PUBLIC_RULES; and it reads nothing it cannot rewrite.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../../prisma/sql.ts';
import { PUBLIC_RULES, PublicReaderRefusal } from '../../../prisma/visibility.ts';
import { enterpriseCount, enterpriseStats } from '../../../schema/analytics/enterprise-stats.ts';
import { partnerGraph } from '../../../schema/analytics/partner-graph.ts';
import { indicatorTotal } from '../../../schema/analytics/total.ts';
import { analyticsFixture, optionsFor, type AnalyticsFixture } from './fixture.ts';

let f: AnalyticsFixture;
beforeAll(() => {
  f = analyticsFixture();
});
afterAll(() => f.close());

describe('rows come from the rule table', () => {
  it('every ruled model read by the public reader is limited as its rule says; other tables are not', () => {
    for (const [model, rule] of Object.entries(PUBLIC_RULES)) {
      const text = f.public.db
        .selectFrom(model as keyof DB)
        .selectAll()
        .compile().sql;
      if (rule.staffOnly) expect(text, model).toContain('1 = 0');
      if (rule.published) expect(text, model).toContain(`"${model}"."publication" = ?`);
      for (const link of rule.belongsTo ?? []) expect(text, `${model}.${link}`).toMatch(/exists \(select 1/);
      expect(
        f.staff.db
          .selectFrom(model as keyof DB)
          .selectAll()
          .compile().sql,
      ).toBe(`select * from "${model}"`);
    }
    expect(f.public.db.selectFrom('Area').selectAll().compile().sql).toBe('select * from "Area"');
  });

  it('makes a subquery built from the public reader visible once, wherever it is embedded', () => {
    const db = f.public.db;
    const inner = db.selectFrom('Agreement as a').select('a.id').where('a.status', '=', 'SIGNED');
    const statements = [
      db
        .with('picked', () => inner)
        .selectFrom('picked')
        .selectAll(),
      db.selectFrom('Signatory as s').select('s.id').where('s.agreementId', 'in', inner),
      db
        .selectFrom('Organisation as o')
        .select('o.id')
        .where((eb) =>
          eb.exists(eb.selectFrom('Signatory as s').select('s.id').whereRef('s.organisationId', '=', 'o.id')),
        ),
    ];
    for (const statement of statements) {
      const text = statement.compile().sql;
      // Each ruled table read once is wrapped once: as many publication checks as reads of it.
      const reads = (model: string) => text.split(`from "${model}"`).length - 1;
      const checks = (model: string) =>
        text.match(new RegExp(`"(v\\d+_)?${model}"\\."publication" = \\?`, 'g'))?.length ?? 0;
      expect(reads('Agreement'), text).toBeGreaterThan(0);
      for (const model of ['Agreement', 'Organisation']) expect(checks(model), text).toBe(reads(model));
      expect(text, text).not.toMatch(/from \(select \* from \(select \* from/);
    }
  });

  it('reaches tables in joins, subqueries and CTEs', () => {
    const text = f.public.db
      .with('x', (qc) => qc.selectFrom('Enterprise').select('id'))
      .selectFrom('x')
      .innerJoin('Observation as o', 'o.id', 'x.id')
      .where((eb) => eb.exists(eb.selectFrom('Network').select('Network.id')))
      .select('x.id')
      .compile().sql;
    for (const model of ['Enterprise', 'Observation', 'Network'])
      expect(text).toContain(`select * from "${model}" where`);
  });
});

describe('what the public does not see', () => {
  it('refuses writes and raw SQL that names a table', async () => {
    await expect(f.public.db.deleteFrom('Observation').execute()).rejects.toBeInstanceOf(PublicReaderRefusal);
    await expect(sql`select * from Observation`.execute(f.public.db)).rejects.toBeInstanceOf(PublicReaderRefusal);
    await expect(
      f.public.db
        .selectFrom('Area')
        .select(sql<number>`(select count(*) from Observation)`.as('n'))
        .execute(),
    ).rejects.toBeInstanceOf(PublicReaderRefusal);
  });

  it('a draft observation, indicator, enterprise or agreement drops out of the public aggregates only', async () => {
    const fairSales = await f.indicator('STIMULUS_FAIR_SALES');
    const registered = await f.indicator('CE_REGISTERED');
    const enterprisesBefore = await enterpriseCount(f.public, null);
    const graphBefore = await partnerGraph(f.public, null);

    await f.prisma.indicator.update({ where: { id: fairSales.id }, data: { publication: 'DRAFT' } });
    const reported = await f.prisma.observation.findFirstOrThrow({
      where: { indicatorId: registered.id, categoryId: null, area: { code: 'TH-10' } },
    });
    await f.prisma.observation.update({ where: { id: reported.id }, data: { publication: 'DRAFT' } });
    const enterprise = await f.prisma.enterprise.findFirstOrThrow({ where: { publication: 'PUBLISHED' } });
    await f.prisma.enterprise.update({ where: { id: enterprise.id }, data: { publication: 'DRAFT' } });
    const agreement = await f.prisma.agreement.findFirstOrThrow({ where: { slug: 'se-promotion-mou-2021' } });
    await f.prisma.agreement.update({ where: { id: agreement.id }, data: { publication: 'DRAFT' } });

    expect(await indicatorTotal(f.public, fairSales, optionsFor())).toMatchObject({ value: null, observationCount: 0 });
    expect((await indicatorTotal(f.staff, fairSales, optionsFor())).value).toBe(18_951_686);
    expect((await indicatorTotal(f.public, registered, optionsFor({ area: 'TH-10' }))).value).not.toBe(210);
    expect((await indicatorTotal(f.staff, registered, optionsFor({ area: 'TH-10' }))).value).toBe(210);
    expect(await enterpriseCount(f.public, null)).toBe(enterprisesBefore - 1);
    expect((await enterpriseStats(f.public, 'KIND', null, null)).total).toBe(enterprisesBefore - 1);
    expect(await enterpriseCount(f.staff, null)).toBeGreaterThanOrEqual(enterprisesBefore);
    const graph = await partnerGraph(f.public, null);
    expect(graph.nodes.some((n) => n.key === 'se-promotion-mou-2021')).toBe(false);
    expect(graphBefore.nodes.some((n) => n.key === 'se-promotion-mou-2021')).toBe(true);
    expect((await partnerGraph(f.staff, null)).nodes.some((n) => n.key === 'se-promotion-mou-2021')).toBe(true);
  });
});
