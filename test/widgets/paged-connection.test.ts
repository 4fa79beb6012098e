/**
 * The paged-connection controller on its own, over a connection of numbered rows served a page at a
 * time: it loads until asked, drops rows when a new first page arrives (and ignores late answers
 * for the old one), and reports a failed page as a value and a callback, never a throw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, PagedConnection, type Connection } from '../../widgets/base/paged-connection.ts';

type Data = { list: Connection<number> };

/** A connection of `total` rows numbered from `base`, `size` to a page; cursors are row offsets. */
function pageOf(base: number, total: number, size: number, after: string | null): Data {
  const from = after ? Number(after) : 0;
  const rows = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, i) => base + from + i);
  const end = from + rows.length;
  return {
    list: {
      totalCount: total,
      pageInfo: { hasNextPage: end < total, endCursor: rows.length ? String(end) : null },
      edges: rows.map((node) => ({ node })),
    },
  };
}

/** A host that renders nothing: each update runs the controller's `hostUpdate`, as Lit does before render. */
function setup(options: { total: number; size?: number; needed?: number; failAt?: number }) {
  const size = options.size ?? 10;
  let first: Data | undefined;
  let variables: Record<string, unknown> = { base: 0 };
  const errors: unknown[] = [];
  const resets: boolean[] = [];
  const requests: (string | null)[] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const controllers: ReactiveController[] = [];
  const host = {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  } satisfies ReactiveControllerHost;
  const pages = new PagedConnection<Data, number>(host, {
    firstPage: () => first,
    variables: () => variables,
    connection: (data) => data.list,
    pageQuery: (vars) => async (after) => {
      requests.push(after);
      if (hold) await new Promise<void>((r) => (release = r));
      if (options.failAt !== undefined && Number(after) >= options.failAt) throw new Error('page failed');
      return pageOf(Number(vars.base), options.total, size, after);
    },
    onFirstPage: (sameQuery) => {
      resets.push(sameQuery);
      return options.needed ?? size;
    },
    onError: (error) => errors.push(error),
  });
  const update = () => controllers.forEach((c) => c.hostUpdate?.());
  const arrive = (vars: Record<string, unknown>) => {
    variables = vars;
    first = pageOf(Number(vars.base), options.total, size, null);
    update();
    return first;
  };
  return { pages, arrive, errors, resets, requests, holdNext: () => (hold = true), release: () => release?.() };
}

describe('PagedConnection', () => {
  it('loads further pages with the cursor until the rows asked for are there', async () => {
    const t = setup({ total: 35 });
    const data = t.arrive({ base: 0 });
    expect(t.pages.rows(data)).toHaveLength(10);
    expect(t.pages.needs(25)).toBe(true);
    expect(await t.pages.loadMore(25)).toBe(true);
    expect(t.requests).toEqual(['10', '20']);
    expect(t.pages.rows(data)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(t.pages.complete(data)).toBe(false);
    await t.pages.loadMore(MAX_ROWS);
    expect(t.pages.rows(data)).toHaveLength(35);
    expect(t.pages.complete(data)).toBe(true);
    expect(t.pages.needs(36)).toBe(false);
  });

  it('loads what the host needs as soon as a first page arrives', async () => {
    const t = setup({ total: 50, needed: 30 });
    const data = t.arrive({ base: 0 });
    await new Promise((r) => setTimeout(r, 0));
    expect(t.pages.rows(data)).toHaveLength(30);
  });

  it('tells a refresh from new filters, and drops the old rows', async () => {
    const t = setup({ total: 35 });
    const a = t.arrive({ base: 0 });
    await t.pages.loadMore(20);
    const b = t.arrive({ base: 0 });
    expect(t.resets).toEqual([false, true]);
    expect(t.pages.rows(b)).toHaveLength(10);
    // Rows of a replaced first page are only its own page.
    expect(t.pages.rows(a)).toHaveLength(10);
    t.arrive({ base: 1000 });
    expect(t.resets).toEqual([false, true, false]);
  });

  it('ignores a late answer for a first page that was replaced', async () => {
    const t = setup({ total: 35 });
    t.arrive({ base: 0 });
    t.holdNext();
    const late = t.pages.loadMore(20);
    const b = t.arrive({ base: 1000 });
    t.release();
    expect(await late).toBe(false);
    expect(t.pages.rows(b)).toEqual(Array.from({ length: 10 }, (_, i) => 1000 + i));
    expect(t.pages.loading).toBe(false);
  });

  it('reports a failed page through onError and `failed`, and resolves false', async () => {
    const t = setup({ total: 35, failAt: 20 });
    const data = t.arrive({ base: 0 });
    expect(await t.pages.loadMore(30)).toBe(false);
    expect(t.pages.rows(data)).toHaveLength(20);
    expect(t.pages.failed).toBe(true);
    expect(t.pages.loading).toBe(false);
    expect(t.errors.map((e) => (e as Error).message)).toEqual(['page failed']);
  });
});
