/**
 * The public read path for widgets: GET requests for persisted documents, answered from the
 * bytes cache in front of the GraphQL pipeline, with ETag/If-None-Match and CDN-friendly
 * Cache-Control. A miss runs the request through the full pipeline once and keeps the bytes.
 * Anything else (POST, ad-hoc GET queries, unknown document ids) is left to the pipeline.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PhalangApp } from '../yoga.ts';
import { tagsFor } from './cache-tags.ts';
import { documentIdFromSearch, type PersistedDocument } from './persisted-documents.ts';
import type { CacheEntry, ResponseCache } from './response-cache.ts';

export interface PublicReadOptions {
  app: PhalangApp;
  cache: ResponseCache;
  documents: Map<string, PersistedDocument>;
  /**
   * Seconds a shared cache (CDN) may reuse an answer without asking (`s-maxage`); browsers always
   * revalidate with the ETag. This is the freshness bound behind a CDN that is not purged by tag.
   * @default 10
   */
  sharedMaxAgeSeconds?: number;
}

/**
 * What a non-live reader sees after a write: browsers must revalidate every time (`max-age=0`,
 * `must-revalidate`), so they see it on their next request; a 304 costs about a cache hit. CDNs may
 * serve an answer for `s-maxage` seconds, or less when an operator purges by the tags listed in
 * `Surrogate-Key` (space-separated, Fastly) and `Cache-Tag` (comma-separated, Cloudflare).
 */
export function freshnessHeaders(tags: string[], sharedMaxAgeSeconds = 10): string[] {
  // `Indicator:*` writes cannot name one tag: the family name lets an operator purge them all.
  const keys = [...new Set([...tags, ...tags.filter((t) => t.includes(':')).map((t) => t.slice(0, t.indexOf(':')))])];
  return [
    'Cache-Control',
    `public, max-age=0, s-maxage=${sharedMaxAgeSeconds}, must-revalidate`,
    'Surrogate-Key',
    keys.join(' '),
    'Cache-Tag',
    keys.join(','),
  ];
}

const PATH_PREFIX = '/graphql?';

/** JSON with object keys sorted at every level, so equal variables give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The cache key of a persisted read, which is also the URL the pipeline is asked when it misses. */
export const canonicalUrl = (documentId: string, variables: Record<string, unknown>) =>
  `${PATH_PREFIX}documentId=${documentId}&variables=${encodeURIComponent(canonicalJson(variables))}`;

/**
 * One request header, read from the raw list. Touching `req.headers` makes Node build a header
 * object for every request, which on this path costs more than the rest of a cache hit.
 */
function rawHeader(req: IncomingMessage, lowerName: string): string | undefined {
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === lowerName.length && name.toLowerCase() === lowerName) return raw[i + 1];
  }
  return undefined;
}

export function createPublicReadHandler(
  options: PublicReadOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { app, cache, documents } = options;
  // Header lists are built once per entry, not per request.
  const headerCache = new WeakMap<CacheEntry, { ok: string[]; notModified: string[] }>();
  const headersOf = (entry: CacheEntry) => {
    let h = headerCache.get(entry);
    if (!h) {
      const common = [
        'ETag',
        entry.etag,
        ...freshnessHeaders(entry.tags, options.sharedMaxAgeSeconds),
        'Access-Control-Allow-Origin',
        '*',
        'Access-Control-Expose-Headers',
        'ETag, X-Phalang-Cache',
      ];
      h = {
        ok: [
          'Content-Type',
          'application/graphql-response+json; charset=utf-8',
          'Content-Length',
          String(entry.body.length),
          'X-Phalang-Cache',
          'HIT',
          ...common,
        ],
        notModified: ['X-Phalang-Cache', 'HIT', ...common],
      };
      headerCache.set(entry, h);
    }
    return h;
  };

  function sendEntry(req: IncomingMessage, res: ServerResponse, entry: CacheEntry) {
    const h = headersOf(entry);
    if (rawHeader(req, 'if-none-match') === entry.etag) {
      res.writeHead(304, h.notModified);
      res.end();
    } else {
      res.writeHead(200, h.ok);
      res.end(entry.body);
    }
  }

  async function fill(
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
    doc: PersistedDocument,
    variables: Record<string, unknown>,
    requestUrl: string,
  ) {
    const started = cache.startFill();
    try {
      const response = await app.fetch(`http://phalang.internal${url}`, {
        method: 'GET',
        headers: { accept: 'application/graphql-response+json, application/json' },
      });
      const body = Buffer.from(await response.arrayBuffer());
      const clean = response.status === 200 && !('errors' in (JSON.parse(body.toString('utf8')) as object));
      const entry = clean ? cache.set(url, body, tagsFor(doc, variables), started) : undefined;
      if (entry) {
        cache.addAlias(requestUrl, url);
        const h = headersOf(entry);
        // Recomputed to the same bytes (e.g. after a draft edit): the browser's copy is still right.
        if (rawHeader(req, 'if-none-match') === entry.etag) {
          res.writeHead(
            304,
            h.notModified.map((v) => (v === 'HIT' ? 'MISS' : v)),
          );
          res.end();
          return;
        }
        res.writeHead(
          200,
          h.ok.map((v) => (v === 'HIT' ? 'MISS' : v)),
        );
        res.end(body);
        return;
      }
      // Errors and answers overtaken by a write are sent once and not kept.
      res.writeHead(response.status, {
        'Content-Type': response.headers.get('content-type') ?? 'application/json',
        'Cache-Control': 'no-store',
        'Access-Control-Allow-Origin': '*',
        'X-Phalang-Cache': 'BYPASS',
      });
      res.end(body);
    } catch (error) {
      console.error('public read: fill failed', error);
      if (!res.headersSent)
        res.writeHead(500, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(
        JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      );
    }
  }

  return function handle(req, res) {
    const url = req.url;
    // Only anonymous reads are shared: a caller with a token may see drafts, which must never
    // reach the cache that everyone else is served from.
    if (req.method !== 'GET' || !url || !url.startsWith(PATH_PREFIX) || rawHeader(req, 'authorization') !== undefined)
      return false;
    // Keys are canonical URLs; the exact URL a widget sends becomes an alias of its key, so a
    // repeated request is found without parsing it.
    let entry = cache.get(url);
    if (!entry) {
      const read = persistedRead(new URLSearchParams(url.slice(PATH_PREFIX.length)));
      if (!read) return false;
      entry = cache.get(read.key);
      if (!entry) {
        cache.misses++;
        void fill(req, res, read.key, read.doc, read.variables, url);
        return true;
      }
      cache.addAlias(url, read.key);
    }
    cache.hits++;
    sendEntry(req, res, entry);
    return true;
  };

  /** The document and canonical variables of a cacheable read, or undefined to leave it to the pipeline. */
  function persistedRead(search: URLSearchParams) {
    if (search.has('query')) return undefined;
    const id = documentIdFromSearch(search);
    const doc = id ? documents.get(id) : undefined;
    if (!doc) return undefined;
    const operationName = search.get('operationName');
    if (operationName && operationName !== doc.name) return undefined;
    let variables: unknown;
    try {
      variables = JSON.parse(search.get('variables') ?? '{}');
    } catch {
      return undefined; // the pipeline answers malformed variables with its own clear error
    }
    if (!variables || typeof variables !== 'object' || Array.isArray(variables)) return undefined;
    const vars = variables as Record<string, unknown>;
    return { doc, variables: vars, key: canonicalUrl(doc.id, vars) };
  }
}
