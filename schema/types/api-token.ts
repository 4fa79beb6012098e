/** Staff tokens, managed by ADMINs (also from the command line: `npm run token`). */
import { createToken, listTokens, revokeToken, type TokenRecord } from '../../prisma/tokens.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { decodeAnyGlobalID } from '../node-id.ts';
import { writerOf } from '../context.ts';
import { badInput } from '../errors.ts';

const Role = builder.enumType('Role', {
  description: 'What a staff token may do.',
  values: {
    ADMIN: { description: 'Everything an editor may, and manage tokens and read the audit trail.' },
    EDITOR: { description: 'Read drafts and write.' },
    VIEWER: { description: 'Read drafts.' },
  },
});

const ApiTokenRef = builder.objectRef<TokenRecord>('ApiToken').implement({
  description: 'A staff API token (its secret is shown only once, when created).',
  fields: (t) => ({
    // A global ID, so that client caches never confuse token 3 with audit entry 3.
    id: t.id({ description: 'Global ID, unique across every type.', resolve: (x) => encodeGlobalID('ApiToken', x.id) }),
    number: t.exposeInt('id', { description: 'Token number, as `npm run token -- list` shows it.' }),
    name: t.exposeString('name', { description: 'Who or what uses it.' }),
    role: t.field({ type: Role, description: 'What it may do.', resolve: (x) => x.role }),
    prefix: t.exposeString('prefix', { description: 'Its first characters, to recognise it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it stops working; null: never.',
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last used (to the minute).',
    }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked, if it was.',
    }),
  }),
});

const CreatedToken = builder.objectRef<{ token: string; record: TokenRecord }>('CreatedApiToken').implement({
  description: 'A new token and its secret: store the secret now, it is not shown again.',
  fields: (t) => ({
    secret: t.exposeString('token', { description: 'The token, to send as `Authorization: Bearer <token>`.' }),
    token: t.field({ type: ApiTokenRef, description: "The token's record.", resolve: (x) => x.record }),
  }),
});

builder.queryField('apiTokens', (t) =>
  t.field({
    type: [ApiTokenRef],
    authScopes: { admin: true },
    description: 'Every staff token (ADMIN only).',
    resolve: (_root, _args, ctx) => listTokens(writerOf(ctx)),
  }),
);

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreatedToken,
    authScopes: { admin: true },
    description: 'Creates a staff token (ADMIN only). The secret is in the answer and nowhere else.',
    args: {
      name: t.arg.string({ required: true, description: 'Who or what will use it.' }),
      role: t.arg({ type: Role, required: true, description: 'What it may do.' }),
      expiresInDays: t.arg.int({ description: 'Days until it stops working (default 365).' }),
    },
    resolve: async (_root, { name, role, expiresInDays }, ctx) => {
      if (!name.trim()) throw badInput('Argument "name" must not be empty.', 'name');
      if (expiresInDays != null && expiresInDays < 1)
        throw badInput('Argument "expiresInDays" must be 1 or more.', 'expiresInDays');
      const created = await createToken(writerOf(ctx), { name, role, expiresInDays: expiresInDays ?? undefined });
      await writerOf(ctx).auditLog.create({
        data: {
          tokenId: ctx.auth.role === 'ANONYMOUS' ? null : ctx.auth.tokenId,
          actor: ctx.auth.role === 'ANONYMOUS' ? 'anonymous' : ctx.auth.actor,
          action: 'TOKEN_CREATE',
          entityType: 'ApiToken',
          entityKey: created.record.prefix,
          after: JSON.stringify({
            name: created.record.name,
            role: created.record.role,
            expiresAt: created.record.expiresAt,
          }),
        },
      });
      return created;
    },
  }),
  revokeApiToken: t.field({
    type: ApiTokenRef,
    authScopes: { admin: true },
    description: 'Revokes a staff token at once (ADMIN only).',
    args: { id: t.arg.id({ required: true, description: "The token's `id`, or its number." }) },
    resolve: async (_root, { id }, ctx) => {
      const decoded = decodeAnyGlobalID(String(id));
      const key = decoded.typename === 'ApiToken' ? decoded.id : String(id);
      const record = await revokeToken(writerOf(ctx), key).catch((e: Error) => {
        throw badInput(e.message, 'id');
      });
      await writerOf(ctx).auditLog.create({
        data: {
          tokenId: ctx.auth.role === 'ANONYMOUS' ? null : ctx.auth.tokenId,
          actor: ctx.auth.role === 'ANONYMOUS' ? 'anonymous' : ctx.auth.actor,
          action: 'TOKEN_REVOKE',
          entityType: 'ApiToken',
          entityKey: record.prefix,
          after: JSON.stringify({ revokedAt: record.revokedAt }),
        },
      });
      return record;
    },
  }),
}));
