/** Expected errors: each a GraphQLError with a stable `extensions.code` that clients can branch on. */
import { GraphQLError } from 'graphql';

export function notFound(what: string, key: string, argument?: string): GraphQLError {
  return new GraphQLError(`No ${what} with ${argument ?? 'code'} "${key}".`, {
    extensions: { code: 'NOT_FOUND', ...(argument ? { argument } : {}) },
  });
}

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

/** The record a look-up found, or NOT_FOUND naming what was asked for. */
export async function found<T>(lookup: Promise<T | null>, what: string, key: string, argument: string): Promise<T> {
  const row = await lookup;
  if (!row) throw notFound(what, key, argument);
  return row;
}
