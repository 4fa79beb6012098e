/**
 * Writes the synthetic national-scale dataset into its own SQLite file: the real seed first (so
 * reference data — provinces, districts, categories, units — is the app's own), then the
 * synthetic records, straight through better-sqlite3 prepared statements in large transactions
 * (Prisma 6.19 costs about a millisecond per statement; a million rows would take a quarter of an
 * hour). Every column the app's write path derives (search text, observation key and fiscal year,
 * the ChangeLog row naming what changed) is filled the same way here.
 *
 * The file is built under a temporary name and renamed into place at the end, so a crash never
 * leaves a half-built database under the real name.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createPrisma } from '../../client.ts';
import { REBUILD_ENTERPRISE_COUNT_SQL } from '../../enterprise-count.ts';
import { REBUILD_ROLLUP_SQL } from '../../rollup.ts';
import { setupDatabase } from '../../setup.ts';
import { searchTextOf } from '../../domain/search-text.ts';
import { generateObservations, type PlaceRef, type Province } from './observations.ts';
import { createRandom, type Random } from './random.ts';
import { withSearchIndexRebuilt } from './search-index.ts';
import {
  AGREEMENT_STATUSES,
  ENTERPRISE_KINDS,
  ORGANISATION_KINDS,
  PRODUCTS,
  SYNTHETIC_INDICATORS,
  VILLAGES,
} from './vocabulary.ts';

export interface ScaleOptions {
  /** The SQLite file to create. Never the real database. */
  out: string;
  enterprises: number;
  observations: number;
  /** @default 42 */
  seed?: number;
  /** @default 1000 */
  networks?: number;
  /** @default 2000 */
  organisations?: number;
  /** MOUs, each with 2–6 signatories. @default 2000 */
  agreements?: number;
  /**
   * Start from a copy of this database, already migrated and seeded, instead of migrating and
   * seeding a new one (tests use their template). @default undefined
   */
  base?: string;
  /** Replace `out` if it exists. @default false */
  force?: boolean;
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void;
}

export interface ScaleReport {
  file: string;
  counts: Record<string, number>;
  /** Milliseconds per step, and `total`. */
  timings: Record<string, number>;
}

/** The key of the Source row every synthetic record points to. */
export const SYNTHETIC_SOURCE_KEY = 'synthetic-national-scale';
/** Creation time of every synthetic row: fixed, so that the same seed gives the same bytes. */
const CREATED = '2026-01-01T00:00:00.000+00:00';
const dateTime = (isoDay: string) => `${isoDay}T00:00:00.000+00:00`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Files the generator refuses to write: the app's real database. */
function assertNotRealDatabase(file: string) {
  const real = [path.resolve('data/phalang.db')];
  const fromEnv = process.env.DATABASE_URL?.startsWith('file:')
    ? process.env.DATABASE_URL.slice(5).split('?')[0]
    : null;
  if (fromEnv) real.push(path.resolve(fromEnv));
  if (real.includes(file)) throw new Error(`seed:scale writes its own database file; refusing to write ${file}`);
}

export async function generateScaleDatabase(options: ScaleOptions): Promise<ScaleReport> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 42;
  const counts = {
    enterprises: options.enterprises,
    observations: options.observations,
    networks: options.networks ?? 1000,
    organisations: options.organisations ?? 2000,
    agreements: options.agreements ?? 2000,
  };
  for (const [name, n] of Object.entries(counts)) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0; got ${n}`);
  }
  if (counts.networks > 0 && counts.enterprises === 0) throw new Error('networks need enterprises');
  if (counts.agreements > 0 && counts.organisations < 6) throw new Error('agreements need at least 6 organisations');
  const file = path.resolve(options.out);
  assertNotRealDatabase(file);
  if (existsSync(file) && !options.force) throw new Error(`${file} exists; pass --force to replace it`);

  const timings: Record<string, number> = {};
  const started = performance.now();
  let mark = started;
  const step = (name: string, detail = '') => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    log(`  ${name.padEnd(14)} ${String(timings[name]).padStart(7)} ms${detail ? `  ${detail}` : ''}`);
    mark = now;
  };

  const building = `${file}.building-${process.pid}`;
  const removeFiles = (f: string) => ['', '-wal', '-shm', '-journal'].forEach((s) => rmSync(f + s, { force: true }));
  removeFiles(building);
  try {
    // Migrations and the real seed, through the app's own code.
    if (options.base) copyFileSync(options.base, building);
    const url = `file:${building}`;
    const prisma = createPrisma({ url });
    try {
      await setupDatabase(prisma, url);
    } finally {
      await prisma.$disconnect();
    }
    step('migrate+seed', options.base ? `from ${path.basename(options.base)}` : '');

    const db = new Database(building);
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -200000');
    try {
      const written = withSearchIndexRebuilt(db, () => writeSynthetic(db, seed, counts, step));
      step('search index');
      db.pragma('journal_mode = DELETE');
      Object.assign(counts, written);
    } finally {
      db.close();
    }
    removeFiles(file);
    renameSync(building, file);
  } catch (error) {
    removeFiles(building);
    throw error;
  }
  timings.total = Math.round(performance.now() - started);
  return { file, counts, timings };
}

interface Counts {
  enterprises: number;
  observations: number;
  networks: number;
  organisations: number;
  agreements: number;
}

function writeSynthetic(
  db: Database.Database,
  seed: number,
  counts: Counts,
  step: (name: string, detail?: string) => void,
): Record<string, number> {
  // Reference data from the real seed.
  const areas = db.prepare('SELECT id, code, kind, nameTh, nameEn, parentId FROM Area ORDER BY code').all() as {
    id: number;
    code: string;
    kind: string;
    nameTh: string;
    nameEn: string;
    parentId: number | null;
  }[];
  const provinceRows = areas.filter((a) => a.kind === 'PROVINCE');
  if (provinceRows.length !== 77) throw new Error(`expected 77 provinces in the seed, found ${provinceRows.length}`);
  const provinceRandom = createRandom(seed, 'provinces');
  const provinces: (Province & { nameTh: string; nameEn: string })[] = provinceRows.map((p) => ({
    id: p.id,
    code: p.code,
    nameTh: p.nameTh,
    nameEn: p.nameEn,
    // Bangkok is the largest; the rest vary fourfold.
    weight: p.code === 'TH-10' ? 3 : Math.round((0.4 + 1.2 * provinceRandom.next()) * 1000) / 1000,
    districts: areas
      .filter((a) => a.kind === 'DISTRICT' && a.parentId === p.id)
      .map((a) => ({ id: a.id, code: a.code })),
  }));
  const cumulative: number[] = [];
  provinces.reduce((sum, p, i) => (cumulative[i] = sum + p.weight), 0);
  const totalWeight = cumulative[cumulative.length - 1]!;
  const pickProvince = (random: Random) => {
    const x = random.next() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const categoryRows = db.prepare('SELECT id, scheme, code FROM Category ORDER BY "order", code').all() as {
    id: number;
    scheme: string;
    code: string;
  }[];
  const categories = new Map<string, PlaceRef[]>();
  for (const c of categoryRows) {
    if (!categories.has(c.scheme)) categories.set(c.scheme, []);
    categories.get(c.scheme)!.push({ id: c.id, code: c.code });
  }
  const businessTypes = categories.get('BUSINESS_TYPE') ?? [];
  const themes = categories.get('THEME') ?? [];

  const tx = <T>(fn: () => T): T => db.transaction(fn)();
  const written: Record<string, number> = {};

  // Provenance: one Source row, marked synthetic, that every synthetic record points to.
  const sourceId = Number(
    db
      .prepare(
        `INSERT INTO Source (key, fileName, titleTh, titleEn, publisherTh, publisherEn, publishedOn, url, summaryEn)
         VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      )
      .run(
        SYNTHETIC_SOURCE_KEY,
        'synthetic',
        'ข้อมูลสังเคราะห์ระดับประเทศ (ไม่ใช่ข้อมูลจริง)',
        'Synthetic national-scale data (not real)',
        'พลัง (สร้างโดยโปรแกรม)',
        'Phalang (generated)',
        dateTime('2026-01-01'),
        `Generated by \`npm run seed:scale\` for load tests (seed ${seed}: ${counts.enterprises} enterprises, ` +
          `${counts.observations} observations, ${counts.networks} networks, ${counts.organisations} organisations, ` +
          `${counts.agreements} agreements). Every name and figure is random and describes nothing real.`,
      ).lastInsertRowid,
  );

  // Organisations.
  const orgIds: number[] = [];
  const orgsByProvince: number[][] = provinces.map(() => []);
  tx(() => {
    const random = createRandom(seed, 'organisations');
    const insert = db.prepare(
      `INSERT INTO Organisation (orgId, kind, nameTh, nameEn, areaId, searchText, publication, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)`,
    );
    const link = db.prepare('INSERT INTO _OrganisationToSource (A, B) VALUES (?, ?)');
    for (let n = 1; n <= counts.organisations; n++) {
      const pi = pickProvince(random);
      const province = provinces[pi]!;
      const [kind, , words] = ORGANISATION_KINDS[indexWeighted(random, ORGANISATION_KINDS)]!;
      const village = random.pick(VILLAGES);
      const nameTh = `${words[0]}${village[0]} จังหวัด${province.nameTh} ${n}`;
      const nameEn = `${village[1]} ${words[1]} ${n}, ${province.nameEn}`;
      const id = Number(
        insert.run(
          `SYN-ORG-${pad(n, 5)}`,
          kind,
          nameTh,
          nameEn,
          province.id,
          searchTextOf(nameTh, nameEn),
          CREATED,
          CREATED,
        ).lastInsertRowid,
      );
      link.run(id, sourceId);
      orgIds.push(id);
      orgsByProvince[pi]!.push(id);
    }
  });
  written.organisations = orgIds.length;
  step('organisations', `${orgIds.length}`);

  // Enterprises, with business types; around the count table's triggers (each insert would recount
  // its area's enterprises of its kind), rebuilt once afterwards (prisma/enterprise-count.ts).
  const enterprisesByProvince: number[][] = provinces.map(() => []);
  const countTriggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Enterprise'`)
    .all() as { name: string; sql: string }[];
  for (const t of countTriggers) db.exec(`DROP TRIGGER "${t.name}"`);
  tx(() => {
    const random = createRandom(seed, 'enterprises');
    const insert = db.prepare(
      `INSERT INTO Enterprise (slug, kind, nameTh, nameEn, registrationNo, registeredOn, areaId, villageNo, tourismLevel,
         searchText, publication, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const link = db.prepare('INSERT INTO _EnterpriseToSource (A, B) VALUES (?, ?)');
    const type = db.prepare('INSERT INTO EnterpriseBusinessType (enterpriseId, categoryId) VALUES (?, ?)');
    for (let n = 1; n <= counts.enterprises; n++) {
      const pi = pickProvince(random);
      const province = provinces[pi]!;
      // Where districts are known, most enterprises sit in one.
      const area = province.districts.length && random.chance(0.8) ? random.pick(province.districts) : province;
      const [kind, , words] = ENTERPRISE_KINDS[indexWeighted(random, ENTERPRISE_KINDS)]!;
      const product = random.pick(PRODUCTS);
      const village = random.pick(VILLAGES);
      const villageNo = random.int(1, 20);
      const nameTh = `${words[0]}${product[0]}บ้าน${village[0]} หมู่ ${villageNo} จังหวัด${province.nameTh}`;
      const nameEn = `Ban ${village[1]} ${product[1]} ${words[1]}, Moo ${villageNo}, ${province.nameEn}`;
      const registered = random.chance(0.9)
        ? dateTime(new Date(Date.UTC(2005, 0, 1) + random.int(0, 7300) * 86_400_000).toISOString().slice(0, 10))
        : null;
      const tourism = kind === 'TOURISM_COMMUNITY' || kind === 'HOMESTAY' ? random.pick(['A', 'B', 'C', 'D']) : null;
      const publication = random.chance(0.01) ? 'DRAFT' : 'PUBLISHED';
      const id = Number(
        insert.run(
          `syn-e-${pad(n, 6)}`,
          kind,
          nameTh,
          nameEn,
          registered ? `${province.code.slice(3)}-${pad(n, 6)}` : null,
          registered,
          area.id,
          villageNo,
          tourism,
          searchTextOf(nameTh, nameEn),
          publication,
          CREATED,
          CREATED,
        ).lastInsertRowid,
      );
      link.run(id, sourceId);
      for (const c of random.sample(businessTypes, random.chance(0.3) ? 2 : 1)) type.run(id, c.id);
      enterprisesByProvince[pi]!.push(id);
    }
  });
  db.transaction(() => {
    for (const statement of REBUILD_ENTERPRISE_COUNT_SQL) db.exec(statement);
    for (const t of countTriggers) db.exec(t.sql);
  })();
  written.enterprises = counts.enterprises;
  step('enterprises', `${counts.enterprises}`);

  // Networks of enterprises in one province, coordinated by an organisation there when there is one.
  let members = 0;
  tx(() => {
    const random = createRandom(seed, 'networks');
    const insert = db.prepare(
      `INSERT INTO Network (slug, nameTh, nameEn, themeTh, themeEn, areaId, coordinatorId, searchText, publication, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)`,
    );
    const link = db.prepare('INSERT INTO _NetworkToSource (A, B) VALUES (?, ?)');
    const member = db.prepare('INSERT INTO NetworkMember (networkId, enterpriseId) VALUES (?, ?)');
    for (let n = 1; n <= counts.networks; n++) {
      let pi = pickProvince(random);
      while (enterprisesByProvince[pi]!.length === 0) pi = (pi + 1) % provinces.length;
      const province = provinces[pi]!;
      const product = random.pick(PRODUCTS);
      const nameTh = `เครือข่ายวิสาหกิจชุมชน${product[0]}จังหวัด${province.nameTh} ${n}`;
      const nameEn = `${province.nameEn} ${product[1]} Community Enterprise Network ${n}`;
      const coordinators = orgsByProvince[pi]!;
      const id = Number(
        insert.run(
          `syn-network-${pad(n, 4)}`,
          nameTh,
          nameEn,
          product[0],
          product[1],
          province.id,
          coordinators.length ? random.pick(coordinators) : null,
          searchTextOf(nameTh, nameEn, product[0], product[1]),
          CREATED,
          CREATED,
        ).lastInsertRowid,
      );
      link.run(id, sourceId);
      for (const e of random.sample(enterprisesByProvince[pi]!, random.int(5, 40))) {
        member.run(id, e);
        members++;
      }
    }
  });
  written.networks = counts.networks;
  written.networkMembers = members;
  step('networks', `${counts.networks}, ${members} members`);

  // MOUs between organisations, with their signatories in document order.
  let signatories = 0;
  tx(() => {
    const random = createRandom(seed, 'agreements');
    const insert = db.prepare(
      `INSERT INTO Agreement (slug, nameTh, nameEn, status, date, searchText, publication, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)`,
    );
    const link = db.prepare('INSERT INTO _AgreementToSource (A, B) VALUES (?, ?)');
    const theme = db.prepare('INSERT INTO _AgreementToCategory (A, B) VALUES (?, ?)');
    const signatory = db.prepare(
      'INSERT INTO Signatory (agreementId, organisationId, role, position) VALUES (?, ?, ?, ?)',
    );
    for (let n = 1; n <= counts.agreements; n++) {
      const pi = pickProvince(random);
      const province = provinces[pi]!;
      const product = random.pick(PRODUCTS);
      const status = AGREEMENT_STATUSES[indexWeighted(random, AGREEMENT_STATUSES)]![0];
      const nameTh = `บันทึกข้อตกลงความร่วมมือ เรื่อง การส่งเสริม${product[0]} จังหวัด${province.nameTh} ฉบับที่ ${n}`;
      const nameEn = `MOU No. ${n} on promoting ${product[1].toLowerCase()} in ${province.nameEn}`;
      const date =
        status === 'SIGNED' || status === 'ENDED'
          ? dateTime(new Date(Date.UTC(2017, 9, 1) + random.int(0, 2920) * 86_400_000).toISOString().slice(0, 10))
          : null;
      const id = Number(
        insert.run(`syn-mou-${pad(n, 5)}`, nameTh, nameEn, status, date, searchTextOf(nameTh, nameEn), CREATED, CREATED)
          .lastInsertRowid,
      );
      link.run(id, sourceId);
      for (const t of random.sample(themes, random.int(1, 2))) theme.run(id, t.id);
      // Local parties first, then any; one of them may preside and the last may only witness.
      const local = random.sample(orgsByProvince[pi]!, 3);
      const parties = [...new Set([...local, ...random.sample(orgIds, 6)])].slice(0, random.int(2, 6));
      const presiding = parties.length > 2 && random.chance(0.3);
      const witness = parties.length > 3 && random.chance(0.2);
      parties.forEach((org, position) => {
        const role =
          presiding && position === 0
            ? 'PRESIDING'
            : witness && position === parties.length - 1
              ? 'WITNESS'
              : 'SIGNATORY';
        signatory.run(id, org, role, position);
        signatories++;
      });
    }
  });
  written.agreements = counts.agreements;
  written.signatories = signatories;
  step('agreements', `${counts.agreements}, ${signatories} signatories`);

  // Indicators, then their observations.
  const units = new Set((db.prepare('SELECT code FROM Unit').all() as { code: string }[]).map((u) => u.code));
  const indicators = tx(() => {
    const insert = db.prepare(
      `INSERT INTO Indicator (code, nameTh, nameEn, descriptionTh, descriptionEn, unitId, measure, higherIsBetter,
         aggregation, categoryScheme, publication, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'PUBLISHED', ?, ?)`,
    );
    return SYNTHETIC_INDICATORS.map((i) => {
      if (!units.has(i.unit)) throw new Error(`unit ${i.unit} is not in the seed`);
      const id = Number(
        insert.run(
          i.code,
          i.nameTh,
          i.nameEn,
          'ตัวชี้วัดสังเคราะห์สำหรับทดสอบระบบ ค่าทั้งหมดเป็นค่าสุ่ม ไม่ใช่ข้อมูลจริง',
          'A synthetic indicator for load tests; every value is random and describes nothing real.',
          i.unit,
          i.measure,
          i.aggregation,
          i.categoryScheme,
          CREATED,
          CREATED,
        ).lastInsertRowid,
      );
      return { ...i, id };
    });
  });
  const insertObservation = db.prepare(
    `INSERT INTO Observation (key, indicatorId, kind, value, periodStart, periodEnd, fiscalYear, areaId, categoryId,
       programmeId, approximate, noteTh, noteEn, sourceId, publication, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, NULL, NULL, ?, 'PUBLISHED', ?, ?)`,
  );
  // Around the rollup's triggers: a million rows each recomputing its groups would take far longer
  // than rebuilding the rollup once from its views afterwards (prisma/rollup.ts).
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Observation'`)
    .all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  const BATCH = 50_000;
  let batch: unknown[][] = [];
  const flush = db.transaction(() => {
    for (const r of batch) insertObservation.run(...r);
    batch = [];
  });
  let observations = 0;
  generateObservations({ seed, count: counts.observations, indicators, provinces, categories }, (o) => {
    batch.push([
      o.key,
      o.indicatorId,
      o.kind,
      o.value,
      dateTime(o.periodStart),
      dateTime(o.periodEnd),
      o.fiscalYear,
      o.areaId,
      o.categoryId,
      sourceId,
      CREATED,
      CREATED,
    ]);
    observations++;
    if (batch.length >= BATCH) flush();
  });
  flush();
  if (observations !== counts.observations) {
    throw new Error(`generated ${observations} observations instead of ${counts.observations}`);
  }
  written.indicators = indicators.length;
  written.observations = observations;
  step('observations', `${observations} over ${indicators.length} indicators`);
  db.transaction(() => {
    for (const statement of REBUILD_ROLLUP_SQL) db.exec(statement);
    for (const t of triggers) db.exec(t.sql);
  })();
  const rollupRows = (db.prepare('SELECT count(*) AS n FROM ObservationRollup').get() as { n: number }).n;
  step('rollup', `${rollupRows} rows`);

  // What the app's write path records with every write: the tags of what changed.
  const tags = [
    'Source',
    'Organisation',
    'Enterprise',
    'Network',
    'Agreement',
    ...indicators.map((i) => `Indicator:${i.code}`),
  ];
  db.prepare('INSERT INTO ChangeLog (tags, createdAt) VALUES (?, ?)').run(tags.join(','), CREATED);
  return written;
}

function indexWeighted(random: Random, items: readonly (readonly [unknown, number, ...unknown[]])[]): number {
  return random.weighted(items.map((item, index) => [index, item[1]] as const));
}
