/** The Pothos schema builder and its plugins; nothing else lives here. */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type PrismaTypes from '../prisma/generated/pothos-types.ts';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { Context } from './context.ts';
import { MAX_PAGE_SIZE } from './pagination.ts';
import { DEFAULT_LIST_SIZE, defaultFieldCost } from './cost.ts';
import { decodeAnyGlobalID, resolveNodeOrNull, resolveNodesOrNull } from './node-id.ts';
import FieldRulesPlugin from './plugins/field-rules.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    File: { Input: File; Output: never };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
  AuthScopes: { viewer: boolean; editor: boolean; admin: boolean };
}>({
  // Field rules first, so their checks (page size, filter references) run before every other plugin's.
  plugins: [FieldRulesPlugin, ScopeAuthPlugin, RelayPlugin, PrismaPlugin, ComplexityPlugin],
  // What each field costs (see cost.ts); a field with work of its own says so with `complexity:`
  // where it is defined. The limit is enforced before execution by server/plugins/use-cost-limit.ts,
  // not by the plugin's per-resolver check, so a refused query runs nothing and gets one error.
  complexity: {
    disabled: true,
    defaultComplexity: 1,
    defaultListMultiplier: DEFAULT_LIST_SIZE,
    fieldComplexity: defaultFieldCost,
  },
  // The access rules, in one place: VIEWER reads drafts, EDITOR also writes, ADMIN also manages
  // tokens and reads the audit trail. Anonymous callers read published data only.
  scopeAuth: {
    authScopes: (ctx) => ({
      viewer: ctx.auth.role !== 'ANONYMOUS',
      editor: ctx.auth.role === 'EDITOR' || ctx.auth.role === 'ADMIN',
      admin: ctx.auth.role === 'ADMIN',
    }),
    unauthorizedError: (_parent, ctx, info) =>
      ctx.auth.role === 'ANONYMOUS'
        ? new GraphQLError(`"${info.fieldName}" needs a staff token (Authorization: Bearer <token>).`, {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          })
        : new GraphQLError(`This ${ctx.auth.role} token may not use "${info.fieldName}".`, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          }),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    // Malformed IDs and IDs of unknown types become null entries (with a coded error), not a crash.
    decodeGlobalID: decodeAnyGlobalID,
    cursorType: 'String',
    // Every connection checks `first`/`last` before resolving (plugins/field-rules.ts).
    defaultConnectionFieldOptions: { pageSize: true },
    nodesQueryOptions: {
      resolve: (_root, args, _ctx, info, load) => resolveNodesOrNull(args, info, () => load([])),
      description: 'Fetches objects by their global IDs, in the order given; unknown IDs give null.',
      args: { ids: { description: 'Global IDs, as returned in `id` fields.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list (Relay).' },
    nodeTypeOptions: { description: 'An object with a global ID, fetchable with `node(id:)`.' },
    idFieldOptions: { description: 'Global ID, for `node(id:)` and client caches.' },
    cursorFieldOptions: { description: 'Opaque cursor: pass it as `after` (or `before`) to continue from this edge.' },
    nodeFieldOptions: { description: 'The object at this edge.' },
    edgesFieldOptions: { description: 'The objects on this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge on this page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last edge on this page; pass it as `after` for the next page.',
    },
    firstArgOptions: { description: 'Page size from the start (default 20, at most 100).' },
    lastArgOptions: { description: 'Page size from the end (at most 100).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    nodeQueryOptions: {
      resolve: (_root, args, _ctx, info, load) => resolveNodeOrNull(args, info, () => load(args.id)),
      description: 'Fetches any object by its global ID; null if there is none.',
      args: { id: { description: 'A global ID, as returned in any `id` field.' } },
    },
    defaultConnectionTypeOptions: { description: 'A page of a list (Relay connection).' },
    defaultEdgeTypeOptions: { description: 'An item of a list with its cursor.' },
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    // Requests above the cap are rejected before this clamp applies (see pagination.ts).
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: 20,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
});

builder.addScalarType('Date', DateResolver, {
  description: 'A calendar date, `YYYY-MM-DD`, in the Gregorian calendar (C.E.; add 543 for the Buddhist era).',
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A date and time, ISO 8601 in UTC.',
});

builder.mutationType({
  description:
    'Staff writes. Each needs an EDITOR or ADMIN token; every write is validated, audited and all-or-nothing.',
});

builder.queryType({
  description: 'Public read API for Phalang: community enterprises, their networks, partners, agreements and outcomes.',
});
