/** Builds the Phalang HTTP app (graphql-yoga + plugins). Imported by tests; main.ts only listens. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { createFetch } from '@whatwg-node/fetch';
import { DEFAULT_IMPORT_LIMITS } from '../prisma/import/sheets.ts';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { PrismaClient } from '../prisma/client.ts';
import { createContext, type Context } from '../schema/context.ts';
import { authenticate } from './auth.ts';
import { schema } from '../schema/index.ts';
import { maskPhalangError, useLimitErrorCodes } from './plugins/use-error-codes.ts';
import { usePages } from './plugins/use-pages.ts';
import { useCostLimit } from './plugins/use-cost-limit.ts';
import { useExecutionTimeout } from './plugins/use-execution-timeout.ts';
import { createPhalangLogger } from './client-error-log.ts';
import { useExport } from './plugins/use-export.ts';
import { useHealth, HEALTH_PATH } from './plugins/use-health.ts';
import { useLiveLimits } from './plugins/use-live-limits.ts';
import type { LiveSource } from '../schema/live-source.ts';
import { usePublicCors } from './plugins/use-public-cors.ts';
import { useUploadCsrf } from './plugins/use-upload-csrf.ts';
import { useGraphQLResponseStatus } from './plugins/use-graphql-response-status.ts';
import { renderGraphiQLPage } from './graphiql.ts';
import { guardRequestHooks } from './plugins/guard-request-hooks.ts';
import { useSafeUrlParams } from './plugins/use-safe-url-params.ts';
import { useTrustedDocumentJit } from './plugins/use-trusted-document-jit.ts';
import type { DatabaseProvider } from '../prisma/database-url.ts';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import {
  createDocumentStore,
  documentIdFromSearch,
  type PersistedDocument,
} from './public-read/persisted-documents.ts';

export interface PhalangAppOptions {
  prisma: PrismaClient;
  /**
   * Run the trusted persisted documents (widgets' queries) with graphql-jit
   * (use-trusted-document-jit.ts); other operations always use graphql-js. @default true
   */
  jit?: boolean;
  /** Called with the tags a committed write changed, to drop cached public answers. */
  invalidate?: (tags: string[]) => void;
  /** Trusted documents answerable by id (widgets' queries); defaults to the widget documents. */
  documents?: Map<string, PersistedDocument>;
  /** Extra envelop plugins, appended after the built-in ones (tests use this to observe). */
  plugins?: Plugin[];
  /**
   * The origin partners reach this server at, for absolute URLs in pages (`PUBLIC_URL`); never
   * taken from the request's Host header. A function when it is known only once listening.
   * @default 'http://localhost:4000'
   */
  publicUrl?: string | (() => string);
  /** Which migrations `/readyz` expects to be applied. @default 'sqlite' */
  databaseProvider?: DatabaseProvider;
  /** The most an operation may cost (schema/cost.ts). @default 10000 */
  maxCost?: number;
  /** Milliseconds an operation may execute before it is stopped with EXECUTION_TIMEOUT. @default 10000 */
  executionTimeoutMs?: number;
  /** Where `documentChanges` subscriptions hear of writes (server/public-read/live.ts); without it they are refused. */
  live?: LiveSource;
  /** Live streams (Server-Sent Events) one client address may hold open at once. @default 8 */
  maxStreamsPerClient?: number;
  /** Where the server logs; client mistakes are logged as such (see client-error-log.ts). @default yoga's logger */
  logger?: YogaLogger;
}

const EXAMPLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'examples');

/** The ready-made operations GraphiQL opens with, one tab per file in server/examples/. */
export function exampleOperations(): { name: string; query: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({
      name: f.replace(/^\d+-/, '').replace(/\.graphql$/, ''),
      query: readFileSync(path.join(EXAMPLES_DIR, f), 'utf8'),
    }));
}

export function createPhalangApp({
  prisma,
  plugins = [],
  documents = createDocumentStore(),
  jit = true,
  invalidate,
  publicUrl = 'http://localhost:4000',
  databaseProvider,
  maxCost,
  executionTimeoutMs,
  logger,
  live,
  maxStreamsPerClient,
}: PhalangAppOptions) {
  const examples = exampleOperations();
  const origin = typeof publicUrl === 'function' ? publicUrl : () => publicUrl;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: async ({ request }) =>
      createContext(prisma, { auth: await authenticate(prisma, request), invalidate, live }),
    // Any site may embed the public API; there are no cookies to protect (see usePublicCors).
    cors: false,
    maskedErrors: { maskError: maskPhalangError },
    healthCheckEndpoint: HEALTH_PATH,
    // The page loads GraphiQL's 9 MB as cached, compressed files (server/graphiql.ts).
    renderGraphiQL: renderGraphiQLPage,
    logging: createPhalangLogger(logger),
    graphiql: {
      title: 'Phalang · พลัง — GraphQL',
      defaultQuery: examples[0]?.query,
      defaultTabs: examples.map((e) => ({ query: e.query })),
    },
    landingPage: false,
    // A multipart upload stops being read at the import's file limit: 413 REQUEST_ENTITY_TOO_LARGE
    // naming it, before the file is held in memory. One file per request: imports take one.
    fetchAPI: createFetch({ formDataLimits: { fileSize: DEFAULT_IMPORT_LIMITS.maxFileBytes, files: 1 } }),
    // A throw in any plugin's onRequest becomes a coded answer, never a stack trace.
    plugins: guardRequestHooks([
      usePublicCors(),
      useUploadCsrf(),
      useHealth({ prisma, provider: databaseProvider }),
      useLiveLimits({ maxStreamsPerClient }),
      useSafeUrlParams(),
      // Abuse limits for public queries, checked before anything runs. Depth counts fields, not
      // fragment spreads, so Relay's and Apollo's compiled queries pass. Work is bounded by the
      // cost limit below (armor's cost formula grows exponentially with depth and knows nothing of
      // aggregates). graphql-js's own rule bounds introspection depth. Field suggestions stay on:
      // the schema is public and GraphiQL users want them.
      EnvelopArmorPlugin({
        maxDepth: { n: 12, flattenFragments: true },
        // Every alias counts, `__typename` too (armor exempts it by default: 500 of them passed).
        maxAliases: { n: 15, allowList: [] },
        maxTokens: { n: 2000 },
        maxDirectives: { n: 20 },
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: false },
      }),
      useLimitErrorCodes(),
      useCostLimit({ maxCost }),
      // Before the timeout, so that the timeout wraps whichever executor runs.
      ...(jit ? [useTrustedDocumentJit(documents)] : []),
      useExecutionTimeout({ timeoutMs: executionTimeoutMs }),
      useGraphQLResponseStatus(),
      // Widgets send document ids instead of query text; developers and GraphiQL may still send
      // any query (POST or GET).
      usePersistedOperations({
        allowArbitraryOperations: true,
        extractPersistedOperationId: (params, request) =>
          documentIdFromSearch(new URL(request.url).searchParams) ??
          (params.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash ??
          null,
        getPersistedOperation: (id) => documents.get(id)?.text ?? null,
        customErrors: {
          notFound: {
            message: 'Unknown document id: this widget may be newer or older than the server.',
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { spec: true, status: 400 } },
          },
          // Reached when a request has neither query text nor a document id: not a well-formed
          // GraphQL request, so 400 whatever the Accept header says.
          keyNotFound: {
            message:
              'The request has no query: send `query` (GraphQL text as a string) or `documentId` (a persisted document).',
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          },
        },
      }),
      usePages(prisma, origin),
      useExport(prisma),
      ...plugins,
    ]),
  });
}

export type PhalangApp = ReturnType<typeof createPhalangApp>;
