/**
 * A write transaction whose work decides whether it commits. Prisma rolls an interactive
 * transaction back only when its callback throws, so the one deliberate rollback is a private
 * sentinel (not an Error) thrown and caught here, and nowhere else.
 */
import { writeConnection, type PrismaClient } from '../client.ts';
import type { Tx } from './refs.ts';

/** What the work returns: its value, and whether what it wrote stays. */
export interface TransactionOutcome<T> {
  commit: boolean;
  value: T;
}

class Rollback<T> {
  constructor(readonly value: T) {}
}

/**
 * Runs `work` in one transaction on the write connection; commits when it returns
 * `{ commit: true }`, rolls back (without an error) when it returns `{ commit: false }`.
 */
export async function writeTransaction<T>(
  prisma: PrismaClient,
  work: (tx: Tx) => Promise<TransactionOutcome<T>>,
  options: { timeout: number; maxWait: number },
): Promise<T> {
  const connection = await writeConnection(prisma);
  try {
    return await connection.$transaction(async (tx) => {
      const outcome = await work(tx);
      if (!outcome.commit) throw new Rollback(outcome.value);
      return outcome.value;
    }, options);
  } catch (thrown) {
    if (thrown instanceof Rollback) return thrown.value as T;
    throw thrown;
  }
}
