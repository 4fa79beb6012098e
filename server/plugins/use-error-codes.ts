/**
 * The error contract: expected errors keep their message and carry `extensions.code`;
 * anything unexpected is masked as "Unexpected error." (with the original logged), so no stack
 * trace or SQL ever reaches a client.
 */
import { PothosValidationError } from '@pothos/core';
import { createGraphQLError, maskError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import { GraphQLError } from 'graphql';

type MaskError = NonNullable<
  Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>
>['maskError'];

export const maskPhalangError: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // Pothos reports malformed global IDs and cursors with its own error class: the caller's mistake.
  if (original instanceof PothosValidationError) {
    const gqlError = error as GraphQLError;
    const friendly = friendlyPothosMessage(original.message);
    return createGraphQLError(friendly.message, {
      nodes: gqlError.nodes,
      path: gqlError.path,
      extensions: { code: 'BAD_USER_INPUT', ...(friendly.argument ? { argument: friendly.argument } : {}) },
    });
  }
  return maskError!(error, message, isDev);
};

function friendlyPothosMessage(message: string): { message: string; argument?: string } {
  // Pothos already says "Invalid cursor: …" / "Invalid global ID: …": keep its words, add the argument.
  if (/global ?id/i.test(message)) return { message, argument: 'id' };
  if (/cursor/i.test(message)) return { message, argument: 'after/before' };
  return { message };
}

/**
 * graphql-armor rejects over-limit queries while parsing, so its errors arrive as "Syntax Error:
 * … limit of N exceeded" with no code. Give them a code and drop the misleading prefix.
 */
export function useLimitErrorCodes(): Plugin {
  const rewrite = (error: GraphQLError): GraphQLError => {
    if (!/limit of \d+ exceeded/i.test(error.message) || error.extensions?.code) return error;
    return createGraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      nodes: error.nodes,
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !result.errors)
        return;
      const errors = (result.errors as GraphQLError[]).map(rewrite);
      setResult({ ...result, errors } as typeof result);
    },
  };
}
