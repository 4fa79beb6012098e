/**
 * Stops an operation that runs too long: at the deadline the executor is aborted (no further
 * field resolves) and the caller gets EXECUTION_TIMEOUT instead of waiting on. An executor that
 * ignores the signal (graphql-jit, for the widgets' trusted documents) is answered at the deadline
 * all the same; its remaining resolvers finish unobserved.
 */
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface ExecutionTimeoutOptions {
  /** Milliseconds an operation may execute (parsing and validation excluded). @default 10000 */
  timeoutMs?: number;
}

export const DEFAULT_EXECUTION_TIMEOUT_MS = 10_000;

export function useExecutionTimeout({
  timeoutMs = DEFAULT_EXECUTION_TIMEOUT_MS,
}: ExecutionTimeoutOptions = {}): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        // The error is made only when the deadline passes: building one (with its stack) on every
        // request cost about 1.5% of a widget request's time.
        let timeout: GraphQLError | undefined;
        const deadline = new AbortController();
        const timer = setTimeout(() => {
          timeout = createGraphQLError(`The query did not finish within ${timeoutMs} ms and was stopped.`, {
            extensions: { code: 'EXECUTION_TIMEOUT', timeoutMs },
          });
          deadline.abort(timeout);
        }, timeoutMs);
        const given = (args as { signal?: AbortSignal }).signal;
        const signal = given ? AbortSignal.any([given, deadline.signal]) : deadline.signal;
        const deadlinePassed = new Promise<{ errors: GraphQLError[] }>((resolve) =>
          deadline.signal.addEventListener('abort', () => resolve({ errors: [timeout!] }), { once: true }),
        );
        const execution = Promise.resolve(executeFn({ ...args, signal } as typeof args));
        try {
          return await Promise.race([execution, deadlinePassed]);
        } catch (error) {
          if (timeout) return { errors: [timeout] };
          throw error;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
