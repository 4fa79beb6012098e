import type { Prisma } from '../../prisma/client.ts';
import type { EnterpriseKind as EnterpriseKindValue } from '../../prisma/generated/client/enums.ts';
import { areaWithinScope } from '../area-scope.ts';
import type { AreaScope } from '../loaders.ts';
import { enterpriseCount, enterpriseFirstPage } from '../analytics/enterprise-stats.ts';
import { builder } from '../builder.ts';
import { rowWhere } from '../node-id.ts';
import { DESCRIPTION_EN, DESCRIPTION_TH, FISCAL_YEAR, NAME_EN, NAME_TH, SOURCE, SOURCES } from '../descriptions.ts';
import {
  AssessmentGrade,
  AwardLevel,
  AwardRank,
  CertificationStatus,
  EnterpriseKind,
  PublicationStatus,
  TourismLevel,
} from '../enums.ts';
import { found } from '../errors.ts';
import { CategoryRef } from './category.ts';
import { AreaRef } from './area.ts';
import { SourceRef } from './source.ts';

export const EnterpriseRef = builder.prismaNode('Enterprise', {
  // Unknown (or, for the public, unpublished) ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description:
    'A community enterprise (วิสาหกิจชุมชน), social enterprise, occupational group or similar body named in the sources.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe key.' }),
    kind: t.expose('kind', { type: EnterpriseKind, description: 'What kind of enterprise this is.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    publication: t.expose('publication', {
      type: PublicationStatus,
      description: 'DRAFT and ARCHIVED records are visible to staff only.',
    }),
    registrationNo: t.exposeString('registrationNo', {
      nullable: true,
      description: 'Community enterprise registration number, where known.',
    }),
    registeredOn: t.expose('registeredOn', {
      type: 'Date',
      nullable: true,
      description: 'Date of registration, where known.',
    }),
    // By the request's loader: one statement for a page's areas, not a Prisma statement.
    area: t.field({
      type: AreaRef,
      nullable: true,
      description: 'The most specific area known: subdistrict, district or province.',
      resolve: (e, _a, ctx) => (e.areaId === null ? null : ctx.loaders.areaById.load(e.areaId)),
    }),
    villageNo: t.exposeInt('villageNo', {
      nullable: true,
      description: 'Village number (หมู่ที่) within the subdistrict.',
    }),
    tourismLevel: t.expose('tourismLevel', {
      type: TourismLevel,
      nullable: true,
      description: 'Tourism community readiness level, for tourism communities.',
    }),
    descriptionTh: t.exposeString('descriptionTh', { nullable: true, description: DESCRIPTION_TH }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true, description: DESCRIPTION_EN }),
    // By the request's loader: one statement for a page's business types, where Prisma sent two.
    businessTypes: t.field({
      type: [CategoryRef],
      description: 'Business types (ประเภทกิจการ); an enterprise may have several.',
      resolve: (e, _a, ctx) => ctx.loaders.businessTypesOf.load(e.id),
    }),
    assessments: t.relation('assessments', {
      description: 'Potential assessments, by fiscal year.',
      query: { orderBy: { fiscalYear: 'asc' } },
    }),
    awards: t.relation('awards', {
      description: 'Contest awards.',
      query: { orderBy: [{ year: 'asc' }, { id: 'asc' }] },
    }),
    certifications: t.relation('certifications', { description: 'Product and service certifications (e.g. มผช.).' }),
    sources: t.field({
      type: [SourceRef],
      description: SOURCES,
      resolve: (e, _a, ctx) => ctx.loaders.sourcesOfEnterprise.load(e.id),
    }),
  }),
});

builder.prismaObject('Assessment', {
  description: 'A potential assessment (ประเมินศักยภาพ) of an enterprise for one fiscal year.',
  fields: (t) => ({
    fiscalYear: t.exposeInt('fiscalYear', { description: FISCAL_YEAR }),
    grade: t.expose('grade', { type: AssessmentGrade, description: 'The grade given.' }),
    source: t.relation('source', { description: SOURCE }),
  }),
});

builder.prismaObject('Award', {
  description: 'An award in a contest, e.g. the Outstanding Community Enterprise contest.',
  fields: (t) => ({
    contestTh: t.exposeString('contestTh', { description: 'The contest, in Thai.' }),
    contestEn: t.exposeString('contestEn', { description: 'The contest, in English.' }),
    level: t.expose('level', { type: AwardLevel, description: 'The round: provincial, regional or national.' }),
    year: t.exposeInt('year', { description: 'Contest year, Buddhist era.' }),
    rank: t.expose('rank', { type: AwardRank, description: 'The place awarded.' }),
    organiser: t.relation('organiser', {
      nullable: true,
      description: 'Who organised the round, where the source says.',
    }),
    area: t.relation('area', { nullable: true, description: 'The area the round was held for.' }),
    source: t.relation('source', { description: SOURCE }),
  }),
});

builder.prismaObject('Certification', {
  description: "A certification of an enterprise's product or service against a standard.",
  fields: (t) => ({
    standard: t.exposeString('standard', {
      description: 'The standard: `TCPS` (มผช., Thai Community Product Standard), `THAI_HOMESTAY`, ...',
    }),
    productTh: t.exposeString('productTh', { nullable: true, description: 'The product, in Thai.' }),
    productEn: t.exposeString('productEn', { nullable: true, description: 'The product, in English.' }),
    status: t.expose('status', { type: CertificationStatus, description: 'Certified, not certified, or pending.' }),
    year: t.exposeInt('year', { nullable: true, description: 'Year (B.E.) the certification refers to.' }),
    source: t.relation('source', { description: SOURCE }),
  }),
});

export const EnterpriseFilter = builder.inputType('EnterpriseFilter', {
  description: 'Narrows a list of enterprises. All given conditions must hold.',
  fields: (t) => ({
    area: t.string({
      references: 'area',
      description: 'Area code; enterprises in this area or any area inside it (a district group counts its districts).',
    }),
    kind: t.field({ type: [EnterpriseKind], description: 'Any of these kinds.' }),
    businessType: t.stringList({
      references: 'businessType',
      description: 'Any of these business type codes (scheme BUSINESS_TYPE), e.g. `PLANT_PRODUCTION`.',
    }),
    network: t.string({ references: 'network', description: 'Members of the network with this slug.' }),
  }),
});

export function enterpriseWhere(
  filter:
    | {
        area?: string | null;
        kind?: EnterpriseKindValue[] | null;
        businessType?: string[] | null;
        network?: string | null;
      }
    | null
    | undefined,
  /** `filter.area`'s scope (loaders.areaScope), null when no area has that code. */
  area: AreaScope | null = null,
): Prisma.EnterpriseWhereInput {
  const where: Prisma.EnterpriseWhereInput = {};
  if (filter?.area) where.area = areaWithinScope(area);
  if (filter?.kind) where.kind = { in: filter.kind };
  if (filter?.businessType) {
    where.businessTypes = { some: { category: { scheme: 'BUSINESS_TYPE', code: { in: filter.businessType } } } };
  }
  if (filter?.network) where.memberships = { some: { network: { slug: filter.network } } };
  return where;
}

builder.queryFields((t) => ({
  enterprise: t.prismaField({
    type: 'Enterprise',
    // Null beside a NOT_FOUND error, so one failed look-up leaves the rest of the answer intact.
    nullable: true,
    description: 'One enterprise by its slug.',
    args: { slug: t.arg.string({ required: true, description: 'The enterprise slug.' }) },
    resolve: (query, _root, { slug }, ctx) =>
      found(ctx.prisma.enterprise.findFirst({ ...query, where: { slug } }), 'enterprise', slug, 'slug'),
  }),
  enterprises: t.prismaConnection(
    {
      type: 'Enterprise',
      cursor: 'id',
      description:
        'Enterprises named in the sources, filtered by area (including sub-areas), kind, business type or network.',
      args: { filter: t.arg({ type: EnterpriseFilter, description: 'Conditions the enterprises must meet.' }) },
      // One count statement over the matching areas' enterprises (schema/analytics/enterprise-stats.ts).
      totalCount: (_root, args, ctx) => enterpriseCount(ctx.sql, args.filter),
      resolve: async (query, _root, args, ctx) => {
        // A first page that asks for no relation (the enterprise list widget's: its area, business
        // types and sources come from loaders) is one statement of the SQL builder, with the
        // totalCount's conditions; later pages and pages with relations keep Prisma's cursor.
        const { take, skip, cursor, ...selection } = query as typeof query & { cursor?: unknown };
        if (cursor === undefined && !skip && take > 0 && Object.keys(selection).length === 0)
          return enterpriseFirstPage(ctx.sql, args.filter, take);
        const area = args.filter?.area ? await ctx.loaders.areaScope.load(args.filter.area) : null;
        return ctx.prisma.enterprise.findMany({
          ...query,
          where: enterpriseWhere(args.filter, area),
          orderBy: { id: 'asc' },
        });
      },
    },
    { name: 'EnterpriseConnection', description: 'A page of enterprises.' },
    { name: 'EnterpriseEdge', description: 'One enterprise in a page, with its cursor.' },
  ),
}));
