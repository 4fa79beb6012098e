import { z } from 'zod';
import type { Prisma } from '../client.ts';
import { EnterpriseKinds, TourismLevels, keysOf } from '../domain/labels.ts';
import { searchTextOf } from '../domain/search-text.ts';
import { checkEach, type Problem, unknownReference, WHAT } from './problems.ts';
import {
  day,
  isoDate,
  isoOf,
  optionalText,
  orUndefined,
  publication,
  text,
  type FindManyOf,
  type RecordType,
  columnsOf,
  categoryCode,
  slug,
} from './record.ts';

const schema = z.strictObject({
  slug: slug(),
  kind: z.enum(keysOf(EnterpriseKinds)),
  nameTh: text(),
  nameEn: text(),
  registrationNo: optionalText(),
  registeredOn: isoDate().optional(),
  area: z.string().optional(),
  villageNo: z.number().int().positive().optional(),
  /** Business type codes (scheme BUSINESS_TYPE). */
  businessTypes: z.array(categoryCode('BUSINESS_TYPE')).optional(),
  tourismLevel: z.enum(keysOf(TourismLevels)).optional(),
  descriptionTh: optionalText(),
  descriptionEn: optionalText(),
  sources: z.array(z.string()).min(1, 'at least one source document'),
  publication: publication(),
});

export type EnterpriseRecordRow = z.infer<typeof schema>;

/** What `readMany` loads with each enterprise. */
const stored = {
  area: true,
  businessTypes: { include: { category: true } },
  sources: true,
} as const satisfies Prisma.EnterpriseInclude;

type EnterpriseReader = FindManyOf<
  'enterprise',
  { where: Prisma.EnterpriseWhereInput; include: typeof stored },
  Prisma.EnterpriseGetPayload<{ include: typeof stored }>
>;

export const enterpriseRecord: RecordType<EnterpriseRecordRow, EnterpriseReader> = {
  type: 'Enterprise',
  label: { th: 'วิสาหกิจ', en: 'enterprise' },
  schema,
  columns: columnsOf(schema),
  key: (row) => row.slug,
  keyName: 'slug',
  async read(tx, slug) {
    return (await enterpriseRecord.readMany!(tx, [slug])).get(slug) ?? null;
  },
  async readMany(db, slugs) {
    const found = new Map<string, EnterpriseRecordRow>();
    // In chunks: SQLite allows a limited number of bound parameters per statement.
    for (let i = 0; i < slugs.length; i += 500) {
      const rows = await db.enterprise.findMany({ where: { slug: { in: slugs.slice(i, i + 500) } }, include: stored });
      for (const e of rows) {
        found.set(e.slug, {
          slug: e.slug,
          kind: e.kind,
          nameTh: e.nameTh,
          nameEn: e.nameEn,
          registrationNo: orUndefined(e.registrationNo),
          registeredOn: isoOf(e.registeredOn),
          area: e.area?.code,
          villageNo: orUndefined(e.villageNo),
          businessTypes: e.businessTypes.map((b) => b.category.code).sort(),
          tourismLevel: orUndefined(e.tourismLevel),
          descriptionTh: orUndefined(e.descriptionTh),
          descriptionEn: orUndefined(e.descriptionEn),
          sources: e.sources.map((s) => s.key).sort(),
          publication: e.publication,
        });
      }
    }
    return found;
  },
  async check(row, refs) {
    const problems: Problem[] = [];
    if (row.area && !(await refs.area(row.area))) problems.push(unknownReference('area', WHAT.area, row.area));
    problems.push(
      ...(await checkEach('businessTypes', row.businessTypes, (c) => refs.category('BUSINESS_TYPE', c), {
        th: 'ประเภทกิจการรหัส',
        en: 'business type with code',
      })),
    );
    problems.push(...(await checkEach('sources', row.sources, (k) => refs.source(k), WHAT.source)));
    return problems;
  },
  async write(tx, row, refs) {
    const data = {
      kind: row.kind,
      nameTh: row.nameTh,
      nameEn: row.nameEn,
      registrationNo: row.registrationNo ?? null,
      registeredOn: row.registeredOn ? day(row.registeredOn) : null,
      areaId: row.area ? ((await refs.area(row.area)) ?? null) : null,
      villageNo: row.villageNo ?? null,
      tourismLevel: row.tourismLevel ?? null,
      descriptionTh: row.descriptionTh ?? null,
      descriptionEn: row.descriptionEn ?? null,
      searchText: searchTextOf(row.nameTh, row.nameEn),
      publication: row.publication ?? 'DRAFT',
      sources: { set: await Promise.all(row.sources.map(async (k) => ({ id: (await refs.source(k))! }))) },
    };
    const { id } = await tx.enterprise.upsert({
      where: { slug: row.slug },
      create: { slug: row.slug, ...data, sources: { connect: data.sources.set } },
      update: data,
      select: { id: true },
    });
    await tx.enterpriseBusinessType.deleteMany({ where: { enterpriseId: id } });
    for (const code of row.businessTypes ?? []) {
      await tx.enterpriseBusinessType.create({
        data: { enterpriseId: id, categoryId: (await refs.category('BUSINESS_TYPE', code))! },
      });
    }
  },
  tags: () => ['Enterprise'],
};
