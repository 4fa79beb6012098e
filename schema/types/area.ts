import { builder } from '../builder.ts';
import { rowWhere } from '../node-id.ts';
import { NAME_EN, NAME_TH } from '../descriptions.ts';
import { AreaKind } from '../enums.ts';
import { notFound } from '../errors.ts';

export const AreaRef = builder.prismaNode('Area', {
  // Unknown ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description:
    "A place: the country, a province (ISO 3166-2:TH code), a district or subdistrict (DOPA geocode), or a grouping such as one of Bangkok's six district groups.",
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code', {
      description:
        'Stable code: `TH-10` (province, ISO 3166-2), `TH-1001` (district, DOPA), `TH-101002` (subdistrict), or a local code for groupings.',
    }),
    kind: t.expose('kind', { type: AreaKind, description: 'What kind of place this is.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    geocode: t.exposeString('geocode', {
      nullable: true,
      description: 'Department of Provincial Administration geocode, where one exists.',
    }),
    children: t.relation('children', {
      description: 'Areas directly inside this one, by code.',
      query: { orderBy: { code: 'asc' } },
    }),
    sources: t.relation('sources', { description: 'Documents that name this area, for areas taken from them.' }),
  }),
});

// Added after the type exists, because these fields return the type itself.
builder.prismaObjectFields(AreaRef, (t) => ({
  // By the request's loader, so areas read by loaders (schema/loaders.ts) find their parents without Prisma.
  parent: t.field({
    type: AreaRef,
    nullable: true,
    description: "The area this one lies in (a district's province).",
    resolve: (a, _args, ctx) => (a.parentId === null ? null : ctx.loaders.areaById.load(a.parentId)),
  }),
  members: t.field({
    type: [AreaRef],
    description: 'For a grouping (district group, province cluster): its member areas.',
    select: { groupMembers: { select: { member: true }, orderBy: { member: { code: 'asc' } } } },
    resolve: (area) => area.groupMembers.map((m) => m.member),
  }),
  groups: t.field({
    type: [AreaRef],
    description: 'Groupings this area belongs to (e.g. the Bangkok district group of a district).',
    select: { memberOf: { select: { group: true } } },
    resolve: (area) => area.memberOf.map((m) => m.group),
  }),
}));

builder.queryFields((t) => ({
  area: t.prismaField({
    type: 'Area',
    // Null beside a NOT_FOUND error, so one failed look-up leaves the rest of the answer intact.
    nullable: true,
    description: 'One area by its code, e.g. `TH-10` for Bangkok.',
    args: { code: t.arg.string({ required: true, description: 'Area code, e.g. `TH-10` or `TH-1001`.' }) },
    resolve: async (query, _root, { code }, ctx) => {
      const area = await ctx.prisma.area.findUnique({ ...query, where: { code } });
      if (!area) throw notFound('area', code, 'code');
      return area;
    },
  }),
  areas: t.prismaConnection(
    {
      type: 'Area',
      cursor: 'id',
      description: 'Areas, by code, optionally of one kind or inside one parent.',
      args: {
        kind: t.arg({ type: AreaKind, description: 'Only areas of this kind.' }),
        parent: t.arg.string({ description: 'Only areas directly inside the area with this code.' }),
      },
      totalCount: (_root, args, ctx) =>
        ctx.prisma.area.count({
          where: { kind: args.kind ?? undefined, parent: args.parent ? { code: args.parent } : undefined },
        }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.area.findMany({
          ...query,
          where: { kind: args.kind ?? undefined, parent: args.parent ? { code: args.parent } : undefined },
          orderBy: { id: 'asc' },
        }),
    },
    { name: 'AreaConnection', description: 'A page of areas.' },
    { name: 'AreaEdge', description: 'One area in a page, with its cursor.' },
  ),
}));
