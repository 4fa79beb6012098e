/** Staff writes to observations: a bulk upsert and archiving (EDITOR or ADMIN). */
import { observationRecord } from '../../prisma/records/observation.ts';
import { builder } from '../builder.ts';
import { writerOf } from '../context.ts';
import { ObservationKind, PublicationStatus } from '../enums.ts';
import { parseRowId } from '../node-id.ts';
import { rowInput } from '../record-inputs.ts';
import { FieldErrorRef, runWrite, withIsoDates } from '../record-mutations.ts';
import { notFoundProblem, type Problem } from '../../prisma/records/problems.ts';

const MAX_ROWS = 1000;

const ObservationInput = rowInput('ObservationInput', observationRecord.schema, {
  description:
    'One value of an indicator. Its natural key is (indicator, kind, period, area, category): an upsert with the same key updates the stored value.',
  fields: {
    indicator: { type: 'String', description: 'Indicator code.' },
    kind: { type: ObservationKind, description: 'ACTUAL (default), TARGET or BASELINE.' },
    value: { type: 'Float', description: "The value in the indicator's unit; percentages from 0 to 100." },
    periodStart: { type: 'Date', description: 'First day covered.' },
    periodEnd: { type: 'Date', description: 'Last day covered; not before periodStart.' },
    fiscalYear: { type: 'Int', description: 'Thai fiscal year (B.E.) the source attributes the value to.' },
    area: { type: 'String', description: 'Area code.' },
    category: { type: 'String', description: "Category code in the indicator's breakdown scheme, e.g. `GOOD`." },
    programme: { type: 'String', description: 'Programme slug.' },
    approximate: { type: 'Boolean', description: 'Whether the source gives the value as approximate.' },
    noteTh: { type: 'String', description: 'Note in Thai.' },
    noteEn: { type: 'String', description: 'Note in English.' },
    source: { type: 'String', description: 'Key of the source document.' },
    publication: { type: PublicationStatus, description: 'New values start as DRAFT unless this says PUBLISHED.' },
  },
});

interface UpsertShape {
  keys: string[];
  created: number;
  updated: number;
  unchanged: number;
  errors: Problem[];
}

const UpsertObservationsPayload = builder.objectRef<UpsertShape>('UpsertObservationsPayload').implement({
  description:
    'The result of a bulk upsert: all rows were written, or none (then `errors` says why, by row and field).',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'New observations.' }),
    updated: t.exposeInt('updated', { description: 'Observations whose stored values changed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Rows identical to what was stored (nothing written).' }),
    observations: t.prismaField({
      type: ['Observation'],
      description: 'The observations as stored, in input order (empty if refused or a dry run of new rows).',
      resolve: async (query, p, _args, ctx) => {
        const rows = await ctx.prisma.observation.findMany({ ...query, where: { key: { in: p.keys } } });
        const order = new Map(p.keys.map((k, i) => [k, i]));
        return rows.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
      },
    }),
    errors: t.field({
      type: [FieldErrorRef],
      description: 'Problems by row (`observations.<n>.<field>`, counting from 0); empty on success.',
      resolve: (p) => p.errors,
    }),
  }),
});

builder.mutationFields((t) => ({
  upsertObservations: t.field({
    type: UpsertObservationsPayload,
    authScopes: { editor: true },
    description: `Creates or updates up to ${MAX_ROWS} observations in one all-or-nothing transaction.`,
    args: {
      observations: t.arg({ type: [ObservationInput], required: true, description: 'The rows.' }),
      dryRun: t.arg.boolean({ description: 'Check and count only; write nothing.' }),
    },
    resolve: async (_root, { observations, dryRun }, ctx) => {
      if (observations.length > MAX_ROWS) {
        return {
          keys: [],
          created: 0,
          updated: 0,
          unchanged: 0,
          errors: [
            {
              path: 'observations',
              code: 'TOO_BIG',
              messageTh: `ได้ไม่เกิน ${MAX_ROWS} รายการต่อครั้ง`,
              messageEn: `At most ${MAX_ROWS} rows at a time; import a file for more`,
            },
          ],
        };
      }
      const rows = observations.map((o) => withIsoDates(o));
      const outcome = await runWrite(ctx, observationRecord, rows, 'upsert', {
        dryRun: !!dryRun,
        pathPrefix: (i) => `observations.${i}`,
      });
      if (!outcome.ok) return { keys: [], created: 0, updated: 0, unchanged: 0, errors: outcome.errors };
      const count = (a: string) => outcome.result.results.filter((r) => r.action === a).length;
      return {
        keys: outcome.result.results.map((r) => r.storedKey),
        created: count('CREATE'),
        updated: count('UPDATE'),
        unchanged: count('UNCHANGED'),
        errors: [],
      };
    },
  }),
  archiveObservation: t.field({
    type: UpsertObservationsPayload,
    authScopes: { editor: true },
    description: 'Archives one observation: withdrawn from the public and from every total, kept for staff.',
    args: { id: t.arg.globalID({ required: true, description: "The observation's global ID." }) },
    resolve: async (_root, { id }, ctx) => {
      const stored =
        id.typename === 'Observation'
          ? await ctx.prisma.observation.findUnique({ where: { id: parseRowId(id.id) }, select: { key: true } })
          : null;
      const before = stored && (await observationRecord.read(writerOf(ctx), stored.key));
      if (!stored || !before) {
        return {
          keys: [],
          created: 0,
          updated: 0,
          unchanged: 0,
          errors: [notFoundProblem(observationRecord.label, 'id', String(id.id), 'id')],
        };
      }
      const outcome = await runWrite(ctx, observationRecord, [{ ...before, publication: 'ARCHIVED' }], 'update', {
        updateAction: 'ARCHIVE',
      });
      if (!outcome.ok) return { keys: [], created: 0, updated: 0, unchanged: 0, errors: outcome.errors };
      return { keys: [stored.key], created: 0, updated: 1, unchanged: 0, errors: [] };
    },
  }),
}));
