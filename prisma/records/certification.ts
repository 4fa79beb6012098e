/**
 * A certification of an enterprise's product or service against a standard. Keyed by the
 * enterprise's slug, the standard's code and the year (absent when the document gives none): the
 * table's unique index, with a partial index (migration 20261126120000) making an absent year
 * count once too, since SQL unique indexes treat nulls as distinct.
 */
import { z } from 'zod';
import type { Prisma } from '../client.ts';
import { CertificationStatuses, keysOf } from '../domain/labels.ts';
import { type Problem, unknownReference, WHAT } from './problems.ts';
import {
  columnsOf,
  fiscalYear,
  optionalText,
  orUndefined,
  reference,
  slug,
  type FindManyOf,
  type RecordType,
  keyedUnderParent,
} from './record.ts';
import type { Refs, Tx } from './refs.ts';

const schema = z.strictObject({
  /** Slug of the enterprise certified. */
  enterprise: slug(),
  /** Standard code, e.g. `TCPS` (มผช., Thai Community Product Standard) or `THAI_HOMESTAY`. */
  standard: z.string().regex(/^[A-Z0-9_]+$/, 'expected a standard code (A-Z, 0-9, _)'),
  productTh: optionalText(),
  productEn: optionalText(),
  status: z.enum(keysOf(CertificationStatuses)),
  /** Year or fiscal year (B.E.) the certification refers to. */
  year: fiscalYear().optional(),
  /** Key of the source document. */
  source: reference(),
});

export type CertificationRecordRow = z.infer<typeof schema>;

const KEY = ['enterprise', 'standard', 'year'] as const;

/** What `load` reads with each certification. */
const stored = {
  enterprise: { select: { slug: true } },
  source: { select: { key: true } },
} as const satisfies Prisma.CertificationInclude;

/** What `load` reads through: a transaction, or a request's reader (the export). */
type CertificationReader = FindManyOf<
  'certification',
  { where: Prisma.CertificationWhereInput; include: typeof stored; orderBy: { id: 'asc' } },
  Prisma.CertificationGetPayload<{ include: typeof stored }>
>;

async function load(db: CertificationReader, enterprises: string[]): Promise<CertificationRecordRow[]> {
  const rows = await db.certification.findMany({
    where: { enterprise: { slug: { in: enterprises } } },
    include: stored,
    orderBy: { id: 'asc' },
  });
  return rows.map((c) => ({
    enterprise: c.enterprise.slug,
    standard: c.standard,
    productTh: orUndefined(c.productTh),
    productEn: orUndefined(c.productEn),
    status: c.status,
    year: orUndefined(c.year),
    source: c.source.key,
  }));
}

async function where(refs: Refs, row: CertificationRecordRow) {
  return { enterpriseId: (await refs.enterprise(row.enterprise))!, standard: row.standard, year: row.year ?? null };
}

export const certificationRecord: RecordType<CertificationRecordRow, CertificationReader> = {
  type: 'Certification',
  label: { th: 'การรับรองมาตรฐาน', en: 'certification' },
  schema,
  columns: columnsOf(schema),
  ...keyedUnderParent(KEY, load),
  async check(row, refs) {
    const problems: Problem[] = [];
    if (!(await refs.enterprise(row.enterprise)))
      problems.push(unknownReference('enterprise', WHAT.enterprise, row.enterprise));
    if (!(await refs.source(row.source))) problems.push(unknownReference('source', WHAT.source, row.source));
    return problems;
  },
  async write(tx, row, refs) {
    const key = await where(refs, row);
    const data = {
      productTh: row.productTh ?? null,
      productEn: row.productEn ?? null,
      status: row.status,
      sourceId: (await refs.source(row.source))!,
    };
    // A null year cannot be named in a compound-unique `where`: find the row, then update or create.
    const stored = await tx.certification.findFirst({ where: key, select: { id: true } });
    if (stored) await tx.certification.update({ where: { id: stored.id }, data });
    else await tx.certification.create({ data: { ...key, ...data } });
  },
  async remove(tx, row, refs) {
    await tx.certification.deleteMany({ where: await where(refs, row) });
  },
  tags: () => ['Enterprise'],
};
