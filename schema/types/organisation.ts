import { builder } from '../builder.ts';
import { rowWhere } from '../node-id.ts';
import { NAME_EN, NAME_TH, SOURCES } from '../descriptions.ts';
import { OrganisationKind, PublicationStatus } from '../enums.ts';
import { found } from '../errors.ts';

export const OrganisationRef = builder.prismaNode('Organisation', {
  // Unknown (or, for the public, unpublished) ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description:
    'A partner organisation or agency (ภาคีเครือข่าย / หน่วยงาน): a ministry, department, provincial office, bank, company, foundation, ...',
  id: { field: 'id' },
  fields: (t) => ({
    orgId: t.exposeString('orgId', {
      description: 'Identifier in the org-id.guide style (`TH-GOV-CDD`); `XI-PHALANG-…` where no register code exists.',
    }),
    kind: t.expose('kind', { type: OrganisationKind, description: 'What kind of body this is.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    publication: t.expose('publication', {
      type: PublicationStatus,
      description: 'DRAFT and ARCHIVED records are visible to staff only.',
    }),
    acronymTh: t.exposeString('acronymTh', { nullable: true, description: 'Thai acronym, e.g. `พช.`' }),
    acronymEn: t.exposeString('acronymEn', { nullable: true, description: 'English acronym, e.g. `CDD`.' }),
    url: t.exposeString('url', { nullable: true, description: 'Website.' }),
    parent: t.relation('parent', {
      nullable: true,
      description: "The body this one belongs to (a department's ministry).",
    }),
    children: t.relation('children', { description: 'Bodies under this one.', query: { orderBy: { nameEn: 'asc' } } }),
    area: t.relation('area', { nullable: true, description: 'The area a local or provincial body serves.' }),
    signatures: t.relation('signatures', {
      description: 'Agreements this organisation signed, chaired or witnessed.',
      query: { orderBy: { agreementId: 'asc' } },
    }),
    ledProgrammes: t.relation('ledProgrammes', {
      description: 'Programmes this organisation leads.',
      query: { orderBy: { id: 'asc' } },
    }),
    sources: t.relation('sources', { description: SOURCES }),
  }),
});

builder.queryFields((t) => ({
  organisation: t.prismaField({
    type: 'Organisation',
    // Null beside a NOT_FOUND error, so one failed look-up leaves the rest of the answer intact.
    nullable: true,
    description: 'One organisation by its org-id, e.g. `TH-GOV-CDD`.',
    args: { orgId: t.arg.string({ required: true, description: 'The organisation identifier.' }) },
    resolve: (query, _root, { orgId }, ctx) =>
      found(ctx.prisma.organisation.findFirst({ ...query, where: { orgId } }), 'organisation', orgId, 'orgId'),
  }),
  organisations: t.prismaConnection(
    {
      type: 'Organisation',
      cursor: 'id',
      description: 'Partner organisations, in the order they were entered.',
      args: { kind: t.arg({ type: [OrganisationKind], description: 'Only organisations of these kinds.' }) },
      totalCount: (_root, args, ctx) =>
        ctx.prisma.organisation.count({ where: { kind: args.kind ? { in: args.kind } : undefined } }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.organisation.findMany({
          ...query,
          where: { kind: args.kind ? { in: args.kind } : undefined },
          orderBy: { id: 'asc' },
        }),
    },
    { name: 'OrganisationConnection', description: 'A page of organisations.' },
    { name: 'OrganisationEdge', description: 'One organisation in a page, with its cursor.' },
  ),
}));
