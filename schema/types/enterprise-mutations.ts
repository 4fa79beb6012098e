/** Staff writes to enterprises: create, update, archive (EDITOR or ADMIN). */
import { enterpriseRecord } from '../../prisma/records/enterprise.ts';
import { EnterpriseKind, TourismLevel } from '../enums.ts';
import { nameFields, sourcesField, publicationField, recordInputs } from '../record-inputs.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const inputs = recordInputs('Enterprise', enterpriseRecord, {
  input: 'A new enterprise. Names are trimmed and normalised (NFC); references use codes.',
  patch: 'Changes to an enterprise: given fields replace, null clears an optional field, absent fields stay.',
  fields: {
    slug: { type: 'String', description: 'Stable, URL-safe key (a-z, 0-9, -).' },
    kind: { type: EnterpriseKind, description: 'What kind of enterprise.' },
    ...nameFields,
    registrationNo: { type: 'String', description: 'Registration number.' },
    registeredOn: { type: 'Date', description: 'Registration date.' },
    area: { type: 'String', description: 'Area code (most specific known).', patch: 'Area code.' },
    villageNo: { type: 'Int', description: 'Village number (หมู่ที่).' },
    businessTypes: {
      type: ['String'],
      description: 'Business type codes.',
      patch: 'Business type codes (replaces the list).',
    },
    tourismLevel: { type: TourismLevel, description: 'Tourism community level.' },
    descriptionTh: { type: 'String', description: 'Description in Thai.' },
    descriptionEn: { type: 'String', description: 'Description in English.' },
    ...sourcesField,
    ...publicationField,
  },
});

defineRecordMutations({
  name: 'Enterprise',
  record: enterpriseRecord,
  inputs,
  load: (ctx, query, slug) => ctx.prisma.enterprise.findUnique({ ...query, where: { slug } }),
});
