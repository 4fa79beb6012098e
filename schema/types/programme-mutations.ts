/** Staff writes to programmes: create, update, archive (EDITOR or ADMIN). */
import { partner, programmeRecord } from '../../prisma/records/programme.ts';
import { PartnerRole } from '../enums.ts';
import { nameFields, publicationField, recordInputs, rowInput, sourcesField } from '../record-inputs.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const ProgrammePartnerInput = rowInput('ProgrammePartnerInput', partner, {
  description: "An organisation's part in a programme.",
  fields: {
    organisation: { type: 'String', description: 'org-id of the partner organisation.' },
    role: { type: PartnerRole, description: 'What the partner does in the programme.' },
  },
});

const PARTNERS = 'Partner organisations with their roles, as a set (order does not matter).';
const NOT_HERE =
  'Budget lines and activities are not edited here (writes leave them as they are): they have their own mutations, e.g. createBudgetLine and updateActivity.';

const inputs = recordInputs('Programme', programmeRecord, {
  input: `A new programme. Names are trimmed and normalised (NFC); references use codes and slugs. ${NOT_HERE}`,
  patch: `Changes to a programme: given fields replace, null clears an optional field, absent fields stay. ${NOT_HERE}`,
  fields: {
    slug: { type: 'String', description: 'Stable, URL-safe key (a-z, 0-9, -).' },
    ...nameFields,
    descriptionTh: { type: 'String', description: 'Description in Thai.' },
    descriptionEn: { type: 'String', description: 'Description in English.' },
    lead: { type: 'String', description: 'org-id of the lead organisation.' },
    partners: { type: [ProgrammePartnerInput], description: PARTNERS, patch: `${PARTNERS} Replaces the list.` },
    area: { type: 'String', description: 'Area code of the area it covers.', patch: 'Area code.' },
    fromFiscalYear: {
      type: 'Int',
      description: 'First Thai fiscal year (B.E.) of the programme.',
      patch: 'First Thai fiscal year (B.E.).',
    },
    toFiscalYear: { type: 'Int', description: 'Last Thai fiscal year (B.E.); not before fromFiscalYear.' },
    themes: { type: ['String'], description: 'Theme codes (scheme THEME).', patch: 'Theme codes (replaces the list).' },
    ...sourcesField,
    ...publicationField,
  },
});

defineRecordMutations({
  name: 'Programme',
  record: programmeRecord,
  inputs,
  load: (ctx, query, slug) => ctx.prisma.programme.findUnique({ ...query, where: { slug } }),
});
