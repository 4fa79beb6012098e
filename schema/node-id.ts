/** Turning the id inside a global ID back into a row condition, for `node(id:)`. */
import { visible, type Context } from './context.ts';
import { badInput } from './errors.ts';

export function parseRowId(id: string | number): number {
  const n = typeof id === 'number' ? id : Number(id);
  if (!Number.isSafeInteger(n) || n < 1) throw badInput(`Invalid ID: "${id}" does not name a Phalang record.`, 'id');
  return n;
}

/** For records with a publication status: drafts resolve to null for callers who may not see them. */
export const visibleRow = (id: string | number, ctx: Context) => ({ id: parseRowId(id), ...visible(ctx) });

/** For reference records that are always public (sources, areas). */
export const anyRow = (id: string | number) => ({ id: parseRowId(id) });
