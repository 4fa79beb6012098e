/** Page-size rules shared by every connection (applied by plugins/field-rules.ts). */
import { GraphQLError } from 'graphql';

/** The largest page any connection returns. */
export const MAX_PAGE_SIZE = 100;

/**
 * Checks `first`/`last` and returns the cap. Asking for more than the cap is an error, not a
 * silent truncation: a client that asked for 1000 rows and got 100 would think it has them all.
 */
export function pageSize(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`Argument "${name}" must be between 0 and ${MAX_PAGE_SIZE}; got ${value}.`, {
        extensions: { code: 'BAD_USER_INPUT', argument: name, max: MAX_PAGE_SIZE },
      });
    }
  }
  return MAX_PAGE_SIZE;
}
