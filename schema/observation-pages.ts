/**
 * The observations connection's reads, batched per request: every indicator in a response that
 * asks for the same page (filter, size, cursor, fields) shares one page statement (whole rows when
 * no relation is asked for; else ids, then the rows with their relations) and one count, so a list
 * of indicators costs as many statements as one.
 */
import DataLoader from 'dataloader';
import type { ObservationModel } from '../prisma/client.ts';
import { observationCounts } from './analytics/observation-count.ts';
import { observationPageIds, observationPageRows } from './analytics/observation-page.ts';
import { prismaRow } from '../prisma/sql-rows.ts';
import type { Context } from './context.ts';
import type { ObservationFilterValue } from './types/indicator.ts';

type Selection = Record<string, unknown>;
/** The row with whatever relations the selection includes. */
type Row = ObservationModel;

const perRequest = new WeakMap<Context, Map<string, DataLoader<number, unknown>>>();

function loaderFor<V>(ctx: Context, key: string, load: (ids: readonly number[]) => Promise<Map<number, V>>) {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(key) as DataLoader<number, V> | undefined;
  if (!loader) {
    loader = new DataLoader<number, V>(async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id)!);
    });
    loaders.set(key, loader as DataLoader<number, unknown>);
  }
  return loader;
}

/** One page of an indicator's observations (forward: `limit` rows after `after`), with `selection`. */
export function observationPage(
  ctx: Context,
  indicatorId: number,
  filter: ObservationFilterValue | null | undefined,
  after: number | null,
  limit: number,
  selection: Selection,
): Promise<Row[]> {
  const key = JSON.stringify(['page', filter ?? null, after, limit, selection]);
  return loaderFor<Row[]>(ctx, key, async (indicatorIds) => {
    // A selection that asks for no relation (the observations widget's: its area, category and
    // source come from loaders) is every column: the page statement reads them itself.
    if (Object.keys(selection).length === 0) {
      const pages = await observationPageRows(ctx.sql, indicatorIds, filter, after, limit);
      return new Map(
        [...pages].map(([indicatorId, page]) => [indicatorId, page.map((r) => prismaRow('Observation', r))]),
      );
    }
    const pages = await observationPageIds(ctx.sql, indicatorIds, filter, after, limit);
    const ids = [...pages.values()].flat();
    // The rows with their relations through the request's reader, which applies the public rule again.
    const rows = !ids.length
      ? []
      : ((await ctx.prisma.observation.findMany({ ...selection, where: { id: { in: ids } } })) as Row[]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return new Map(
      [...pages].map(([indicatorId, page]) => [indicatorId, page.map((id) => byId.get(id)).filter((r) => !!r)]),
    );
  }).load(indicatorId);
}

/** How many of an indicator's observations the filter selects. */
export function observationTotal(
  ctx: Context,
  indicatorId: number,
  filter: ObservationFilterValue | null | undefined,
): Promise<number> {
  const key = JSON.stringify(['count', filter ?? null]);
  return loaderFor<number>(ctx, key, (ids) => observationCounts(ctx.sql, ids, filter)).load(indicatorId);
}
