/** Staff writes to organisations: create, update, archive (EDITOR or ADMIN). */
import { organisationRecord } from '../../prisma/records/organisation.ts';
import { OrganisationKind } from '../enums.ts';
import { nameFields, sourcesField, publicationField, recordInputs } from '../record-inputs.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const inputs = recordInputs('Organisation', organisationRecord, {
  input: 'A new partner organisation. Names are trimmed and normalised (NFC); references use codes.',
  patch: 'Changes to an organisation: given fields replace, null clears an optional field, absent fields stay.',
  fields: {
    orgId: { type: 'String', description: 'org-id.guide style identifier, e.g. `TH-GOV-CDD`.' },
    kind: { type: OrganisationKind, description: 'What kind of body.' },
    ...nameFields,
    acronymTh: { type: 'String', description: 'Thai acronym.' },
    acronymEn: { type: 'String', description: 'English acronym.' },
    parent: { type: 'String', description: 'org-id of the parent body.' },
    area: { type: 'String', description: 'Area code of the area it serves.', patch: 'Area code.' },
    url: { type: 'String', description: 'Website.' },
    ...sourcesField,
    ...publicationField,
  },
});

defineRecordMutations({
  name: 'Organisation',
  record: organisationRecord,
  inputs,
  load: (ctx, query, orgId) => ctx.prisma.organisation.findUnique({ ...query, where: { orgId } }),
});
