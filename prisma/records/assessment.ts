/**
 * An enterprise's potential assessment (ประเมินศักยภาพ) for one fiscal year. Keyed by the
 * enterprise's slug and the fiscal year: an enterprise is graded once a year (the table's unique
 * index), and neither part changes once written.
 */
import { z } from 'zod';
import type { Prisma } from '../client.ts';
import { AssessmentGrades, keysOf } from '../domain/labels.ts';
import { type Problem, unknownReference, WHAT } from './problems.ts';
import {
  columnsOf,
  fiscalYear,
  reference,
  slug,
  type FindManyOf,
  type RecordType,
  keyedUnderParent,
} from './record.ts';
import type { Refs, Tx } from './refs.ts';

const schema = z.strictObject({
  /** Slug of the enterprise assessed. */
  enterprise: slug(),
  fiscalYear: fiscalYear(),
  grade: z.enum(keysOf(AssessmentGrades)),
  /** Key of the source document. */
  source: reference(),
});

export type AssessmentRecordRow = z.infer<typeof schema>;

const KEY = ['enterprise', 'fiscalYear'] as const;

/** What `load` reads with each assessment. */
const stored = {
  enterprise: { select: { slug: true } },
  source: { select: { key: true } },
} as const satisfies Prisma.AssessmentInclude;

/** What `load` reads through: a transaction, or a request's reader (the export). */
type AssessmentReader = FindManyOf<
  'assessment',
  { where: Prisma.AssessmentWhereInput; include: typeof stored; orderBy: { id: 'asc' } },
  Prisma.AssessmentGetPayload<{ include: typeof stored }>
>;

async function load(db: AssessmentReader, enterprises: string[]): Promise<AssessmentRecordRow[]> {
  const rows = await db.assessment.findMany({
    where: { enterprise: { slug: { in: enterprises } } },
    include: stored,
    orderBy: { id: 'asc' },
  });
  return rows.map((a) => ({
    enterprise: a.enterprise.slug,
    fiscalYear: a.fiscalYear,
    grade: a.grade,
    source: a.source.key,
  }));
}

async function ids(refs: Refs, row: AssessmentRecordRow) {
  return { enterpriseId: (await refs.enterprise(row.enterprise))!, fiscalYear: row.fiscalYear };
}

export const assessmentRecord: RecordType<AssessmentRecordRow, AssessmentReader> = {
  type: 'Assessment',
  label: { th: 'ผลการประเมินศักยภาพ', en: 'assessment' },
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
    const where = await ids(refs, row);
    const data = { grade: row.grade, sourceId: (await refs.source(row.source))! };
    await tx.assessment.upsert({
      where: { enterpriseId_fiscalYear: where },
      create: { ...where, ...data },
      update: data,
    });
  },
  async remove(tx, row, refs) {
    await tx.assessment.deleteMany({ where: await ids(refs, row) });
  },
  tags: () => ['Enterprise'],
};
