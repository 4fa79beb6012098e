/** Staff writes to programmes: create, update, archive (EDITOR or ADMIN). */
import { programmeRecord } from '../../prisma/records/programme.ts';
import { builder } from '../builder.ts';
import { PartnerRole, PublicationStatus } from '../enums.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const ProgrammePartnerInput = builder.inputType('ProgrammePartnerInput', {
  description: "An organisation's part in a programme.",
  fields: (t) => ({
    organisation: t.string({ required: true, description: 'org-id of the partner organisation.' }),
    role: t.field({ type: PartnerRole, required: true, description: 'What the partner does in the programme.' }),
  }),
});

const PARTNERS = 'Partner organisations with their roles, as a set (order does not matter).';
const NOT_HERE = 'Budget lines and activities are not edited here: writes leave them as they are.';

const ProgrammeInput = builder.inputType('ProgrammeInput', {
  description: `A new programme. Names are trimmed and normalised (NFC); references use codes and slugs. ${NOT_HERE}`,
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Stable, URL-safe key (a-z, 0-9, -).' }),
    nameTh: t.string({ required: true, description: 'Name in Thai.' }),
    nameEn: t.string({ required: true, description: 'Name in English.' }),
    descriptionTh: t.string({ description: 'Description in Thai.' }),
    descriptionEn: t.string({ description: 'Description in English.' }),
    lead: t.string({ required: true, description: 'org-id of the lead organisation.' }),
    partners: t.field({ type: [ProgrammePartnerInput], description: PARTNERS }),
    area: t.string({ description: 'Area code of the area it covers.' }),
    fromFiscalYear: t.int({ description: 'First Thai fiscal year (B.E.) of the programme.' }),
    toFiscalYear: t.int({ description: 'Last Thai fiscal year (B.E.); not before fromFiscalYear.' }),
    themes: t.stringList({ description: 'Theme codes (scheme THEME).' }),
    sources: t.stringList({ required: true, description: 'Keys of the source documents (at least one).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT (default for new records) or PUBLISHED.' }),
  }),
});

const ProgrammePatch = builder.inputType('ProgrammePatch', {
  description: `Changes to a programme: given fields replace, null clears an optional field, absent fields stay. ${NOT_HERE}`,
  fields: (t) => ({
    nameTh: t.string({ description: 'Name in Thai.' }),
    nameEn: t.string({ description: 'Name in English.' }),
    descriptionTh: t.string({ description: 'Description in Thai.' }),
    descriptionEn: t.string({ description: 'Description in English.' }),
    lead: t.string({ description: 'org-id of the lead organisation.' }),
    partners: t.field({ type: [ProgrammePartnerInput], description: `${PARTNERS} Replaces the list.` }),
    area: t.string({ description: 'Area code.' }),
    fromFiscalYear: t.int({ description: 'First Thai fiscal year (B.E.).' }),
    toFiscalYear: t.int({ description: 'Last Thai fiscal year (B.E.); not before fromFiscalYear.' }),
    themes: t.stringList({ description: 'Theme codes (replaces the list).' }),
    sources: t.stringList({ description: 'Keys of the source documents (replaces the list).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT, PUBLISHED or ARCHIVED.' }),
  }),
});

defineRecordMutations({
  name: 'Programme',
  record: programmeRecord,
  keyArg: 'slug',
  input: ProgrammeInput,
  patch: ProgrammePatch,
  keyOfInput: (input) => String(input.slug),
  load: (ctx, query, slug) => ctx.prisma.programme.findUnique({ ...query, where: { slug } }),
});
