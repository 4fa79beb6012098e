/**
 * An amount of a programme's money at one stage (allocated, transferred, requested, disbursed) in
 * one fiscal year. Keyed by the programme's slug, the stage and the fiscal year, the table's
 * unique index: a document reports one figure per stage and year.
 */
import { z } from 'zod';
import type { Prisma } from '../client.ts';
import { BudgetKinds, keysOf } from '../domain/labels.ts';
import { type Problem, unknownReference, WHAT } from './problems.ts';
import {
  columnsOf,
  day,
  fiscalYear,
  isoDate,
  isoOf,
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
  /** Slug of the programme. */
  programme: slug(),
  kind: z.enum(keysOf(BudgetKinds)),
  fiscalYear: fiscalYear(),
  /** Baht. */
  amount: z.number().nonnegative().optional(),
  /** How many recipients the line covers (e.g. communities), with their unit code. */
  recipients: z.number().int().nonnegative().optional(),
  recipientUnit: reference().optional(),
  /** The percentage the document itself reports for this line, if any. */
  reportedPercent: z.number().min(0).max(100).optional(),
  asOf: isoDate().optional(),
  noteTh: optionalText(),
  noteEn: optionalText(),
  /** Key of the source document. */
  source: reference(),
});

export type BudgetLineRecordRow = z.infer<typeof schema>;

const KEY = ['programme', 'kind', 'fiscalYear'] as const;

/** What `load` reads with each budgetLine. */
const stored = {
  programme: { select: { slug: true } },
  source: { select: { key: true } },
} as const satisfies Prisma.BudgetLineInclude;

/** What `load` reads through: a transaction, or a request's reader (the export). */
type BudgetLineReader = FindManyOf<
  'budgetLine',
  { where: Prisma.BudgetLineWhereInput; include: typeof stored; orderBy: { id: 'asc' } },
  Prisma.BudgetLineGetPayload<{ include: typeof stored }>
>;

async function load(db: BudgetLineReader, programmes: string[]): Promise<BudgetLineRecordRow[]> {
  const rows = await db.budgetLine.findMany({
    where: { programme: { slug: { in: programmes } } },
    include: stored,
    orderBy: { id: 'asc' },
  });
  return rows.map((b) => ({
    programme: b.programme.slug,
    kind: b.kind,
    fiscalYear: b.fiscalYear,
    amount: orUndefined(b.amount),
    recipients: orUndefined(b.recipients),
    recipientUnit: orUndefined(b.recipientUnitId),
    reportedPercent: orUndefined(b.reportedPercent),
    asOf: isoOf(b.asOf),
    noteTh: orUndefined(b.noteTh),
    noteEn: orUndefined(b.noteEn),
    source: b.source.key,
  }));
}

async function ids(refs: Refs, row: BudgetLineRecordRow) {
  return { programmeId: (await refs.programme(row.programme))!, kind: row.kind, fiscalYear: row.fiscalYear };
}

export const budgetLineRecord: RecordType<BudgetLineRecordRow, BudgetLineReader> = {
  type: 'BudgetLine',
  label: { th: 'รายการงบประมาณ', en: 'budget line' },
  schema,
  columns: columnsOf(schema),
  ...keyedUnderParent(KEY, load),
  async check(row, refs) {
    const problems: Problem[] = [];
    if (!(await refs.programme(row.programme)))
      problems.push(unknownReference('programme', WHAT.programme, row.programme));
    if (row.recipientUnit && !(await refs.unit(row.recipientUnit)))
      problems.push(unknownReference('recipientUnit', WHAT.unit, row.recipientUnit));
    if (!(await refs.source(row.source))) problems.push(unknownReference('source', WHAT.source, row.source));
    return problems;
  },
  async write(tx, row, refs) {
    const where = await ids(refs, row);
    const data = {
      amount: row.amount ?? null,
      recipients: row.recipients ?? null,
      recipientUnitId: row.recipientUnit ?? null,
      reportedPercent: row.reportedPercent ?? null,
      asOf: row.asOf ? day(row.asOf) : null,
      noteTh: row.noteTh ?? null,
      noteEn: row.noteEn ?? null,
      sourceId: (await refs.source(row.source))!,
    };
    await tx.budgetLine.upsert({
      where: { programmeId_kind_fiscalYear: where },
      create: { ...where, ...data },
      update: data,
    });
  },
  async remove(tx, row, refs) {
    await tx.budgetLine.deleteMany({ where: await ids(refs, row) });
  },
  tags: () => ['Programme'],
};
