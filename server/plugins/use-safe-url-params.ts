/**
 * GET (and form-encoded POST) parameters parsed without throwing: yoga's own parser calls
 * `JSON.parse` on `variables` and `extensions` unguarded, so `?variables={` became a masked 500.
 * Here a parameter that is not JSON is the caller's mistake: 400, with the parameter named.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

function json(params: URLSearchParams, name: 'variables' | 'extensions'): unknown {
  const text = params.get(name);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw createGraphQLError(`The "${name}" parameter is not valid JSON.`, {
      extensions: { code: 'BAD_REQUEST', argument: name, http: { status: 400 } },
    });
  }
}

function paramsOf(search: URLSearchParams) {
  return {
    operationName: search.get('operationName') || undefined,
    query: search.get('query') || undefined,
    variables: json(search, 'variables') as Record<string, unknown> | undefined,
    extensions: json(search, 'extensions') as Record<string, unknown> | undefined,
  };
}

const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;

export function useSafeUrlParams(): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method === 'GET') {
        setRequestParser((req) => {
          const at = req.url.indexOf('?');
          return paramsOf(new URLSearchParams(at < 0 ? '' : req.url.slice(at + 1)));
        });
      } else if (request.method === 'POST' && FORM.test(request.headers.get('content-type') ?? '')) {
        setRequestParser(async (req) => paramsOf(new URLSearchParams(await req.text())));
      }
    },
  };
}
