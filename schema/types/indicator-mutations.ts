/** Staff writes to indicator definitions: create, update, archive (EDITOR or ADMIN). Values: `upsertObservations`. */
import { indicatorRecord } from '../../prisma/records/indicator.ts';
import { builder } from '../builder.ts';
import { CategoryScheme, Measure, PeriodAggregation, PublicationStatus } from '../enums.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const VALUES = 'Its values (observations) are written with `upsertObservations`.';

const IndicatorInput = builder.inputType('IndicatorInput', {
  description: `A new indicator. Names are trimmed and normalised (NFC); references use codes and slugs. ${VALUES}`,
  fields: (t) => ({
    code: t.string({ required: true, description: 'Stable public code, upper snake case, e.g. `CE_REGISTERED`.' }),
    nameTh: t.string({ required: true, description: 'Name in Thai.' }),
    nameEn: t.string({ required: true, description: 'Name in English.' }),
    descriptionTh: t.string({ description: 'Description in Thai.' }),
    descriptionEn: t.string({ description: 'Description in English.' }),
    unit: t.string({ required: true, description: 'Unit code, e.g. `ENTERPRISE` or `THB`.' }),
    measure: t.field({ type: Measure, required: true, description: 'What the indicator measures.' }),
    higherIsBetter: t.boolean({ description: 'Whether a higher value is better (default true).' }),
    allowsNegative: t.boolean({
      description: 'Whether a value may be below zero, e.g. a net balance (default false: negatives are refused).',
    }),
    aggregation: t.field({
      type: PeriodAggregation,
      description: 'How values over several periods combine: SUM (default) for flows, LAST for stocks.',
    }),
    categoryScheme: t.field({ type: CategoryScheme, description: 'The category scheme its breakdown uses, if any.' }),
    irisRef: t.string({ description: 'IRIS+ metric id, e.g. `PI4060`.' }),
    sdgTargets: t.stringList({ description: 'SDG targets, e.g. `["8.3", "12.3"]`.' }),
    programme: t.string({ description: 'Slug of the programme it measures.' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT (default for new records) or PUBLISHED.' }),
  }),
});

const IndicatorPatch = builder.inputType('IndicatorPatch', {
  description: `Changes to an indicator: given fields replace, null clears an optional field (or restores a default), absent fields stay. ${VALUES}`,
  fields: (t) => ({
    nameTh: t.string({ description: 'Name in Thai.' }),
    nameEn: t.string({ description: 'Name in English.' }),
    descriptionTh: t.string({ description: 'Description in Thai.' }),
    descriptionEn: t.string({ description: 'Description in English.' }),
    unit: t.string({ description: 'Unit code.' }),
    measure: t.field({ type: Measure, description: 'What the indicator measures.' }),
    higherIsBetter: t.boolean({ description: 'Whether a higher value is better.' }),
    allowsNegative: t.boolean({ description: 'Whether a value may be below zero, e.g. a net balance.' }),
    aggregation: t.field({ type: PeriodAggregation, description: 'SUM for flows, LAST for stocks.' }),
    categoryScheme: t.field({
      type: CategoryScheme,
      description: 'The breakdown scheme; cannot change while observations are broken down by the current one.',
    }),
    irisRef: t.string({ description: 'IRIS+ metric id.' }),
    sdgTargets: t.stringList({ description: 'SDG targets (replaces the list).' }),
    programme: t.string({ description: 'Programme slug.' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT, PUBLISHED or ARCHIVED.' }),
  }),
});

defineRecordMutations({
  name: 'Indicator',
  record: indicatorRecord,
  keyArg: 'code',
  input: IndicatorInput,
  patch: IndicatorPatch,
  keyOfInput: (input) => String(input.code),
  load: (ctx, query, code) => ctx.prisma.indicator.findUnique({ ...query, where: { code } }),
});
