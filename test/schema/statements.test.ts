/**
 * No N+1: the number of SQL statements a nested query sends must not grow with the number of rows.
 * Each query runs, then the database grows (more networks, members, indicators, observations),
 * and the same query must send exactly as many statements as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // These queries ask for thousands of rows on purpose, beyond the public cost limit.
  t = await createTestApp({ maxCost: Infinity });
});
afterAll(() => t.close());

const NETWORKS_DEEP = `{
  networks(first: 50) { totalCount edges { node {
    nameTh coordinator { nameTh parent { nameTh } }
    sources { title publishedOn }
    members(first: 50) { totalCount edges { node {
      nameTh kind area { code nameTh parent { nameTh } }
      businessTypes { code nameEn }
      awards { rank source { title } }
      networks { slug }
      sources { title }
    } } }
  } } }
}`;

const AGREEMENTS_DEEP = `{
  agreements(first: 50) { edges { node {
    nameTh signatories { role organisation { nameTh parent { nameEn } area { code } } }
    programmes { nameEn lead { nameEn } }
    sources { title }
  } } }
}`;

const INDICATORS_DEEP = `{
  indicators(first: 100) { edges { node {
    code unit { code }
    observations(first: 100) { totalCount edges { node {
      value unit { symbolTh } period { start end fiscalYear }
      area { code nameTh nameEn } category { code nameTh nameEn } source { title publishedOn }
    } } }
  } } }
}`;

const ENTERPRISES_FILTERED = `{
  enterprises(first: 100, filter: { area: "TH" }) { totalCount edges { node {
    nameTh area { code } businessTypes { code } assessments { grade } certifications { status } networks { slug } sources { title }
  } } }
}`;

async function grow() {
  const p = t.prisma;
  const source = await p.source.findFirstOrThrow();
  const area = await p.area.findFirstOrThrow({ where: { code: 'TH-1010' } });
  const org = await p.organisation.findFirstOrThrow();
  const category = await p.category.findFirstOrThrow({ where: { scheme: 'BUSINESS_TYPE' } });
  const unit = await p.unit.findFirstOrThrow();
  for (let n = 0; n < 12; n++) {
    const enterprises = [];
    for (let m = 0; m < 8; m++) {
      enterprises.push(
        await p.enterprise.create({
          data: {
            slug: `grown-${n}-${m}`,
            kind: 'COMMUNITY_ENTERPRISE',
            nameTh: `วิสาหกิจทดสอบ ${n}-${m}`,
            nameEn: `Test enterprise ${n}-${m}`,
            searchText: `test ${n}-${m}`,
            areaId: area.id,
            sources: { connect: { id: source.id } },
            businessTypes: { create: { categoryId: category.id } },
            awards: {
              create: {
                contestTh: 'ทดสอบ',
                contestEn: 'Test',
                level: 'PROVINCIAL',
                year: 2566,
                rank: 'WINNER',
                sourceId: source.id,
              },
            },
          },
        }),
      );
    }
    await p.network.create({
      data: {
        slug: `grown-network-${n}`,
        nameTh: `เครือข่ายทดสอบ ${n}`,
        nameEn: `Test network ${n}`,
        searchText: `test network ${n}`,
        coordinatorId: org.id,
        sources: { connect: { id: source.id } },
        members: { create: enterprises.map((e) => ({ enterpriseId: e.id })) },
      },
    });
    const agreement = await p.agreement.create({
      data: {
        slug: `grown-agreement-${n}`,
        nameTh: `ข้อตกลง ${n}`,
        nameEn: `Agreement ${n}`,
        status: 'SIGNED',
        searchText: `agreement ${n}`,
        sources: { connect: { id: source.id } },
      },
    });
    await p.signatory.create({
      data: { agreementId: agreement.id, organisationId: org.id, role: 'SIGNATORY', position: 0 },
    });
    const indicator = await p.indicator.create({
      data: { code: `GROWN_${n}`, nameTh: `ตัวชี้วัด ${n}`, nameEn: `Indicator ${n}`, unitId: unit.code, measure: 'COUNT' },
    });
    for (let o = 0; o < 5; o++) {
      await p.observation.create({
        data: {
          key: `GROWN_${n}|${o}`,
          indicatorId: indicator.id,
          kind: 'ACTUAL',
          value: o,
          periodStart: new Date(Date.UTC(2020 + o, 0, 1)),
          periodEnd: new Date(Date.UTC(2020 + o, 11, 31)),
          areaId: area.id,
          categoryId: category.id,
          sourceId: source.id,
        },
      });
    }
  }
}

describe('nested queries send a bounded number of SQL statements', () => {
  const queries = { NETWORKS_DEEP, AGREEMENTS_DEEP, INDICATORS_DEEP, ENTERPRISES_FILTERED };
  const before: Record<string, number> = {};

  it('counts statements on the seed data', async () => {
    for (const [name, document] of Object.entries(queries)) {
      const result = await t.query(document);
      expect(result.errors, name).toBeUndefined();
      before[name] = result.statements.length;
      console.log(`${name}: ${result.statements.length} SQL statements`);
    }
  });

  it('sends the same number after the data has grown', async () => {
    const rowsBefore = (await t.data('{ enterprises { totalCount } }')).enterprises.totalCount;
    await grow();
    const rowsAfter = (await t.data('{ enterprises { totalCount } }')).enterprises.totalCount;
    expect(rowsAfter).toBe(rowsBefore + 96);
    for (const [name, document] of Object.entries(queries)) {
      const result = await t.query(document);
      expect(result.errors, name).toBeUndefined();
      expect(result.statements.length, name).toBe(before[name]);
    }
    // And the grown rows really were returned, so the count held with more data, not less.
    const networks = await t.data('{ networks(first: 50) { totalCount edges { node { members { totalCount } } } } }');
    expect(networks.networks.edges.filter((e: any) => e.node.members.totalCount === 8).length).toBeGreaterThanOrEqual(
      12,
    );
  });
});
