/**
 * The error model. Reads fail with a GraphQLError carrying a stable `extensions.code` that clients
 * can branch on; writes never throw for a refused row but answer `FieldError` values
 * (prisma/records/problems.ts). A missing record has one wording for both (`notFoundText`).
 */
import { GraphQLError } from 'graphql';
import { notFoundText } from '../prisma/records/problems.ts';

/**
 * NOT_FOUND for a look-up by `keyName` (`No enterprise with slug "x".`); `argument` names the
 * argument at fault where it differs from the key (`filter.area`).
 */
export function notFound(what: string, key: string, keyName = 'code', argument?: string): GraphQLError {
  return new GraphQLError(`${notFoundText({ th: what, en: what }, keyName, key).en}.`, {
    extensions: { code: 'NOT_FOUND', argument: argument ?? keyName },
  });
}

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

/** The record a look-up found, or NOT_FOUND naming what was asked for. */
export async function found<T>(lookup: Promise<T | null>, what: string, key: string, keyName: string): Promise<T> {
  const row = await lookup;
  if (!row) throw notFound(what, key, keyName);
  return row;
}
