/** Staff writes to a programme's budget lines: create, update, delete (EDITOR or ADMIN). */
import { budgetLineRecord } from '../../prisma/records/budget-line.ts';
import { BudgetKind } from '../enums.ts';
import { recordInputs } from '../record-inputs.ts';
import { defineChildRecordMutations } from '../record-mutations.ts';

const inputs = recordInputs('BudgetLine', budgetLineRecord, {
  input:
    "A new budget line of a programme; it is public while the programme is. Keyed by the programme's slug, the stage and the fiscal year.",
  patch: 'Changes to a budget line: given fields replace, null clears an optional field, absent fields stay.',
  fields: {
    programme: { type: 'String', description: 'Slug of the programme.' },
    kind: { type: BudgetKind, description: 'The stage this amount reports.' },
    fiscalYear: { type: 'Int', description: 'Thai fiscal year (B.E.).' },
    amount: { type: 'Float', description: 'Amount in baht.' },
    recipients: { type: 'Int', description: 'How many recipients the line covers (see recipientUnit).' },
    recipientUnit: { type: 'String', description: 'Unit code of what the recipients are, e.g. `COMMUNITY`.' },
    reportedPercent: { type: 'Float', description: 'The percentage the source itself reports for this line (0–100).' },
    asOf: { type: 'Date', description: 'Date the figure was reported as of.' },
    noteTh: { type: 'String', description: 'Note in Thai.' },
    noteEn: { type: 'String', description: 'Note in English.' },
    source: { type: 'String', description: 'Key of the source document.' },
  },
});

defineChildRecordMutations({
  name: 'BudgetLine',
  record: budgetLineRecord,
  inputs,
  payloadField: (t) =>
    t.prismaField({
      type: 'BudgetLine',
      nullable: true,
      description: 'The budget line after the write; null if it was refused.',
      resolve: (query, { row }, _args, ctx) =>
        row &&
        ctx.prisma.budgetLine.findFirst({
          ...query,
          where: { programme: { slug: row.programme }, kind: row.kind, fiscalYear: row.fiscalYear },
        }),
    }),
});
