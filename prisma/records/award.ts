/**
 * An award an enterprise won in a contest. Keyed by the enterprise's slug, the round (level), the
 * contest year and the contest's English name, the table's unique index: an enterprise places once
 * per round of a contest. The free-text name comes last in the key, so the key splits back into
 * its parts whatever the name holds; renaming a contest is a delete and a create.
 */
import { z } from 'zod';
import type { Prisma } from '../client.ts';
import { AwardLevels, AwardRanks, keysOf } from '../domain/labels.ts';
import { type Problem, unknownReference, WHAT } from './problems.ts';
import {
  columnsOf,
  fiscalYear,
  orUndefined,
  reference,
  slug,
  text,
  type FindManyOf,
  type RecordType,
  keyedUnderParent,
} from './record.ts';
import type { Refs, Tx } from './refs.ts';

const schema = z.strictObject({
  /** Slug of the enterprise that won. */
  enterprise: slug(),
  contestTh: text(),
  contestEn: text(),
  level: z.enum(keysOf(AwardLevels)),
  /** Contest year, Buddhist era. */
  year: fiscalYear(),
  rank: z.enum(keysOf(AwardRanks)),
  /** org-id of the organiser, where the document names one. */
  organiser: reference().optional(),
  /** Area code of the round (e.g. TH-10 for Bangkok's provincial round). */
  area: reference().optional(),
  /** Key of the source document. */
  source: reference(),
});

export type AwardRecordRow = z.infer<typeof schema>;

const KEY = ['enterprise', 'level', 'year', 'contestEn'] as const;

/** What `load` reads with each award. */
const stored = {
  enterprise: { select: { slug: true } },
  organiser: { select: { orgId: true } },
  area: { select: { code: true } },
  source: { select: { key: true } },
} as const satisfies Prisma.AwardInclude;

/** What `load` reads through: a transaction, or a request's reader (the export). */
type AwardReader = FindManyOf<
  'award',
  { where: Prisma.AwardWhereInput; include: typeof stored; orderBy: { id: 'asc' } },
  Prisma.AwardGetPayload<{ include: typeof stored }>
>;

async function load(db: AwardReader, enterprises: string[]): Promise<AwardRecordRow[]> {
  const rows = await db.award.findMany({
    where: { enterprise: { slug: { in: enterprises } } },
    include: stored,
    orderBy: { id: 'asc' },
  });
  return rows.map((a) => ({
    enterprise: a.enterprise.slug,
    contestTh: a.contestTh,
    contestEn: a.contestEn,
    level: a.level,
    year: a.year,
    rank: a.rank,
    organiser: orUndefined(a.organiser?.orgId ?? null),
    area: orUndefined(a.area?.code ?? null),
    source: a.source.key,
  }));
}

async function ids(refs: Refs, row: AwardRecordRow) {
  return {
    enterpriseId: (await refs.enterprise(row.enterprise))!,
    contestEn: row.contestEn,
    level: row.level,
    year: row.year,
  };
}

export const awardRecord: RecordType<AwardRecordRow, AwardReader> = {
  type: 'Award',
  label: { th: 'รางวัล', en: 'award' },
  schema,
  columns: columnsOf(schema),
  ...keyedUnderParent(KEY, load),
  async check(row, refs) {
    const problems: Problem[] = [];
    if (!(await refs.enterprise(row.enterprise)))
      problems.push(unknownReference('enterprise', WHAT.enterprise, row.enterprise));
    if (row.organiser && !(await refs.organisation(row.organiser)))
      problems.push(unknownReference('organiser', WHAT.organisation, row.organiser));
    if (row.area && !(await refs.area(row.area))) problems.push(unknownReference('area', WHAT.area, row.area));
    if (!(await refs.source(row.source))) problems.push(unknownReference('source', WHAT.source, row.source));
    return problems;
  },
  async write(tx, row, refs) {
    const where = await ids(refs, row);
    const data = {
      contestTh: row.contestTh,
      rank: row.rank,
      organiserId: row.organiser ? ((await refs.organisation(row.organiser)) ?? null) : null,
      areaId: row.area ? ((await refs.area(row.area)) ?? null) : null,
      sourceId: (await refs.source(row.source))!,
    };
    await tx.award.upsert({
      where: { enterpriseId_contestEn_level_year: where },
      create: { ...where, ...data },
      update: data,
    });
  },
  async remove(tx, row, refs) {
    await tx.award.deleteMany({ where: await ids(refs, row) });
  },
  tags: () => ['Enterprise'],
};
