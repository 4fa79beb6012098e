/** The audit trail: every staff write with its before and after (ADMIN only). */
import type { Prisma } from '../../prisma/client.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';

builder.prismaObject('AuditLog', {
  description: "One write: who made it, when, to what, and the record before and after (in the data files' format).",
  authScopes: { admin: true },
  fields: (t) => ({
    // A global ID, so that client caches never confuse audit entry 3 with token 3.
    id: t.id({ description: 'Global ID, unique across every type.', resolve: (e) => encodeGlobalID('AuditLog', e.id) }),
    number: t.exposeInt('id', { description: 'Entry number, in the order entries were written.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When the write committed.' }),
    actor: t.exposeString('actor', { description: "The token's name, or the command that wrote (`import`)." }),
    tokenPrefix: t.string({
      nullable: true,
      description: 'First characters of the token used, if any.',
      select: { token: { select: { prefix: true } } },
      resolve: (e) => e.token?.prefix ?? null,
    }),
    action: t.exposeString('action', {
      description: 'CREATE, UPDATE, ARCHIVE, DELETE (of a child record), TOKEN_CREATE or TOKEN_REVOKE.',
    }),
    entityType: t.exposeString('entityType', { description: 'Enterprise, Organisation, Observation, ApiToken, ...' }),
    entityKey: t.exposeString('entityKey', {
      description: "The record's natural key (slug, org-id, observation key).",
    }),
    before: t.exposeString('before', {
      nullable: true,
      description: 'The record before, as JSON; null for a creation.',
    }),
    after: t.exposeString('after', { nullable: true, description: 'The record after, as JSON.' }),
  }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  description: 'Narrows the audit trail.',
  fields: (t) => ({
    entityType: t.string({ description: 'Only writes to this type, e.g. `Enterprise`.' }),
    entityKey: t.string({ description: 'Only writes to the record with this key.' }),
    actor: t.string({ description: 'Only writes by this token name.' }),
    from: t.field({ type: 'DateTime', description: 'Only writes at or after this time.' }),
    to: t.field({ type: 'DateTime', description: 'Only writes before this time.' }),
  }),
});

const where = (
  f:
    | {
        entityType?: string | null;
        entityKey?: string | null;
        actor?: string | null;
        from?: Date | null;
        to?: Date | null;
      }
    | null
    | undefined,
): Prisma.AuditLogWhereInput => ({
  entityType: f?.entityType ?? undefined,
  entityKey: f?.entityKey ?? undefined,
  actor: f?.actor ?? undefined,
  at: f?.from || f?.to ? { gte: f.from ?? undefined, lt: f.to ?? undefined } : undefined,
});

builder.queryField('auditLog', (t) =>
  t.prismaConnection(
    {
      type: 'AuditLog',
      cursor: 'id',
      authScopes: { admin: true },
      description: 'The audit trail, newest first (ADMIN only).',
      args: { filter: t.arg({ type: AuditFilter, description: 'Which entries.' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.auditLog.count({ where: where(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.auditLog.findMany({ ...query, where: where(args.filter), orderBy: { id: 'desc' } }),
    },
    { name: 'AuditLogConnection', description: 'A page of the audit trail.' },
    { name: 'AuditLogEdge', description: 'One audit entry with its cursor.' },
  ),
);
