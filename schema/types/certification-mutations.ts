/** Staff writes to an enterprise's certifications: create, update, delete (EDITOR or ADMIN). */
import { certificationRecord } from '../../prisma/records/certification.ts';
import { CertificationStatus } from '../enums.ts';
import { recordInputs } from '../record-inputs.ts';
import { defineChildRecordMutations } from '../record-mutations.ts';

const inputs = recordInputs('Certification', certificationRecord, {
  input:
    "A new certification of an enterprise's product or service; it is public while the enterprise is. Keyed by the enterprise's slug, the standard and the year (which may be absent).",
  patch: 'Changes to a certification: given fields replace, null clears an optional field, absent fields stay.',
  fields: {
    enterprise: { type: 'String', description: 'Slug of the enterprise certified.' },
    standard: {
      type: 'String',
      description: 'Standard code, e.g. `TCPS` (มผช., Thai Community Product Standard) or `THAI_HOMESTAY`.',
    },
    productTh: { type: 'String', description: 'The product, in Thai.' },
    productEn: { type: 'String', description: 'The product, in English.' },
    status: { type: CertificationStatus, description: 'Certified, not certified, or pending.' },
    year: { type: 'Int', description: 'Year (B.E.) the certification refers to, where the document gives one.' },
    source: { type: 'String', description: 'Key of the source document.' },
  },
});

defineChildRecordMutations({
  name: 'Certification',
  record: certificationRecord,
  inputs,
  payloadField: (t) =>
    t.prismaField({
      type: 'Certification',
      nullable: true,
      description: 'The certification after the write; null if it was refused.',
      resolve: (query, { row }, _args, ctx) =>
        row &&
        ctx.prisma.certification.findFirst({
          ...query,
          where: { enterprise: { slug: row.enterprise }, standard: row.standard, year: row.year ?? null },
        }),
    }),
});
