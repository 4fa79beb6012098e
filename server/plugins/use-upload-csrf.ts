/**
 * CSRF prevention for the one kind of request a foreign page can send without a preflight and
 * still reach a write: a multipart form post (an upload for `importFile`). It must carry a header
 * that a plain HTML form cannot add, so the browser asks this server first (and CORS decides).
 * yoga's own plugin (@graphql-yoga/plugin-csrf-prevention) applies to every request, including
 * widgets' simple GETs, so this narrower one is used instead.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface UploadCsrfOptions {
  /** Any one of these headers proves the request was preflighted. @default ['authorization', 'graphql-require-preflight', 'x-graphql-yoga-csrf', 'apollo-require-preflight'] */
  requestHeaders?: string[];
}

// Content types an HTML form (or a no-cors fetch) can send without a preflight.
const SIMPLE_BODY = /^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)\b/i;

export function useUploadCsrf({
  requestHeaders = ['authorization', 'graphql-require-preflight', 'x-graphql-yoga-csrf', 'apollo-require-preflight'],
}: UploadCsrfOptions = {}): Plugin {
  return {
    onRequest({ request }) {
      if (request.method !== 'POST' || !SIMPLE_BODY.test(request.headers.get('content-type') ?? '')) return;
      if (requestHeaders.some((h) => request.headers.has(h))) return;
      throw createGraphQLError(
        `A form post must carry one of these headers: ${requestHeaders.join(', ')} (CSRF prevention).`,
        { extensions: { code: 'CSRF_PREVENTED', http: { status: 403 } } },
      );
    },
  };
}
