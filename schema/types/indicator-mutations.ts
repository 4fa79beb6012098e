/** Staff writes to indicator definitions: create, update, archive (EDITOR or ADMIN). Values: `upsertObservations`. */
import { indicatorRecord } from '../../prisma/records/indicator.ts';
import { CategoryScheme, Measure, PeriodAggregation } from '../enums.ts';
import { nameFields, publicationField, recordInputs } from '../record-inputs.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const VALUES = 'Its values (observations) are written with `upsertObservations`.';

const inputs = recordInputs('Indicator', indicatorRecord, {
  input: `A new indicator. Names are trimmed and normalised (NFC); references use codes and slugs. ${VALUES}`,
  patch: `Changes to an indicator: given fields replace, null clears an optional field (or restores a default), absent fields stay. ${VALUES}`,
  fields: {
    code: { type: 'String', description: 'Stable public code, upper snake case, e.g. `CE_REGISTERED`.' },
    ...nameFields,
    descriptionTh: { type: 'String', description: 'Description in Thai.' },
    descriptionEn: { type: 'String', description: 'Description in English.' },
    unit: { type: 'String', description: 'Unit code, e.g. `ENTERPRISE` or `THB`.', patch: 'Unit code.' },
    measure: { type: Measure, description: 'What the indicator measures.' },
    higherIsBetter: {
      type: 'Boolean',
      description: 'Whether a higher value is better (default true).',
      patch: 'Whether a higher value is better.',
    },
    allowsNegative: {
      type: 'Boolean',
      description: 'Whether a value may be below zero, e.g. a net balance (default false: negatives are refused).',
      patch: 'Whether a value may be below zero, e.g. a net balance.',
    },
    aggregation: {
      type: PeriodAggregation,
      description: 'How values over several periods combine: SUM (default) for flows, LAST for stocks.',
      patch: 'SUM for flows, LAST for stocks.',
    },
    categoryScheme: {
      type: CategoryScheme,
      description: 'The category scheme its breakdown uses, if any.',
      patch: 'The breakdown scheme; cannot change while observations are broken down by the current one.',
    },
    irisRef: { type: 'String', description: 'IRIS+ metric id, e.g. `PI4060`.', patch: 'IRIS+ metric id.' },
    sdgTargets: {
      type: ['String'],
      description: 'SDG targets, e.g. `["8.3", "12.3"]`.',
      patch: 'SDG targets (replaces the list).',
    },
    programme: { type: 'String', description: 'Slug of the programme it measures.', patch: 'Programme slug.' },
    ...publicationField,
  },
});

defineRecordMutations({
  name: 'Indicator',
  record: indicatorRecord,
  inputs,
  load: (ctx, query, code) => ctx.prisma.indicator.findUnique({ ...query, where: { code } }),
});
