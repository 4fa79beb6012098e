/**
 * Loads validated seed data into the database in one transaction, by natural keys. Records
 * (organisations, enterprises and their assessments, awards and certifications, networks,
 * programmes and their budget lines and activities, agreements, indicators and observations) are
 * written through their record types' write path, as staff imports are (validated, audited with
 * actor `seed`); reference data (sources, areas, categories, units) by this loader.
 * Idempotent: a row is written only when it is missing or differs from the data file, so a second
 * run writes nothing (and leaves `updatedAt` alone). Rows that exist in the database but not in
 * the files are kept: staff may have added them.
 */
import type { PrismaClient } from '../client.ts';
import { activityRecord } from '../records/activity.ts';
import { agreementRecord } from '../records/agreement.ts';
import { assessmentRecord } from '../records/assessment.ts';
import { awardRecord } from '../records/award.ts';
import { budgetLineRecord } from '../records/budget-line.ts';
import { certificationRecord } from '../records/certification.ts';
import { applyRecordsIn } from '../records/apply.ts';
import { rebuildEnterpriseCount } from '../enterprise-count.ts';
import { rebuildRollup } from '../rollup.ts';
import { enterpriseRecord } from '../records/enterprise.ts';
import { indicatorRecord } from '../records/indicator.ts';
import { networkRecord } from '../records/network.ts';
import { observationRecord } from '../records/observation.ts';
import { organisationRecord } from '../records/organisation.ts';
import { programmeRecord } from '../records/programme.ts';
import { isPublished, type RecordType } from '../records/record.ts';
import { Refs } from '../records/refs.ts';
import type { SeedData, SeedFile } from './format.ts';
import { SeedDataError } from './read.ts';

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
      // The triggers kept the rollup and the enterprise counts with every row; rebuilt anyway, so no drift outlives a seed.
      await rebuildRollup(tx);
      await rebuildEnterpriseCount(tx);
      // Recorded once, with the write itself, so running servers learn what to drop from their caches.
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

  // Replaces an implicit many-to-many relation's links (`have`, read by the caller) only when the set of ids differs.
  async function syncLinks(
    delegate: object,
    id: number,
    have: { id: number }[],
    ids: number[],
    replace: (set: { id: number }[]) => Promise<unknown>,
  ): Promise<void> {
    const current = new Set(have.map((r) => r.id));
    const want = new Set(ids);
    if (current.size === want.size && [...want].every((x) => current.has(x))) return;
    if (!overwrite && !createdIds.has(`${delegateName(delegate)}:${id}`)) return;
    report.updated++;
    await replace(ids.map((x) => ({ id: x })));
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
    if (a.sources) {
      const { sources } = await tx.area.findUniqueOrThrow({
        where: { id: groupId },
        select: { sources: { select: { id: true } } },
      });
      await syncLinks(tx.area, groupId, sources, sourceIds(a.sources), (set) =>
        tx.area.update({ where: { id: groupId }, data: { sources: { set } } }),
      );
    }
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

  section(null);

  // Records, through their write path: validated, written and audited as a staff import is.
  const recordTags = new Set<string>();
  type Located<Row> = { row: Row; at: (path: string) => string };
  const inFile =
    (file: SeedFile, index: number, prefix = '') =>
    (path: string) =>
      `${file} row ${index}${prefix || path ? ` field ${[prefix, path].filter(Boolean).join('.')}` : ''}`;
  const located = <Row>(file: SeedFile, rows: Row[]): Located<Row>[] =>
    rows.map((row, i) => ({ row, at: inFile(file, i) }));

  async function put<Row extends object>(type: RecordType<Row>, rows: Located<Row>[]) {
    if (!rows.length) return;
    const published = isPublished(type);
    const keyRefs = new Refs(tx);
    const keys = await Promise.all(
      rows.map(({ row }) => (type.storedKey ? type.storedKey(row, keyRefs) : type.key(row))),
    );
    const stored = type.readMany
      ? await type.readMany(tx, keys)
      : new Map((await Promise.all(keys.map(async (k) => [k, await type.read(tx, k)] as const))).filter(([, r]) => r));
    const inputs: Record<string, unknown>[] = [];
    const where: Located<Row>['at'][] = [];
    for (const [i, { row, at }] of rows.entries()) {
      const exists = stored.has(keys[i]!);
      if (exists && !overwrite) {
        report.unchanged++; // staff may have changed it since: the files no longer decide
        continue;
      }
      const input: Record<string, unknown> = Object.fromEntries(Object.entries(row));
      // A new record is published, as seeded records always were; a stored one keeps its status.
      if (published && input.publication === undefined && !exists) input.publication = 'PUBLISHED';
      // Overwriting: what the file leaves out is cleared (null clears), so the record equals the file.
      if (exists) for (const c of type.columns) if (c !== 'publication' && input[c] === undefined) input[c] = null;
      inputs.push(input);
      where.push(at);
    }
    const outcome = await applyRecordsIn(tx, type, inputs, {
      mode: overwrite ? 'upsert' : 'create',
      actor: { name: 'seed' },
      logChanges: false,
    });
    if (!outcome.ok) throw new SeedDataError(outcome.problems.map((p) => `${where[p.index]!(p.path)}: ${p.messageEn}`));
    for (const r of outcome.results) {
      if (r.action === 'CREATE') report.created++;
      else if (r.action === 'UPDATE') report.updated++;
      else report.unchanged++;
    }
    for (const t of outcome.tags) recordTags.add(t);
  }

  // A new organisation's parent must exist when it is checked: write in runs (in file order, which
  // keeps ids as they were) that end before a row naming a parent from the same run.
  let run: Located<SeedData['organisations.json'][number]>[] = [];
  for (const o of located('organisations.json', d['organisations.json'])) {
    if (o.row.parent && run.some((r) => r.row.orgId === o.row.parent)) {
      await put(organisationRecord, run);
      run = [];
    }
    run.push(o);
  }
  await put(organisationRecord, run);
  await put(
    enterpriseRecord,
    located('enterprises.json', d['enterprises.json']).map(
      ({ row: { assessments: _a, awards: _w, certifications: _c, ...row }, at }) => ({ row, at }),
    ),
  );
  await put(networkRecord, located('networks.json', d['networks.json']));
  await put(
    programmeRecord,
    located('programmes.json', d['programmes.json']).map(
      ({ row: { budgetLines: _b, activities: _a, ...row }, at }) => ({ row, at }),
    ),
  );
  await put(agreementRecord, located('agreements.json', d['agreements.json']));
  await put(
    indicatorRecord,
    located('indicators.json', d['indicators.json']).map(({ row: { observations: _o, ...row }, at }) => ({ row, at })),
  );
  await put(
    observationRecord,
    d['indicators.json'].flatMap((i, n) =>
      i.observations.map((o, j) => ({
        row: { ...o, indicator: i.code },
        at: inFile('indicators.json', n, `observations.${j}`),
      })),
    ),
  );

  // Child records, nested in their parents' rows in the files, each row given its parent's key.
  const children = <Parent, Child extends object, Key extends object>(
    file: SeedFile,
    parents: Parent[],
    field: string,
    list: (p: Parent) => Child[] | undefined,
    parentKey: (p: Parent) => Key,
  ) =>
    parents.flatMap((p, n) =>
      (list(p) ?? []).map((row, j) => ({ row: { ...row, ...parentKey(p) }, at: inFile(file, n, `${field}.${j}`) })),
    );
  const enterprises = d['enterprises.json'];
  const ofEnterprise = (e: (typeof enterprises)[number]) => ({ enterprise: e.slug });
  await put(
    assessmentRecord,
    children('enterprises.json', enterprises, 'assessments', (e) => e.assessments, ofEnterprise),
  );
  await put(
    awardRecord,
    children('enterprises.json', enterprises, 'awards', (e) => e.awards, ofEnterprise),
  );
  await put(
    certificationRecord,
    children('enterprises.json', enterprises, 'certifications', (e) => e.certifications, ofEnterprise),
  );
  const programmes = d['programmes.json'];
  const ofProgramme = (p: (typeof programmes)[number]) => ({ programme: p.slug });
  await put(
    budgetLineRecord,
    children('programmes.json', programmes, 'budgetLines', (p) => p.budgetLines, ofProgramme),
  );
  await put(
    activityRecord,
    children('programmes.json', programmes, 'activities', (p) => p.activities, ofProgramme),
  );
  section(null);
  report.tags = [...new Set([...tags, ...recordTags])];
}
