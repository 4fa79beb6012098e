/** Staff writes to organisations: create, update, archive (EDITOR or ADMIN). */
import { organisationRecord } from '../../prisma/records/organisation.ts';
import { builder } from '../builder.ts';
import { OrganisationKind, PublicationStatus } from '../enums.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const OrganisationInput = builder.inputType('OrganisationInput', {
  description: 'A new partner organisation. Names are trimmed and normalised (NFC); references use codes.',
  fields: (t) => ({
    orgId: t.string({ required: true, description: 'org-id.guide style identifier, e.g. `TH-GOV-CDD`.' }),
    kind: t.field({ type: OrganisationKind, required: true, description: 'What kind of body.' }),
    nameTh: t.string({ required: true, description: 'Name in Thai.' }),
    nameEn: t.string({ required: true, description: 'Name in English.' }),
    acronymTh: t.string({ description: 'Thai acronym.' }),
    acronymEn: t.string({ description: 'English acronym.' }),
    parent: t.string({ description: 'org-id of the parent body.' }),
    area: t.string({ description: 'Area code of the area it serves.' }),
    url: t.string({ description: 'Website.' }),
    sources: t.stringList({ required: true, description: 'Keys of the source documents (at least one).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT (default for new records) or PUBLISHED.' }),
  }),
});

const OrganisationPatch = builder.inputType('OrganisationPatch', {
  description: 'Changes to an organisation: given fields replace, null clears an optional field, absent fields stay.',
  fields: (t) => ({
    kind: t.field({ type: OrganisationKind, description: 'What kind of body.' }),
    nameTh: t.string({ description: 'Name in Thai.' }),
    nameEn: t.string({ description: 'Name in English.' }),
    acronymTh: t.string({ description: 'Thai acronym.' }),
    acronymEn: t.string({ description: 'English acronym.' }),
    parent: t.string({ description: 'org-id of the parent body.' }),
    area: t.string({ description: 'Area code.' }),
    url: t.string({ description: 'Website.' }),
    sources: t.stringList({ description: 'Keys of the source documents (replaces the list).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT, PUBLISHED or ARCHIVED.' }),
  }),
});

defineRecordMutations({
  name: 'Organisation',
  record: organisationRecord,
  keyArg: 'orgId',
  input: OrganisationInput,
  patch: OrganisationPatch,
  keyOfInput: (input) => String(input.orgId),
  load: (ctx, query, orgId) => ctx.prisma.organisation.findUnique({ ...query, where: { orgId } }),
});
