import { builder } from '../builder.ts';
import { rowWhere } from '../node-id.ts';
import { DESCRIPTION_EN, DESCRIPTION_TH, NAME_EN, NAME_TH, SOURCES } from '../descriptions.ts';
import { AgreementStatus, PublicationStatus, SignatoryRole } from '../enums.ts';
import { found } from '../errors.ts';

export const AgreementRef = builder.prismaNode('Agreement', {
  // Unknown (or, for the public, unpublished) ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description: 'A memorandum of understanding (บันทึกข้อตกลงความร่วมมือ, MOU) between organisations.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe key.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    publication: t.expose('publication', {
      type: PublicationStatus,
      description: 'DRAFT and ARCHIVED records are visible to staff only.',
    }),
    status: t.expose('status', { type: AgreementStatus, description: 'Proposed, in preparation, signed or ended.' }),
    date: t.expose('date', {
      type: 'Date',
      nullable: true,
      description: 'Signing date if signed; otherwise the date the status was reported.',
    }),
    venueTh: t.exposeString('venueTh', { nullable: true, description: 'Where it was signed, in Thai.' }),
    venueEn: t.exposeString('venueEn', { nullable: true, description: 'Where it was signed, in English.' }),
    descriptionTh: t.exposeString('descriptionTh', { nullable: true, description: DESCRIPTION_TH }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true, description: DESCRIPTION_EN }),
    signatories: t.relation('signatories', {
      description: 'The organisations party to the agreement, in the order the source lists them, with their role.',
      query: { orderBy: { position: 'asc' } },
    }),
    themes: t.relation('themes', { description: 'What the agreement is about (scheme THEME).' }),
    programmes: t.relation('programmes', {
      description: 'Programmes the agreement relates to.',
      query: { orderBy: { id: 'asc' } },
    }),
    sources: t.relation('sources', { description: SOURCES }),
  }),
});

builder.prismaObject('Signatory', {
  description: "An organisation's part in an agreement.",
  fields: (t) => ({
    organisation: t.relation('organisation', { description: 'The organisation.' }),
    role: t.expose('role', { type: SignatoryRole, description: 'Signatory, presiding, or witness.' }),
    representativeTh: t.exposeString('representativeTh', {
      nullable: true,
      description: 'Who acted for the organisation, in Thai, as the source gives it.',
    }),
    representativeEn: t.exposeString('representativeEn', {
      nullable: true,
      description: 'Who acted for the organisation, in English.',
    }),
    agreement: t.relation('agreement', { description: 'The agreement.' }),
  }),
});

builder.queryFields((t) => ({
  agreement: t.prismaField({
    type: 'Agreement',
    // Null beside a NOT_FOUND error, so one failed look-up leaves the rest of the answer intact.
    nullable: true,
    description: 'One agreement by its slug.',
    args: { slug: t.arg.string({ required: true, description: 'The agreement slug.' }) },
    resolve: (query, _root, { slug }, ctx) =>
      found(ctx.prisma.agreement.findFirst({ ...query, where: { slug } }), 'agreement', slug, 'slug'),
  }),
  agreements: t.prismaConnection(
    {
      type: 'Agreement',
      cursor: 'id',
      description: 'Agreements (MOUs), optionally by status.',
      args: { status: t.arg({ type: [AgreementStatus], description: 'Only agreements with one of these statuses.' }) },
      totalCount: (_root, args, ctx) =>
        ctx.prisma.agreement.count({
          where: { status: args.status ? { in: args.status } : undefined },
        }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.agreement.findMany({
          ...query,
          where: { status: args.status ? { in: args.status } : undefined },
          orderBy: { id: 'asc' },
        }),
    },
    { name: 'AgreementConnection', description: 'A page of agreements.' },
    { name: 'AgreementEdge', description: 'One agreement in a page, with its cursor.' },
  ),
}));
