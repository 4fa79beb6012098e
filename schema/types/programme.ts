import { builder } from '../builder.ts';
import { rowWhere } from '../node-id.ts';
import { DESCRIPTION_EN, DESCRIPTION_TH, FISCAL_YEAR, NAME_EN, NAME_TH, SOURCE, SOURCES } from '../descriptions.ts';
import { ActivityKind, BudgetKind, PartnerRole, PublicationStatus } from '../enums.ts';
import { found } from '../errors.ts';

export const ProgrammeRef = builder.prismaNode('Programme', {
  // Unknown (or, for the public, unpublished) ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description:
    'A programme or project (โครงการ) that supports enterprises, with its lead, partners, budget and activities.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe key.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    publication: t.expose('publication', {
      type: PublicationStatus,
      description: 'DRAFT and ARCHIVED records are visible to staff only.',
    }),
    descriptionTh: t.exposeString('descriptionTh', { nullable: true, description: DESCRIPTION_TH }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true, description: DESCRIPTION_EN }),
    lead: t.relation('lead', {
      // Nullable rather than hiding the programme: its published figures stay public while the lead is a draft.
      nullable: true,
      description: 'The organisation that leads the programme; null while that organisation is not published.',
    }),
    partners: t.relation('partners', {
      description: 'Partner organisations and their roles.',
      query: { orderBy: [{ role: 'asc' }, { organisationId: 'asc' }] },
    }),
    area: t.relation('area', { nullable: true, description: 'The area the programme covers.' }),
    fromFiscalYear: t.exposeInt('fromFiscalYear', {
      nullable: true,
      description: `First fiscal year of the programme in the sources. ${FISCAL_YEAR}`,
    }),
    toFiscalYear: t.exposeInt('toFiscalYear', {
      nullable: true,
      description: 'Last fiscal year of the programme in the sources (B.E.).',
    }),
    budgetLines: t.relation('budgetLines', {
      description: 'Money allocated, transferred, requested and disbursed, by fiscal year.',
      query: { orderBy: [{ fiscalYear: 'asc' }, { kind: 'asc' }] },
    }),
    activities: t.relation('activities', {
      description: 'Meetings, trainings, fairs and other activities.',
      query: { orderBy: [{ startOn: 'asc' }, { id: 'asc' }] },
    }),
    indicators: t.relation('indicators', {
      description: "Indicators that report this programme's outcomes.",
      query: { orderBy: { code: 'asc' } },
    }),
    agreements: t.relation('agreements', {
      description: 'Agreements related to the programme.',
      query: { orderBy: { id: 'asc' } },
    }),
    themes: t.relation('themes', { description: 'What the programme works on (scheme THEME).' }),
    sources: t.relation('sources', { description: SOURCES }),
  }),
});

builder.prismaObject('ProgrammePartner', {
  description: "An organisation's part in a programme.",
  fields: (t) => ({
    organisation: t.relation('organisation', { description: 'The partner organisation.' }),
    role: t.expose('role', { type: PartnerRole, description: 'What the partner does in the programme.' }),
  }),
});

builder.prismaObject('BudgetLine', {
  description:
    "An amount of a programme's money at one stage (allocated, transferred, requested, disbursed) in one fiscal year.",
  fields: (t) => ({
    kind: t.expose('kind', { type: BudgetKind, description: 'The stage this amount reports.' }),
    fiscalYear: t.exposeInt('fiscalYear', { description: FISCAL_YEAR }),
    amount: t.exposeFloat('amount', { nullable: true, description: 'Amount in baht.' }),
    recipients: t.exposeInt('recipients', {
      nullable: true,
      description: 'How many recipients the line covers (see recipientUnit).',
    }),
    recipientUnit: t.relation('recipientUnit', {
      nullable: true,
      description: 'What the recipients are (communities, enterprises, ...).',
    }),
    reportedPercent: t.exposeFloat('reportedPercent', {
      nullable: true,
      description: 'The percentage the source itself reports for this line (0–100).',
    }),
    asOf: t.expose('asOf', { type: 'Date', nullable: true, description: 'Date the figure was reported as of.' }),
    noteTh: t.exposeString('noteTh', { nullable: true, description: 'Note in Thai.' }),
    noteEn: t.exposeString('noteEn', { nullable: true, description: 'Note in English.' }),
    source: t.relation('source', { description: SOURCE }),
  }),
});

builder.prismaObject('Activity', {
  description: 'Something a programme did: a meeting, training, fair, contest or support given.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe key.' }),
    kind: t.expose('kind', { type: ActivityKind, description: 'What kind of activity.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    startOn: t.expose('startOn', { type: 'Date', nullable: true, description: 'First day.' }),
    endOn: t.expose('endOn', { type: 'Date', nullable: true, description: 'Last day.' }),
    area: t.relation('area', { nullable: true, description: 'Where it took place.' }),
    venueTh: t.exposeString('venueTh', { nullable: true, description: 'Venue in Thai.' }),
    venueEn: t.exposeString('venueEn', { nullable: true, description: 'Venue in English.' }),
    presidedByTh: t.exposeString('presidedByTh', { nullable: true, description: 'Who presided, in Thai.' }),
    presidedByEn: t.exposeString('presidedByEn', { nullable: true, description: 'Who presided, in English.' }),
    participants: t.exposeInt('participants', {
      nullable: true,
      description: 'Number of participants, where reported.',
    }),
    enterprises: t.relation('enterprises', {
      description: 'Enterprises the activity involved or supported.',
      query: { orderBy: { id: 'asc' } },
    }),
    programme: t.relation('programme', { description: 'The programme.' }),
    source: t.relation('source', { description: SOURCE }),
  }),
});

builder.queryFields((t) => ({
  programme: t.prismaField({
    type: 'Programme',
    // Null beside a NOT_FOUND error, so one failed look-up leaves the rest of the answer intact.
    nullable: true,
    description: 'One programme by its slug.',
    args: { slug: t.arg.string({ required: true, description: 'The programme slug.' }) },
    resolve: (query, _root, { slug }, ctx) =>
      found(ctx.prisma.programme.findFirst({ ...query, where: { slug } }), 'programme', slug, 'slug'),
  }),
  programmes: t.prismaConnection(
    {
      type: 'Programme',
      cursor: 'id',
      description: 'Programmes and projects.',
      totalCount: (_root, _args, ctx) => ctx.prisma.programme.count(),
      resolve: (query, _root, _args, ctx) => ctx.prisma.programme.findMany({ ...query, orderBy: { id: 'asc' } }),
    },
    { name: 'ProgrammeConnection', description: 'A page of programmes.' },
    { name: 'ProgrammeEdge', description: 'One programme in a page, with its cursor.' },
  ),
}));
