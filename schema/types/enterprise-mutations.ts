/** Staff writes to enterprises: create, update, archive (EDITOR or ADMIN). */
import { enterpriseRecord } from '../../prisma/records/enterprise.ts';
import { builder } from '../builder.ts';
import { EnterpriseKind, PublicationStatus, TourismLevel } from '../enums.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const EnterpriseInput = builder.inputType('EnterpriseInput', {
  description: 'A new enterprise. Names are trimmed and normalised (NFC); references use codes.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Stable, URL-safe key (a-z, 0-9, -).' }),
    kind: t.field({ type: EnterpriseKind, required: true, description: 'What kind of enterprise.' }),
    nameTh: t.string({ required: true, description: 'Name in Thai.' }),
    nameEn: t.string({ required: true, description: 'Name in English.' }),
    registrationNo: t.string({ description: 'Registration number.' }),
    registeredOn: t.field({ type: 'Date', description: 'Registration date.' }),
    area: t.string({ description: 'Area code (most specific known).' }),
    villageNo: t.int({ description: 'Village number (หมู่ที่).' }),
    businessTypes: t.stringList({ description: 'Business type codes.' }),
    tourismLevel: t.field({ type: TourismLevel, description: 'Tourism community level.' }),
    descriptionTh: t.string({ description: 'Description in Thai.' }),
    descriptionEn: t.string({ description: 'Description in English.' }),
    sources: t.stringList({ required: true, description: 'Keys of the source documents (at least one).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT (default for new records) or PUBLISHED.' }),
  }),
});

const EnterprisePatch = builder.inputType('EnterprisePatch', {
  description: 'Changes to an enterprise: given fields replace, null clears an optional field, absent fields stay.',
  fields: (t) => ({
    kind: t.field({ type: EnterpriseKind, description: 'What kind of enterprise.' }),
    nameTh: t.string({ description: 'Name in Thai.' }),
    nameEn: t.string({ description: 'Name in English.' }),
    registrationNo: t.string({ description: 'Registration number.' }),
    registeredOn: t.field({ type: 'Date', description: 'Registration date.' }),
    area: t.string({ description: 'Area code.' }),
    villageNo: t.int({ description: 'Village number (หมู่ที่).' }),
    businessTypes: t.stringList({ description: 'Business type codes (replaces the list).' }),
    tourismLevel: t.field({ type: TourismLevel, description: 'Tourism community level.' }),
    descriptionTh: t.string({ description: 'Description in Thai.' }),
    descriptionEn: t.string({ description: 'Description in English.' }),
    sources: t.stringList({ description: 'Keys of the source documents (replaces the list).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT, PUBLISHED or ARCHIVED.' }),
  }),
});

defineRecordMutations({
  name: 'Enterprise',
  record: enterpriseRecord,
  keyArg: 'slug',
  input: EnterpriseInput,
  patch: EnterprisePatch,
  keyOfInput: (input) => String(input.slug),
  load: (ctx, query, slug) => ctx.prisma.enterprise.findUnique({ ...query, where: { slug } }),
});
