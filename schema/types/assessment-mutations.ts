/** Staff writes to an enterprise's assessments: create, update, delete (EDITOR or ADMIN). */
import { assessmentRecord } from '../../prisma/records/assessment.ts';
import { AssessmentGrade } from '../enums.ts';
import { recordInputs } from '../record-inputs.ts';
import { defineChildRecordMutations } from '../record-mutations.ts';

const inputs = recordInputs('Assessment', assessmentRecord, {
  input:
    "A new potential assessment of an enterprise; it is public while the enterprise is. Keyed by the enterprise's slug and the fiscal year.",
  patch: 'Changes to an assessment: given fields replace, absent fields stay.',
  fields: {
    enterprise: { type: 'String', description: 'Slug of the enterprise assessed.' },
    fiscalYear: { type: 'Int', description: 'Thai fiscal year (B.E.) of the assessment.' },
    grade: { type: AssessmentGrade, description: 'The grade given.' },
    source: { type: 'String', description: 'Key of the source document.' },
  },
});

defineChildRecordMutations({
  name: 'Assessment',
  record: assessmentRecord,
  inputs,
  payloadField: (t) =>
    t.prismaField({
      type: 'Assessment',
      nullable: true,
      description: 'The assessment after the write; null if it was refused.',
      resolve: (query, { row }, _args, ctx) =>
        row &&
        ctx.prisma.assessment.findFirst({
          ...query,
          where: { enterprise: { slug: row.enterprise }, fiscalYear: row.fiscalYear },
        }),
    }),
});
