/**
 * Loads validated seed data into the database in one transaction, by natural keys.
 * Idempotent: a row is written only when it is missing or differs from the data file, so a second
 * run writes nothing (and leaves `updatedAt` alone). Rows that exist in the database but not in
 * the files are kept: staff may have added them.
 */
import type { PrismaClient } from '../client.ts';
import { observationKey, searchTextOf } from '../records/keys.ts';
import { fiscalYearWithin } from '../thai-calendar.ts';
import type { SeedData } from './format.ts';

// Kept importable from here for the scale generator and tests; they live with the records.
export { observationKey, searchTextOf };

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  /** What changed, as cache tags (`Indicator:CE_REGISTERED`, `Enterprise`, ...); empty if nothing did. */
  tags: string[];
}

/** A date in the data files (`YYYY-MM-DD`) as midnight UTC of that day. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
const optDay = (iso: string | undefined) => (iso ? day(iso) : null);

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return (a ?? null) === (b ?? null);
}

export interface LoadOptions {
  /**
   * Also bring records that exist but differ back to the data files' values. Off by default:
   * once staff edit the data, the files are the starting point, not the truth, and a re-run of
   * the seed must not undo their corrections.
   */
  overwrite?: boolean;
}

export async function loadSeed(prisma: PrismaClient, data: SeedData, options: LoadOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, tags: [] };
  await prisma.$transaction(
    async (tx) => {
      await load(tx, data, report, options.overwrite ?? false);
      // Recorded with the write itself, so running servers learn what to drop from their caches.
      if (report.tags.length) await tx.changeLog.create({ data: { tags: report.tags.join(',') } });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return report;
}

async function load(tx: Tx, d: SeedData, report: SeedReport, overwrite: boolean): Promise<void> {
  // Records created by this run are completed in later passes (parents, links) even without overwrite.
  const createdIds = new Set<string>();
  const delegateNames = new Map<object, string>();
  const delegateName = (delegate: object) => {
    let name = delegateNames.get(delegate);
    if (!name) delegateNames.set(delegate, (name = `model${delegateNames.size}`));
    return name;
  };
  // Each section of the load names what it changes; a section that wrote anything adds its tag.
  const tags = new Set<string>();
  const writes = () => report.created + report.updated;
  let sectionTag: string | null = null;
  let sectionStart = 0;
  const section = (tag: string | null) => {
    if (sectionTag && writes() > sectionStart) tags.add(sectionTag);
    sectionTag = tag;
    sectionStart = writes();
  };

  // Writes `data` to the row found by `where` only if something differs; returns the row id.
  async function sync<Row extends { id: number }>(
    delegate: {
      findUnique(args: { where: object }): Promise<Row | null>;
      create(args: { data: object }): Promise<Row>;
      update(args: { where: object; data: object }): Promise<Row>;
    },
    where: object,
    data: Record<string, unknown>,
  ): Promise<number> {
    const existing = await delegate.findUnique({ where });
    if (!existing) {
      report.created++;
      // A compound-unique `where` ({ a_b: { a, b } }) is not row data; its parts are already in `data`.
      const keyFields = Object.fromEntries(Object.entries(where).filter(([, v]) => typeof v !== 'object'));
      const created = await delegate.create({ data: { ...keyFields, ...data } });
      createdIds.add(`${delegateName(delegate)}:${created.id}`);
      return created.id;
    }
    const changed = Object.entries(data).some(([k, val]) => !same((existing as Record<string, unknown>)[k], val));
    if (!changed || !(overwrite || createdIds.has(`${delegateName(delegate)}:${existing.id}`))) {
      report.unchanged++;
      return existing.id;
    }
    report.updated++;
    return (await delegate.update({ where, data })).id;
  }

  // Replaces an implicit many-to-many relation's links only when the set of ids differs.
  async function syncLinks(
    delegate: {
      findUniqueOrThrow(args: { where: { id: number }; select: object }): Promise<Record<string, { id: number }[]>>;
      update(args: { where: { id: number }; data: object }): Promise<unknown>;
    },
    id: number,
    relation: string,
    ids: number[],
  ): Promise<void> {
    const current = await delegate.findUniqueOrThrow({
      where: { id },
      select: { [relation]: { select: { id: true } } },
    });
    const have = new Set(current[relation]!.map((r) => r.id));
    const want = new Set(ids);
    if (have.size === want.size && [...want].every((x) => have.has(x))) return;
    if (!overwrite && !createdIds.has(`${delegateName(delegate)}:${id}`)) return;
    report.updated++;
    await delegate.update({ where: { id }, data: { [relation]: { set: ids.map((x) => ({ id: x })) } } });
  }

  // Composite-key join rows: create the missing ones.
  async function ensureLink(
    delegate: {
      findUnique(args: { where: object }): Promise<unknown>;
      create(args: { data: object }): Promise<unknown>;
    },
    where: object,
    data: object,
  ): Promise<void> {
    if (await delegate.findUnique({ where })) {
      report.unchanged++;
      return;
    }
    report.created++;
    await delegate.create({ data });
  }

  const ids = {
    source: new Map<string, number>(),
    area: new Map<string, number>(),
    category: new Map<string, number>(),
    org: new Map<string, number>(),
    enterprise: new Map<string, number>(),
    programme: new Map<string, number>(),
  };
  const id = (map: Map<string, number>, key: string): number => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`seed: unresolved reference "${key}"`);
    return value;
  };
  const optId = (map: Map<string, number>, key: string | undefined) => (key === undefined ? null : id(map, key));
  const sourceIds = (keys: string[] | undefined) => (keys ?? []).map((k) => id(ids.source, k));

  section('Source');
  for (const s of d['sources.json']) {
    const { key, publishedOn, ...rest } = s;
    ids.source.set(
      key,
      await sync(
        tx.source,
        { key },
        { ...rest, url: rest.url ?? null, summaryEn: rest.summaryEn ?? null, publishedOn: day(publishedOn) },
      ),
    );
  }

  section('Area');
  // Areas: parents come before children in a topological pass, so paths can be built.
  const byCode = new Map(d['areas.json'].map((a) => [a.code, a]));
  const pathOf = (code: string, seen = new Set<string>()): string => {
    if (seen.has(code)) throw new Error(`seed: area ${code} is its own ancestor`);
    seen.add(code);
    const area = byCode.get(code)!;
    return area.parent ? `${pathOf(area.parent, seen)}${code}/` : `/${code}/`;
  };
  const areasInOrder = [...d['areas.json']].sort(
    (a, b) => pathOf(a.code).split('/').length - pathOf(b.code).split('/').length,
  );
  for (const a of areasInOrder) {
    const areaId = await sync(
      tx.area,
      { code: a.code },
      {
        kind: a.kind,
        nameTh: a.nameTh,
        nameEn: a.nameEn,
        geocode: a.geocode ?? null,
        parentId: optId(ids.area, a.parent),
        path: pathOf(a.code),
        depth: pathOf(a.code).split('/').length - 3,
      },
    );
    ids.area.set(a.code, areaId);
  }
  for (const a of d['areas.json']) {
    const groupId = id(ids.area, a.code);
    for (const m of a.members ?? []) {
      const memberId = id(ids.area, m);
      await ensureLink(tx.areaGroupMember, { groupId_memberId: { groupId, memberId } }, { groupId, memberId });
    }
    if (a.sources) await syncLinks(tx.area as never, groupId, 'sources', sourceIds(a.sources));
  }

  section('Category');
  for (const c of d['categories.json']) {
    const categoryId = await sync(
      tx.category,
      { scheme_code: { scheme: c.scheme, code: c.code } },
      {
        scheme: c.scheme,
        code: c.code,
        nameTh: c.nameTh,
        nameEn: c.nameEn,
        descriptionTh: c.descriptionTh ?? null,
        descriptionEn: c.descriptionEn ?? null,
        order: c.order ?? 0,
      },
    );
    ids.category.set(`${c.scheme}:${c.code}`, categoryId);
  }

  section('Unit');
  for (const u of d['units.json']) {
    const existing = await tx.unit.findUnique({ where: { code: u.code } });
    const data = { nameTh: u.nameTh, nameEn: u.nameEn, symbolTh: u.symbolTh ?? null, symbolEn: u.symbolEn ?? null };
    if (!existing) {
      report.created++;
      await tx.unit.create({ data: { code: u.code, ...data } });
    } else if (overwrite && Object.entries(data).some(([k, val]) => !same(existing[k as keyof typeof existing], val))) {
      report.updated++;
      await tx.unit.update({ where: { code: u.code }, data });
    } else report.unchanged++;
  }

  section('Organisation');
  // Organisations in two passes: parents may come later in the file.
  for (const o of d['organisations.json']) {
    const orgId = await sync(
      tx.organisation,
      { orgId: o.orgId },
      {
        kind: o.kind,
        nameTh: o.nameTh,
        nameEn: o.nameEn,
        acronymTh: o.acronymTh ?? null,
        acronymEn: o.acronymEn ?? null,
        url: o.url ?? null,
        areaId: optId(ids.area, o.area),
        searchText: searchTextOf(o.nameTh, o.nameEn, o.acronymTh, o.acronymEn),
      },
    );
    ids.org.set(o.orgId, orgId);
  }
  for (const o of d['organisations.json']) {
    const orgId = id(ids.org, o.orgId);
    await sync(tx.organisation, { orgId: o.orgId }, { parentId: optId(ids.org, o.parent) });
    report.unchanged--; // the second pass only completes rows counted in the first
    await syncLinks(tx.organisation as never, orgId, 'sources', sourceIds(o.sources));
  }

  section('Enterprise');
  for (const e of d['enterprises.json']) {
    const enterpriseId = await sync(
      tx.enterprise,
      { slug: e.slug },
      {
        kind: e.kind,
        nameTh: e.nameTh,
        nameEn: e.nameEn,
        registrationNo: e.registrationNo ?? null,
        registeredOn: optDay(e.registeredOn),
        areaId: optId(ids.area, e.area),
        villageNo: e.villageNo ?? null,
        tourismLevel: e.tourismLevel ?? null,
        descriptionTh: e.descriptionTh ?? null,
        descriptionEn: e.descriptionEn ?? null,
        searchText: searchTextOf(e.nameTh, e.nameEn),
      },
    );
    ids.enterprise.set(e.slug, enterpriseId);
    await syncLinks(tx.enterprise as never, enterpriseId, 'sources', sourceIds(e.sources));
    for (const ref of e.businessTypes ?? []) {
      const categoryId = id(ids.category, ref);
      await ensureLink(
        tx.enterpriseBusinessType,
        { enterpriseId_categoryId: { enterpriseId, categoryId } },
        { enterpriseId, categoryId },
      );
    }
    for (const a of e.assessments ?? []) {
      await sync(
        tx.assessment,
        { enterpriseId_fiscalYear: { enterpriseId, fiscalYear: a.fiscalYear } },
        {
          enterpriseId,
          fiscalYear: a.fiscalYear,
          grade: a.grade,
          sourceId: id(ids.source, a.source),
        },
      );
    }
    for (const a of e.awards ?? []) {
      await sync(
        tx.award,
        { enterpriseId_contestEn_level_year: { enterpriseId, contestEn: a.contestEn, level: a.level, year: a.year } },
        {
          enterpriseId,
          contestTh: a.contestTh,
          contestEn: a.contestEn,
          level: a.level,
          year: a.year,
          rank: a.rank,
          organiserId: optId(ids.org, a.organiser),
          areaId: optId(ids.area, a.area),
          sourceId: id(ids.source, a.source),
        },
      );
    }
    for (const c of e.certifications ?? []) {
      // A nullable column in a compound unique can't be looked up with findUnique: use findFirst.
      const existing = await tx.certification.findFirst({
        where: { enterpriseId, standard: c.standard, year: c.year ?? null },
      });
      const data = {
        enterpriseId,
        standard: c.standard,
        productTh: c.productTh ?? null,
        productEn: c.productEn ?? null,
        status: c.status,
        year: c.year ?? null,
        sourceId: id(ids.source, c.source),
      };
      if (!existing) {
        report.created++;
        await tx.certification.create({ data });
      } else if (
        overwrite &&
        Object.entries(data).some(([k, val]) => !same(existing[k as keyof typeof existing], val))
      ) {
        report.updated++;
        await tx.certification.update({ where: { id: existing.id }, data });
      } else report.unchanged++;
    }
  }

  section('Network');
  for (const n of d['networks.json']) {
    const networkId = await sync(
      tx.network,
      { slug: n.slug },
      {
        nameTh: n.nameTh,
        nameEn: n.nameEn,
        themeTh: n.themeTh ?? null,
        themeEn: n.themeEn ?? null,
        areaId: optId(ids.area, n.area),
        coordinatorId: optId(ids.org, n.coordinator),
        searchText: searchTextOf(n.nameTh, n.nameEn, n.themeTh, n.themeEn),
      },
    );
    await syncLinks(tx.network as never, networkId, 'sources', sourceIds(n.sources));
    for (const slug of n.members) {
      const enterpriseId = id(ids.enterprise, slug);
      await ensureLink(
        tx.networkMember,
        { networkId_enterpriseId: { networkId, enterpriseId } },
        { networkId, enterpriseId },
      );
    }
  }

  section('Programme');
  for (const p of d['programmes.json']) {
    const programmeId = await sync(
      tx.programme,
      { slug: p.slug },
      {
        nameTh: p.nameTh,
        nameEn: p.nameEn,
        descriptionTh: p.descriptionTh ?? null,
        descriptionEn: p.descriptionEn ?? null,
        leadId: id(ids.org, p.lead),
        areaId: optId(ids.area, p.area),
        fromFiscalYear: p.fromFiscalYear ?? null,
        toFiscalYear: p.toFiscalYear ?? null,
        searchText: searchTextOf(p.nameTh, p.nameEn),
      },
    );
    ids.programme.set(p.slug, programmeId);
    await syncLinks(tx.programme as never, programmeId, 'sources', sourceIds(p.sources));
    await syncLinks(
      tx.programme as never,
      programmeId,
      'themes',
      (p.themes ?? []).map((t) => id(ids.category, t)),
    );
    for (const partner of p.partners ?? []) {
      const organisationId = id(ids.org, partner.organisation);
      const key = { programmeId, organisationId, role: partner.role };
      await ensureLink(tx.programmePartner, { programmeId_organisationId_role: key }, key);
    }
    for (const b of p.budgetLines ?? []) {
      await sync(
        tx.budgetLine,
        { programmeId_kind_fiscalYear: { programmeId, kind: b.kind, fiscalYear: b.fiscalYear } },
        {
          programmeId,
          kind: b.kind,
          fiscalYear: b.fiscalYear,
          amount: b.amount ?? null,
          recipients: b.recipients ?? null,
          recipientUnitId: b.recipientUnit ?? null,
          reportedPercent: b.reportedPercent ?? null,
          asOf: optDay(b.asOf),
          noteTh: b.noteTh ?? null,
          noteEn: b.noteEn ?? null,
          sourceId: id(ids.source, b.source),
        },
      );
    }
    for (const a of p.activities ?? []) {
      const activityId = await sync(
        tx.activity,
        { slug: a.slug },
        {
          programmeId,
          kind: a.kind,
          nameTh: a.nameTh,
          nameEn: a.nameEn,
          startOn: optDay(a.startOn),
          endOn: optDay(a.endOn),
          areaId: optId(ids.area, a.area),
          venueTh: a.venueTh ?? null,
          venueEn: a.venueEn ?? null,
          presidedByTh: a.presidedByTh ?? null,
          presidedByEn: a.presidedByEn ?? null,
          participants: a.participants ?? null,
          sourceId: id(ids.source, a.source),
        },
      );
      await syncLinks(
        tx.activity as never,
        activityId,
        'enterprises',
        (a.enterprises ?? []).map((s) => id(ids.enterprise, s)),
      );
    }
  }

  section('Agreement');
  for (const a of d['agreements.json']) {
    const agreementId = await sync(
      tx.agreement,
      { slug: a.slug },
      {
        nameTh: a.nameTh,
        nameEn: a.nameEn,
        status: a.status,
        date: optDay(a.date),
        venueTh: a.venueTh ?? null,
        venueEn: a.venueEn ?? null,
        descriptionTh: a.descriptionTh ?? null,
        descriptionEn: a.descriptionEn ?? null,
        searchText: searchTextOf(a.nameTh, a.nameEn),
      },
    );
    await syncLinks(tx.agreement as never, agreementId, 'sources', sourceIds(a.sources));
    await syncLinks(
      tx.agreement as never,
      agreementId,
      'themes',
      (a.themes ?? []).map((t) => id(ids.category, t)),
    );
    await syncLinks(
      tx.agreement as never,
      agreementId,
      'programmes',
      (a.programmes ?? []).map((s) => id(ids.programme, s)),
    );
    for (const [position, s] of a.signatories.entries()) {
      const organisationId = id(ids.org, s.organisation);
      await sync(
        tx.signatory,
        { agreementId_organisationId_role: { agreementId, organisationId, role: s.role } },
        {
          agreementId,
          organisationId,
          role: s.role,
          representativeTh: s.representativeTh ?? null,
          representativeEn: s.representativeEn ?? null,
          position,
        },
      );
    }
  }

  for (const i of d['indicators.json']) {
    section(`Indicator:${i.code}`);
    const indicatorId = await sync(
      tx.indicator,
      { code: i.code },
      {
        nameTh: i.nameTh,
        nameEn: i.nameEn,
        descriptionTh: i.descriptionTh ?? null,
        descriptionEn: i.descriptionEn ?? null,
        unitId: i.unit,
        measure: i.measure,
        higherIsBetter: i.higherIsBetter,
        allowsNegative: i.allowsNegative,
        aggregation: i.aggregation,
        categoryScheme: i.categoryScheme ?? null,
        irisRef: i.irisRef ?? null,
        sdgTargets: i.sdgTargets?.join(',') ?? null,
        programmeId: optId(ids.programme, i.programme),
      },
    );
    for (const o of i.observations) {
      await sync(
        tx.observation,
        { key: observationKey(i.code, o) },
        {
          indicatorId,
          kind: o.kind,
          value: o.value,
          periodStart: day(o.periodStart),
          periodEnd: day(o.periodEnd),
          // The year the source attributes, else the one the period lies in; null for a period
          // that straddles two fiscal years, which a series by fiscal year then leaves out.
          fiscalYear: o.fiscalYear ?? fiscalYearWithin(day(o.periodStart), day(o.periodEnd)),
          areaId: optId(ids.area, o.area),
          categoryId: optId(ids.category, o.category),
          programmeId: optId(ids.programme, o.programme),
          approximate: o.approximate ?? false,
          noteTh: o.noteTh ?? null,
          noteEn: o.noteEn ?? null,
          sourceId: id(ids.source, o.source),
        },
      );
    }
  }
  section(null);
  report.tags = [...tags];
}
