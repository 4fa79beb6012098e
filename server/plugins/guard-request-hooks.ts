/**
 * The yoga half of the request guard. An error thrown in a plugin's `onRequest` (pages, exports,
 * health, CSRF) skips yoga's error masking: the server adapter answers 500 with the stack trace as
 * text. Wrapping every plugin's hook here turns such errors into the usual contract instead: a
 * GraphQLError that names an HTTP status keeps its message and code; anything else is logged and
 * masked as "Unexpected error.".
 */
import type { Plugin } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

type OnRequest = NonNullable<Plugin<any>['onRequest']>;
type OnRequestPayload = Parameters<OnRequest>[0];

function errorResponse(error: unknown): Response {
  const gql = error as Partial<GraphQLError>;
  const http = gql.extensions?.http as { status?: number } | undefined;
  const known = typeof http?.status === 'number' && http.status < 500;
  if (!known) console.error('http: a request hook failed', error);
  const status = known ? http!.status! : 500;
  const body = known
    ? { message: gql.message, extensions: { code: gql.extensions?.code ?? 'BAD_REQUEST' } }
    : { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  return new Response(JSON.stringify({ errors: [body] }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** The same plugins, each `onRequest` answering a throw or rejection with a coded response. */
export function guardRequestHooks<P extends Plugin<any>>(plugins: P[]): P[] {
  return plugins.map((plugin) => {
    const onRequest = plugin.onRequest;
    if (!onRequest) return plugin;
    const guarded: OnRequest = (payload: OnRequestPayload) => {
      const fail = (error: unknown) => payload.endResponse(errorResponse(error));
      try {
        const result = onRequest(payload);
        return result instanceof Promise ? result.catch(fail) : result;
      } catch (error) {
        fail(error);
      }
    };
    return { ...plugin, onRequest: guarded };
  });
}
