/**
 * The error contract: expected errors keep their message and carry `extensions.code`;
 * anything unexpected is masked as "Unexpected error." (with the original logged), so no stack
 * trace or SQL ever reaches a client.
 */
import { PothosValidationError } from '@pothos/core';
import { createGraphQLError, maskError, type YogaServerOptions } from 'graphql-yoga';
import { GraphQLError } from 'graphql';

type MaskError = NonNullable<
  Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>
>['maskError'];

export const maskPhalangError: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // Pothos reports malformed global IDs and cursors with its own error class: the caller's mistake.
  if (original instanceof PothosValidationError) {
    const gqlError = error as GraphQLError;
    return createGraphQLError(friendlyPothosMessage(original.message), {
      nodes: gqlError.nodes,
      path: gqlError.path,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return maskError!(error, message, isDev);
};

function friendlyPothosMessage(message: string): string {
  if (/global ?id/i.test(message)) return `Invalid ID: ${message}`;
  if (/cursor/i.test(message)) return `Invalid cursor: ${message}`;
  return message;
}
