/**
 * GraphQL over HTTP: under `application/graphql-response+json`, a response without `data` (the
 * request failed before execution: no query, a refused limit, an unknown document id) must not
 * say 200. Errors that name no status get 400; under `application/json` the spec keeps 200, which
 * yoga applies to statuses marked `spec`. Unexpected errors keep yoga's 500.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export function useGraphQLResponseStatus(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || 'data' in result) return;
      const errors = (result as { errors?: readonly GraphQLError[] }).errors;
      if (!errors?.length || errors.some((e) => e.extensions?.http || e.extensions?.unexpected)) return;
      setResult({
        ...result,
        errors: errors.map((e) =>
          createGraphQLError(e.message, {
            nodes: e.nodes,
            source: e.source,
            positions: e.positions,
            path: e.path,
            originalError: e.originalError,
            extensions: { ...e.extensions, http: { spec: true, status: 400 } },
          }),
        ),
      } as typeof result);
    },
  };
}
