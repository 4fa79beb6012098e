import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { Prisma } from '../../prisma/client.ts';
import { builder } from '../builder.ts';
import { PublicationStatus } from '../enums.ts';
import { rowWhere } from '../node-id.ts';
import { EnterpriseRef } from './enterprise.ts';
import { NAME_EN, NAME_TH, SOURCES } from '../descriptions.ts';
import { found } from '../errors.ts';

// Members are reached through the NetworkMember join table; the helpers page it inside the
// parent's query, so the members of every network on a page load in one SQL statement.
/**
 * The nodes are EnterpriseRef rows, which are whole rows (the type declares no `select`), so every
 * column is selected: what a query asking for any node field read anyway. Taken from Prisma's own
 * list of the model's columns, so a new column needs no edit here. (`nodeSelection(true)` would
 * type the same but sends Prisma an empty `select` when no node field is asked.)
 */
const everyEnterpriseColumn = Object.values(Prisma.EnterpriseScalarFieldEnum).reduce(
  (select, column) => ({ ...select, [column]: true }),
  {} as Record<Prisma.EnterpriseScalarFieldEnum, true>,
);

const memberEdges = prismaConnectionHelpers(builder, 'NetworkMember', {
  cursor: 'networkId_enterpriseId',
  select: (nodeSelection) => ({ enterprise: nodeSelection({ select: everyEnterpriseColumn }) }),
  resolveNode: (member) => member.enterprise,
});

export const NetworkRef = builder.prismaNode('Network', {
  // Unknown (or, for the public, unpublished) ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description: 'A network of enterprises (เครือข่าย) working together, with the organisation that coordinates it.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe key.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    publication: t.expose('publication', {
      type: PublicationStatus,
      description: 'DRAFT and ARCHIVED records are visible to staff only.',
    }),
    themeTh: t.exposeString('themeTh', { nullable: true, description: 'What the network works on, in Thai.' }),
    themeEn: t.exposeString('themeEn', { nullable: true, description: 'What the network works on, in English.' }),
    area: t.relation('area', { nullable: true, description: 'The area the network covers.' }),
    coordinator: t.relation('coordinator', {
      nullable: true,
      description: 'The organisation that coordinates the network.',
    }),
    members: t.connection(
      {
        type: EnterpriseRef,
        description: 'Member enterprises, as a connection.',
        select: (args, ctx, nestedSelection) => ({
          members: memberEdges.getQuery(args, ctx, nestedSelection),
          _count: { select: { members: true } },
        }),
        resolve: (network, args, ctx) => ({
          ...memberEdges.resolve(network.members, args, ctx),
          totalCount: network._count.members,
        }),
      },
      {
        name: 'NetworkMembersConnection',
        description: "A page of a network's member enterprises.",
        fields: (c) => ({
          totalCount: c.int({
            description: 'How many members the network has in all.',
            resolve: (conn) => conn.totalCount,
          }),
        }),
      },
      { description: 'A member enterprise and its cursor.' },
    ),
    sources: t.relation('sources', { description: SOURCES }),
  }),
});

builder.prismaObjectFields(EnterpriseRef, (t) => ({
  networks: t.field({
    type: [NetworkRef],
    description: 'Networks this enterprise is a member of.',
    select: (_args, ctx) => ({
      memberships: { select: { network: true }, orderBy: { networkId: 'asc' } },
    }),
    resolve: (enterprise) => enterprise.memberships.map((m) => m.network),
  }),
}));

builder.queryFields((t) => ({
  network: t.prismaField({
    type: 'Network',
    // Null beside a NOT_FOUND error, so one failed look-up leaves the rest of the answer intact.
    nullable: true,
    description: 'One network by its slug.',
    args: { slug: t.arg.string({ required: true, description: 'The network slug.' }) },
    resolve: (query, _root, { slug }, ctx) =>
      found(ctx.prisma.network.findFirst({ ...query, where: { slug } }), 'network', slug, 'slug'),
  }),
  networks: t.prismaConnection(
    {
      type: 'Network',
      cursor: 'id',
      description: 'Networks of enterprises.',
      totalCount: (_root, _args, ctx) => ctx.prisma.network.count(),
      resolve: (query, _root, _args, ctx) => ctx.prisma.network.findMany({ ...query, orderBy: { id: 'asc' } }),
    },
    { name: 'NetworkConnection', description: 'A page of networks.' },
    { name: 'NetworkEdge', description: 'One network in a page, with its cursor.' },
  ),
}));
