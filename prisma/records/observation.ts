import { z } from 'zod';
import type { Prisma } from '../client.ts';
import { ObservationKinds, keysOf } from '../domain/labels.ts';
import { categoryRef, observationKey } from '../domain/keys.ts';
import { fiscalYearWithin } from '../domain/thai-calendar.ts';
import { type Problem, unknownReference, WHAT } from './problems.ts';
import {
  categoryCode,
  day,
  isoDate,
  isoOf,
  optionalText,
  orUndefined,
  publication,
  type FindManyOf,
  type RecordType,
  columnsOf,
} from './record.ts';

const schema = z
  .strictObject({
    indicator: z.string().min(1),
    kind: z.enum(keysOf(ObservationKinds)).default('ACTUAL'),
    value: z.number().finite(),
    periodStart: isoDate(),
    periodEnd: isoDate(),
    fiscalYear: z
      .number()
      .int()
      .min(2540, 'a Thai fiscal year (B.E.) from 2540')
      .max(2600, 'a Thai fiscal year (B.E.) up to 2600')
      .optional(),
    area: z.string().optional(),
    /** Category code in the indicator's breakdown scheme (e.g. `GOOD`). */
    category: categoryCode().optional(),
    programme: z.string().optional(),
    approximate: z.boolean().optional(),
    noteTh: optionalText(),
    noteEn: optionalText(),
    source: z.string().min(1),
    publication: publication(),
  })
  .superRefine((row, ctx) => {
    if (row.periodStart > row.periodEnd) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: `The period ends (${row.periodEnd}) before it starts (${row.periodStart})`,
      });
    }
  })
  // A row without a fiscal year gets the one its period lies in (as stored), so that a row and
  // the record it produced compare equal and a repeated import changes nothing.
  .transform((row) => ({
    ...row,
    fiscalYear: row.fiscalYear ?? fiscalYearWithin(day(row.periodStart), day(row.periodEnd)) ?? undefined,
  }));

export type ObservationRecordRow = z.infer<typeof schema>;

/** The stored natural key, as the seed writes it (category as SCHEME:CODE). */
async function storedKey(row: ObservationRecordRow, scheme: string | null | undefined) {
  return observationKey(row.indicator, {
    ...row,
    category: row.category && scheme ? categoryRef(scheme, row.category) : undefined,
  });
}

/** What `readMany` loads with each observation: the natural keys it refers by. */
const stored = {
  indicator: { select: { code: true } },
  area: { select: { code: true } },
  category: { select: { code: true } },
  programme: { select: { slug: true } },
  source: { select: { key: true } },
} as const satisfies Prisma.ObservationInclude;

type ObservationReader = FindManyOf<
  'observation',
  { where: Prisma.ObservationWhereInput; include: typeof stored },
  Prisma.ObservationGetPayload<{ include: typeof stored }>
>;

export const observationRecord: RecordType<ObservationRecordRow, ObservationReader> = {
  type: 'Observation',
  label: { th: 'ค่าตัวชี้วัด', en: 'observation' },
  schema,
  columns: columnsOf(schema.in),
  // Callers look observations up through `keyOf` (which knows the scheme); this key is for messages.
  keyName: 'key',
  key: (row) => [row.indicator, row.kind, row.periodStart, row.periodEnd, row.area ?? '', row.category ?? ''].join('|'),
  storedKey: (row, refs) => observationStoredKey(row, refs),
  async read(tx, key) {
    return (await observationRecord.readMany!(tx, [key])).get(key) ?? null;
  },
  async readMany(db, keys) {
    const found = new Map<string, ObservationRecordRow>();
    // In chunks: SQLite allows a limited number of bound parameters per statement.
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await db.observation.findMany({ where: { key: { in: keys.slice(i, i + 500) } }, include: stored });
      for (const o of rows) {
        found.set(o.key, {
          indicator: o.indicator.code,
          kind: o.kind,
          value: o.value,
          periodStart: isoOf(o.periodStart)!,
          periodEnd: isoOf(o.periodEnd)!,
          fiscalYear: orUndefined(o.fiscalYear),
          area: o.area?.code,
          category: o.category?.code,
          programme: o.programme?.slug,
          approximate: o.approximate || undefined,
          noteTh: orUndefined(o.noteTh),
          noteEn: orUndefined(o.noteEn),
          source: o.source.key,
          publication: o.publication,
        });
      }
    }
    return found;
  },
  async check(row, refs) {
    const problems: Problem[] = [];
    const indicator = await refs.indicator(row.indicator);
    if (!indicator)
      return [unknownReference('indicator', { th: 'ตัวชี้วัดรหัส', en: 'indicator with code' }, row.indicator)];
    if (indicator.measure === 'PERCENTAGE' && (row.value < 0 || row.value > 100)) {
      problems.push({
        path: 'value',
        code: 'OUT_OF_RANGE',
        messageTh: 'ร้อยละต้องอยู่ระหว่าง 0 ถึง 100',
        messageEn: 'A percentage must be between 0 and 100',
      });
    }
    // Whether a measure can go below zero is the indicator's to say: an amount may be sales
    // (never negative) or a net balance (may be), so the measure alone cannot tell.
    if (row.value < 0 && !indicator.allowsNegative) {
      problems.push({
        path: 'value',
        code: 'OUT_OF_RANGE',
        messageTh: `ค่าของตัวชี้วัด ${indicator.code} ต้องไม่ติดลบ (ได้ ${row.value}); ตัวชี้วัดนี้ไม่อนุญาตค่าติดลบ (allowsNegative)`,
        messageEn: `value must not be negative for indicator ${indicator.code} (got ${row.value}): the indicator does not allow negative values (allowsNegative is off)`,
      });
    }
    if (row.area && !(await refs.area(row.area))) problems.push(unknownReference('area', WHAT.area, row.area));
    if (row.category) {
      if (!indicator.categoryScheme) {
        problems.push({
          path: 'category',
          code: 'INVALID',
          messageTh: 'ตัวชี้วัดนี้ไม่มีการจำแนกประเภท',
          messageEn: 'This indicator has no category breakdown',
        });
      } else if (!(await refs.category(indicator.categoryScheme, row.category))) {
        problems.push(
          unknownReference(
            'category',
            { th: `ประเภท (${indicator.categoryScheme}) รหัส`, en: `${indicator.categoryScheme} category` },
            row.category,
          ),
        );
      }
    }
    if (row.programme && !(await refs.programme(row.programme))) {
      problems.push(unknownReference('programme', WHAT.programme, row.programme));
    }
    if (!(await refs.source(row.source))) problems.push(unknownReference('source', WHAT.source, row.source));
    return problems;
  },
  async write(tx, row, refs) {
    const indicator = (await refs.indicator(row.indicator))!;
    const key = await storedKey(row, indicator.categoryScheme);
    const data = {
      indicatorId: indicator.id,
      kind: row.kind,
      value: row.value,
      periodStart: day(row.periodStart),
      periodEnd: day(row.periodEnd),
      fiscalYear: row.fiscalYear ?? null,
      areaId: row.area ? ((await refs.area(row.area)) ?? null) : null,
      categoryId: row.category ? ((await refs.category(indicator.categoryScheme!, row.category)) ?? null) : null,
      programmeId: row.programme ? ((await refs.programme(row.programme)) ?? null) : null,
      approximate: row.approximate ?? false,
      noteTh: row.noteTh ?? null,
      noteEn: row.noteEn ?? null,
      sourceId: (await refs.source(row.source))!,
      publication: row.publication ?? 'DRAFT',
    };
    await tx.observation.upsert({ where: { key }, create: { key, ...data }, update: data });
  },
  tags: (row) => [`Indicator:${row.indicator}`],
};

/** The stored key of an observation row (needs the indicator's category scheme). */
export async function observationStoredKey(
  row: ObservationRecordRow,
  refs: { indicator(code: string): Promise<{ categoryScheme: string | null } | null> },
) {
  const indicator = await refs.indicator(row.indicator);
  return storedKey(row, indicator?.categoryScheme);
}
