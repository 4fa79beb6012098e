/** Staff writes to agreements (MOUs): create, update, archive (EDITOR or ADMIN). */
import { agreementRecord } from '../../prisma/records/agreement.ts';
import { builder } from '../builder.ts';
import { AgreementStatus, PublicationStatus, SignatoryRole } from '../enums.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const SignatoryInput = builder.inputType('SignatoryInput', {
  description: "An organisation's part in an agreement.",
  fields: (t) => ({
    organisation: t.string({ required: true, description: 'org-id of the organisation, e.g. `TH-GOV-CDD`.' }),
    role: t.field({ type: SignatoryRole, required: true, description: 'Signatory, presiding, or witness.' }),
    representativeTh: t.string({ description: 'Who acted for the organisation, in Thai, as the document gives it.' }),
    representativeEn: t.string({ description: 'Who acted for the organisation, in English.' }),
  }),
});

const SIGNATORIES =
  'The parties in the order the document lists them (the order is kept). An organisation may appear more than once only in different roles.';

const AgreementInput = builder.inputType('AgreementInput', {
  description: 'A new agreement (MOU). Names are trimmed and normalised (NFC); references use codes and slugs.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Stable, URL-safe key (a-z, 0-9, -).' }),
    nameTh: t.string({ required: true, description: 'Name in Thai.' }),
    nameEn: t.string({ required: true, description: 'Name in English.' }),
    status: t.field({
      type: AgreementStatus,
      required: true,
      description: 'Proposed, in preparation, signed or ended.',
    }),
    date: t.field({
      type: 'Date',
      description: 'Signing date if signed; otherwise the date the status was reported.',
    }),
    venueTh: t.string({ description: 'Where it was signed, in Thai.' }),
    venueEn: t.string({ description: 'Where it was signed, in English.' }),
    descriptionTh: t.string({ description: 'Description in Thai.' }),
    descriptionEn: t.string({ description: 'Description in English.' }),
    themes: t.stringList({ description: 'Theme codes (scheme THEME).' }),
    signatories: t.field({ type: [SignatoryInput], required: true, description: SIGNATORIES }),
    programmes: t.stringList({ description: 'Slugs of the programmes the agreement relates to.' }),
    sources: t.stringList({ required: true, description: 'Keys of the source documents (at least one).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT (default for new records) or PUBLISHED.' }),
  }),
});

const AgreementPatch = builder.inputType('AgreementPatch', {
  description: 'Changes to an agreement: given fields replace, null clears an optional field, absent fields stay.',
  fields: (t) => ({
    nameTh: t.string({ description: 'Name in Thai.' }),
    nameEn: t.string({ description: 'Name in English.' }),
    status: t.field({ type: AgreementStatus, description: 'Proposed, in preparation, signed or ended.' }),
    date: t.field({ type: 'Date', description: 'Signing date if signed; otherwise the date the status was reported.' }),
    venueTh: t.string({ description: 'Where it was signed, in Thai.' }),
    venueEn: t.string({ description: 'Where it was signed, in English.' }),
    descriptionTh: t.string({ description: 'Description in Thai.' }),
    descriptionEn: t.string({ description: 'Description in English.' }),
    themes: t.stringList({ description: 'Theme codes (replaces the list).' }),
    signatories: t.field({ type: [SignatoryInput], description: `${SIGNATORIES} Replaces the list.` }),
    programmes: t.stringList({ description: 'Programme slugs (replaces the list).' }),
    sources: t.stringList({ description: 'Keys of the source documents (replaces the list).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT, PUBLISHED or ARCHIVED.' }),
  }),
});

defineRecordMutations({
  name: 'Agreement',
  record: agreementRecord,
  keyArg: 'slug',
  input: AgreementInput,
  patch: AgreementPatch,
  keyOfInput: (input) => String(input.slug),
  load: (ctx, query, slug) => ctx.prisma.agreement.findUnique({ ...query, where: { slug } }),
});
