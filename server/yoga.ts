/** Builds the Phalang HTTP app (graphql-yoga + plugins). Imported by tests; main.ts only listens. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createYoga, type Plugin } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createFetch } from '@whatwg-node/fetch';
import { DEFAULT_IMPORT_LIMITS } from '../prisma/import/sheets.ts';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { PrismaClient } from '../prisma/client.ts';
import { createContext, type Context } from '../schema/context.ts';
import { authenticate } from './auth.ts';
import { schema } from '../schema/index.ts';
import { maskPhalangError, useLimitErrorCodes } from './plugins/use-error-codes.ts';
import { usePages } from './plugins/use-pages.ts';
import { useExport } from './plugins/use-export.ts';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  createDocumentStore,
  documentIdFromSearch,
  type PersistedDocument,
} from './public-read/persisted-documents.ts';

export interface PhalangAppOptions {
  prisma: PrismaClient;
  /**
   * Compile operations with graphql-jit. Off: measured faster by `npm run bench`, but it defeats
   * plugin-prisma's look-ahead (nested relations load per parent again: N+1), so it stays an
   * experiment the benchmark reports on. @default false
   */
  jit?: boolean;
  /** Called with the tags a committed write changed, to drop cached public answers. */
  invalidate?: (tags: string[]) => void;
  /** Trusted documents answerable by id (widgets' queries); defaults to the widget documents. */
  documents?: Map<string, PersistedDocument>;
  /** Extra envelop plugins, appended after the built-in ones (tests use this to observe). */
  plugins?: Plugin[];
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
  jit = false,
  invalidate,
}: PhalangAppOptions) {
  const examples = exampleOperations();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: async ({ request }) => createContext(prisma, { auth: await authenticate(prisma, request), invalidate }),
    // Any site may embed the public API; there are no cookies to protect.
    cors: { origin: '*', methods: ['GET', 'POST', 'OPTIONS'], maxAge: 86400 },
    maskedErrors: { maskError: maskPhalangError },
    renderGraphiQL,
    graphiql: {
      title: 'Phalang · พลัง — GraphQL',
      defaultQuery: examples[0]?.query,
      defaultTabs: examples.map((e) => ({ query: e.query })),
    },
    landingPage: false,
    // A multipart upload stops being read at the import's file limit: 413 REQUEST_ENTITY_TOO_LARGE
    // naming it, before the file is held in memory. One file per request: imports take one.
    fetchAPI: createFetch({ formDataLimits: { fileSize: DEFAULT_IMPORT_LIMITS.maxFileBytes, files: 1 } }),
    plugins: [
      // Abuse limits for public queries. With every list capped at 100 rows, depth × aliases ×
      // tokens bound the work a query can ask for; armor's cost limit is off because its formula
      // grows exponentially with depth and rejects ordinary nested queries. Field suggestions stay
      // on: the schema is public and GraphiQL users want them.
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 15 },
        maxTokens: { n: 2000 },
        maxDirectives: { n: 20 },
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: false },
      }),
      useLimitErrorCodes(),
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
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        },
      }),
      ...(jit ? [useGraphQlJit()] : []),
      usePages(prisma),
      useExport(prisma),
      ...plugins,
    ],
  });
}

export type PhalangApp = ReturnType<typeof createPhalangApp>;
