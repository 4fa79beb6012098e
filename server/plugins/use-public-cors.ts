/**
 * CORS for a public API without cookies: every origin may read, and no origin is ever granted
 * credentials. Writes are authorised by the bearer token, which a browser sends only when the
 * calling page's own script adds it; so `*` exposes nothing a foreign page could not fetch itself.
 * (yoga's built-in CORS reflects the Origin with `Allow-Credentials: true` when told `*`.)
 */
import type { Plugin } from 'graphql-yoga';

export interface PublicCorsOptions {
  /** Seconds a browser may reuse a preflight answer. @default 86400 */
  maxAgeSeconds?: number;
}

/** Request headers a cross-origin caller may send (Authorization is never covered by `*`). */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'graphql-require-preflight',
  'x-graphql-yoga-csrf',
  'apollo-require-preflight',
];
const EXPOSED_HEADERS = ['etag', 'x-phalang-cache', 'content-disposition'];

export function usePublicCors({ maxAgeSeconds = 86400 }: PublicCorsOptions = {}): Plugin {
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
  };
  const preflight: Record<string, string> = {
    ...headers,
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
    'Access-Control-Max-Age': String(maxAgeSeconds),
    'Content-Length': '0',
  };
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS') endResponse(new fetchAPI.Response(null, { status: 204, headers: preflight }));
    },
    onResponse({ response }) {
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      response.headers.delete('access-control-allow-credentials');
    },
  };
}
