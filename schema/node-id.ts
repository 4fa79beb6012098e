/** Turning the id inside a global ID back into a row condition, for `node(id:)`. */
import { badInput } from './errors.ts';

export function parseRowId(id: string | number): number {
  const n = typeof id === 'number' ? id : Number(id);
  if (!Number.isSafeInteger(n) || n < 1) throw badInput(`Invalid ID: "${id}" does not name a Phalang record.`, 'id');
  return n;
}

/** The row a node id names; the caller's reader decides whether it is visible (drafts resolve to null). */
export const rowWhere = (id: string | number) => ({ id: parseRowId(id) });
