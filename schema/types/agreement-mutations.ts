/** Staff writes to agreements (MOUs): create, update, archive (EDITOR or ADMIN). */
import { agreementRecord, signatory } from '../../prisma/records/agreement.ts';
import { AgreementStatus, SignatoryRole } from '../enums.ts';
import { nameFields, publicationField, recordInputs, rowInput, sourcesField } from '../record-inputs.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const SignatoryInput = rowInput('SignatoryInput', signatory, {
  description: "An organisation's part in an agreement.",
  fields: {
    organisation: { type: 'String', description: 'org-id of the organisation, e.g. `TH-GOV-CDD`.' },
    role: { type: SignatoryRole, description: 'Signatory, presiding, or witness.' },
    representativeTh: {
      type: 'String',
      description: 'Who acted for the organisation, in Thai, as the document gives it.',
    },
    representativeEn: { type: 'String', description: 'Who acted for the organisation, in English.' },
  },
});

const SIGNATORIES =
  'The parties in the order the document lists them (the order is kept). An organisation may appear more than once only in different roles.';

const inputs = recordInputs('Agreement', agreementRecord, {
  input: 'A new agreement (MOU). Names are trimmed and normalised (NFC); references use codes and slugs.',
  patch: 'Changes to an agreement: given fields replace, null clears an optional field, absent fields stay.',
  fields: {
    slug: { type: 'String', description: 'Stable, URL-safe key (a-z, 0-9, -).' },
    ...nameFields,
    status: { type: AgreementStatus, description: 'Proposed, in preparation, signed or ended.' },
    date: { type: 'Date', description: 'Signing date if signed; otherwise the date the status was reported.' },
    venueTh: { type: 'String', description: 'Where it was signed, in Thai.' },
    venueEn: { type: 'String', description: 'Where it was signed, in English.' },
    descriptionTh: { type: 'String', description: 'Description in Thai.' },
    descriptionEn: { type: 'String', description: 'Description in English.' },
    themes: { type: ['String'], description: 'Theme codes (scheme THEME).', patch: 'Theme codes (replaces the list).' },
    signatories: { type: [SignatoryInput], description: SIGNATORIES, patch: `${SIGNATORIES} Replaces the list.` },
    programmes: {
      type: ['String'],
      description: 'Slugs of the programmes the agreement relates to.',
      patch: 'Programme slugs (replaces the list).',
    },
    ...sourcesField,
    ...publicationField,
  },
});

defineRecordMutations({
  name: 'Agreement',
  record: agreementRecord,
  inputs,
  load: (ctx, query, slug) => ctx.prisma.agreement.findUnique({ ...query, where: { slug } }),
});
