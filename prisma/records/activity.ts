/**
 * Something a programme did: a meeting, training, fair, contest or support given. Keyed by its own
 * slug (unique across programmes), so an activity can be moved to another programme by an update.
 */
import { z } from 'zod';
import type { Prisma } from '../client.ts';
import { ActivityKinds, keysOf } from '../domain/labels.ts';
import { checkEach, type Problem, unknownReference, WHAT } from './problems.ts';
import {
  columnsOf,
  day,
  isoDate,
  isoOf,
  optionalText,
  orUndefined,
  reference,
  slug,
  text,
  type FindManyOf,
  type RecordType,
} from './record.ts';

const schema = z.strictObject({
  slug: slug(),
  /** Slug of the programme that ran it. */
  programme: slug(),
  kind: z.enum(keysOf(ActivityKinds)),
  nameTh: text(),
  nameEn: text(),
  startOn: isoDate().optional(),
  endOn: isoDate().optional(),
  /** Area code of where it took place. */
  area: reference().optional(),
  venueTh: optionalText(),
  venueEn: optionalText(),
  /** Who presided, as the document gives it. */
  presidedByTh: optionalText(),
  presidedByEn: optionalText(),
  participants: z.number().int().nonnegative().optional(),
  /** Slugs of the enterprises the activity supported or involved (a set). */
  enterprises: z.array(slug()).optional(),
  /** Key of the source document. */
  source: reference(),
});

export type ActivityRecordRow = z.infer<typeof schema>;

/** What `readMany` reads with each activity. */
const stored = {
  programme: { select: { slug: true } },
  area: { select: { code: true } },
  enterprises: { select: { slug: true } },
  source: { select: { key: true } },
} as const satisfies Prisma.ActivityInclude;

/** What `readMany` reads through: a transaction, or a request's reader (the export). */
type ActivityReader = FindManyOf<
  'activity',
  { where: Prisma.ActivityWhereInput; include: typeof stored },
  Prisma.ActivityGetPayload<{ include: typeof stored }>
>;

export const activityRecord: RecordType<ActivityRecordRow, ActivityReader> = {
  type: 'Activity',
  label: { th: 'กิจกรรม', en: 'activity' },
  schema,
  columns: columnsOf(schema),
  key: (row) => row.slug,
  keyName: 'slug',
  async read(tx, slug) {
    return (await activityRecord.readMany!(tx, [slug])).get(slug) ?? null;
  },
  async readMany(db, slugs) {
    const found = new Map<string, ActivityRecordRow>();
    // In chunks: SQLite allows a limited number of bound parameters per statement.
    for (let i = 0; i < slugs.length; i += 500) {
      const rows = await db.activity.findMany({ where: { slug: { in: slugs.slice(i, i + 500) } }, include: stored });
      for (const a of rows) {
        const enterprises = a.enterprises.map((e) => e.slug).sort();
        found.set(a.slug, {
          slug: a.slug,
          programme: a.programme.slug,
          kind: a.kind,
          nameTh: a.nameTh,
          nameEn: a.nameEn,
          startOn: isoOf(a.startOn),
          endOn: isoOf(a.endOn),
          area: a.area?.code,
          venueTh: orUndefined(a.venueTh),
          venueEn: orUndefined(a.venueEn),
          presidedByTh: orUndefined(a.presidedByTh),
          presidedByEn: orUndefined(a.presidedByEn),
          participants: orUndefined(a.participants),
          enterprises: enterprises.length ? enterprises : undefined,
          source: a.source.key,
        });
      }
    }
    return found;
  },
  async check(row, refs) {
    const problems: Problem[] = [];
    if (!(await refs.programme(row.programme)))
      problems.push(unknownReference('programme', WHAT.programme, row.programme));
    if (row.area && !(await refs.area(row.area))) problems.push(unknownReference('area', WHAT.area, row.area));
    problems.push(...(await checkEach('enterprises', row.enterprises, (s) => refs.enterprise(s), WHAT.enterprise)));
    if (!(await refs.source(row.source))) problems.push(unknownReference('source', WHAT.source, row.source));
    return problems;
  },
  async write(tx, row, refs) {
    const enterprises = await Promise.all(
      (row.enterprises ?? []).map(async (s) => ({ id: (await refs.enterprise(s))! })),
    );
    const data = {
      programmeId: (await refs.programme(row.programme))!,
      kind: row.kind,
      nameTh: row.nameTh,
      nameEn: row.nameEn,
      startOn: row.startOn ? day(row.startOn) : null,
      endOn: row.endOn ? day(row.endOn) : null,
      areaId: row.area ? ((await refs.area(row.area)) ?? null) : null,
      venueTh: row.venueTh ?? null,
      venueEn: row.venueEn ?? null,
      presidedByTh: row.presidedByTh ?? null,
      presidedByEn: row.presidedByEn ?? null,
      participants: row.participants ?? null,
      sourceId: (await refs.source(row.source))!,
    };
    await tx.activity.upsert({
      where: { slug: row.slug },
      create: { slug: row.slug, ...data, enterprises: { connect: enterprises } },
      update: { ...data, enterprises: { set: enterprises } },
    });
  },
  async remove(tx, row) {
    await tx.activity.deleteMany({ where: { slug: row.slug } });
  },
  tags: () => ['Programme'],
};
