import { z } from 'zod';
import { INDICATOR_CODE } from '../domain/keys.ts';
import { CategorySchemes, Measures, PeriodAggregations, keysOf } from '../domain/labels.ts';
import { type Problem, duplicateProblems, unknownReference, WHAT } from './problems.ts';
import { optionalText, orUndefined, publication, text, type RecordType, columnsOf } from './record.ts';
import type { Refs } from './refs.ts';

const schema = z.strictObject({
  /** Stable public code, upper snake case, e.g. `CE_REGISTERED`. */
  code: z.string().regex(INDICATOR_CODE, 'expected an upper snake case code such as CE_REGISTERED'),
  nameTh: text(),
  nameEn: text(),
  descriptionTh: optionalText(),
  descriptionEn: optionalText(),
  /** Unit code (units.json). */
  unit: z.string().min(1),
  measure: z.enum(keysOf(Measures)),
  higherIsBetter: z.boolean().default(true),
  /** Whether a value may be below zero (a net balance, a change); otherwise negatives are refused. */
  allowsNegative: z.boolean().optional(),
  /** SUM for flows (sales, meals), LAST for stocks (registered enterprises, members). */
  aggregation: z.enum(keysOf(PeriodAggregations)).default('SUM'),
  /** The category scheme its breakdown uses, if any. */
  categoryScheme: z.enum(keysOf(CategorySchemes)).optional(),
  /** IRIS+ metric id (e.g. `PI4060`), if one fits. */
  irisRef: optionalText(),
  /** SDG targets; stored comma-separated, so a target is digits, a dot and a number or letter. */
  sdgTargets: z
    .array(z.string().regex(/^\d{1,2}\.(\d{1,2}|[a-z])$/, 'expected an SDG target such as 8.3 or 12.a'))
    .optional(),
  /** Slug of the programme it measures, if any. */
  programme: z.string().optional(),
  publication: publication(),
});

export type IndicatorRecordRow = z.infer<typeof schema>;

/** Whether a unit code exists, remembered per transaction as Refs remembers its look-ups (Refs has no unit look-up). */
const unitsSeen = new WeakMap<Refs, Map<string, Promise<boolean>>>();
function unitExists(refs: Refs, code: string): Promise<boolean> {
  let memo = unitsSeen.get(refs);
  if (!memo) unitsSeen.set(refs, (memo = new Map()));
  let found = memo.get(code);
  if (!found) {
    found = refs.tx.unit.findUnique({ where: { code }, select: { code: true } }).then((u) => u !== null);
    memo.set(code, found);
  }
  return found;
}

/**
 * An indicator's definition. Its values are observations, written with `upsertObservations` (or
 * an observations import), not through this row.
 */
export const indicatorRecord: RecordType<IndicatorRecordRow> = {
  type: 'Indicator',
  label: { th: 'ตัวชี้วัด', en: 'indicator' },
  schema,
  columns: columnsOf(schema),
  key: (row) => row.code,
  keyName: 'code',
  async read(tx, code) {
    const i = await tx.indicator.findUnique({ where: { code }, include: { programme: { select: { slug: true } } } });
    if (!i) return null;
    return {
      code: i.code,
      nameTh: i.nameTh,
      nameEn: i.nameEn,
      descriptionTh: orUndefined(i.descriptionTh),
      descriptionEn: orUndefined(i.descriptionEn),
      unit: i.unitId,
      measure: i.measure,
      higherIsBetter: i.higherIsBetter,
      allowsNegative: i.allowsNegative || undefined,
      aggregation: i.aggregation,
      categoryScheme: orUndefined(i.categoryScheme),
      irisRef: orUndefined(i.irisRef),
      sdgTargets: i.sdgTargets ? i.sdgTargets.split(',').sort() : undefined,
      programme: i.programme?.slug,
      publication: i.publication,
    };
  },
  async check(row, refs) {
    const problems: Problem[] = [];
    if (!(await unitExists(refs, row.unit)))
      problems.push(unknownReference('unit', { th: 'หน่วยนับรหัส', en: 'unit with code' }, row.unit));
    if (row.programme && !(await refs.programme(row.programme)))
      problems.push(unknownReference('programme', WHAT.programme, row.programme));
    problems.push(...duplicateProblems('sdgTargets', row.sdgTargets ?? [], (s) => s));
    // Observations name their category in the indicator's scheme (and their stored keys carry it),
    // so the scheme cannot change under observations that use it.
    const stored = await refs.indicator(row.code);
    if (stored && (stored.categoryScheme ?? undefined) !== row.categoryScheme) {
      const categorised = await refs.tx.observation.count({
        where: { indicatorId: stored.id, categoryId: { not: null } },
      });
      if (categorised) {
        problems.push({
          path: 'categoryScheme',
          code: 'INVALID',
          messageTh: `มีค่าตัวชี้วัด ${categorised} รายการที่จำแนกตาม ${stored.categoryScheme} จึงเปลี่ยนการจำแนกไม่ได้`,
          messageEn: `${categorised} observations are broken down by ${stored.categoryScheme}; the scheme cannot change while they exist`,
        });
      }
    }
    return problems;
  },
  async write(tx, row, refs) {
    const data = {
      nameTh: row.nameTh,
      nameEn: row.nameEn,
      descriptionTh: row.descriptionTh ?? null,
      descriptionEn: row.descriptionEn ?? null,
      unitId: row.unit,
      measure: row.measure,
      higherIsBetter: row.higherIsBetter,
      allowsNegative: row.allowsNegative ?? false,
      aggregation: row.aggregation,
      categoryScheme: row.categoryScheme ?? null,
      irisRef: row.irisRef ?? null,
      sdgTargets: row.sdgTargets?.length ? row.sdgTargets.join(',') : null,
      programmeId: row.programme ? ((await refs.programme(row.programme)) ?? null) : null,
      publication: row.publication ?? 'DRAFT',
    };
    await tx.indicator.upsert({ where: { code: row.code }, create: { code: row.code, ...data }, update: data });
  },
  tags: (row) => [`Indicator:${row.code}`],
};
