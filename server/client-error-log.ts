/**
 * The server log: a caller's mistake (a malformed cursor or global ID, reported by Pothos) is one
 * "client error" line at info level, without a stack; only our own failures are ERR with a stack.
 */
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createLogger, type YogaLogger } from 'graphql-yoga';

/** Whether an error yoga is about to log was caused by what the caller sent. */
export function isClientMistake(error: unknown): boolean {
  if (error instanceof PothosValidationError) return true;
  return error instanceof GraphQLError && error.originalError instanceof PothosValidationError;
}

/** Wraps a logger so that client mistakes are logged as such. @default base: yoga's logger at LOG_LEVEL or info */
export function createPhalangLogger(
  base: YogaLogger = createLogger((process.env.LOG_LEVEL as 'info' | undefined) ?? 'info'),
): YogaLogger {
  return {
    ...base,
    error: (...args: unknown[]) => {
      const [first] = args;
      if (args.length === 1 && isClientMistake(first)) base.info(`client error: ${(first as Error).message}`);
      else base.error(...args);
    },
  };
}
