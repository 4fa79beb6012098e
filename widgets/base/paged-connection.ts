/**
 * A Relay connection read page by page: the host's query brings the first page; this controller
 * fetches the next ones with the cursor when the host asks for more rows, drops them when a new
 * first page arrives (new filters or a refresh), and never lets a late answer to an old query in.
 * Shared by <phalang-table> and <phalang-enterprise-list>.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows per request: the API's largest page. */
export const FETCH_SIZE = 100;
/** At most this many rows are loaded (ten requests); beyond it the pager says only these can be browsed. */
export const MAX_ROWS = 1000;

export interface Connection<Row> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Row }[];
}

/** Sends the first page's query again for the rows after `after`. */
export type PageQuery<Data> = (after: string | null) => Promise<Data>;

export interface PagedConnectionOptions<Data, Row> {
  /** The first page, as the host's own query answered it (undefined until it has). */
  firstPage(): Data | undefined;
  /** The variables the host sends now: a change of them means new filters, not a refresh. */
  variables(): Record<string, unknown> | null;
  /** Where the connection sits in an answer. */
  connection(data: Data): Connection<Row>;
  /** The query for further pages, made when a first page arrives (so it keeps that page's document and variables). */
  pageQuery(variables: Record<string, unknown>): PageQuery<Data>;
  /** A new first page arrived; returns how many rows the host needs now (it may ask for more later). */
  onFirstPage(sameQuery: boolean): number;
  /** A further page failed (the first page's failure is the host's own error state). */
  onError(error: unknown): void;
}

export class PagedConnection<Data, Row> implements ReactiveController {
  /** Whether the API holds rows beyond those loaded. */
  hasMore = false;
  /** Further pages are on their way. */
  loading = false;
  /** The last request for further pages failed. */
  failed = false;

  private first?: Data;
  private key = '';
  private extra: Row[] = [];
  private cursor: string | null = null;
  private query: PageQuery<Data> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PagedConnectionOptions<Data, Row>,
  ) {
    host.addController(this);
  }

  /** Runs before each render (after the host's `willUpdate`), so a new first page is taken in before it is drawn. */
  hostUpdate(): void {
    const data = this.options.firstPage();
    if (data === this.first) return;
    const variables = this.options.variables();
    const key = JSON.stringify(variables);
    const sameQuery = key === this.key;
    // Drop the old rows; a request still running for them checks `first` and stops.
    this.first = data;
    this.key = key;
    this.extra = [];
    this.failed = false;
    this.loading = false;
    const connection = data && this.options.connection(data);
    this.cursor = connection?.pageInfo.endCursor ?? null;
    this.hasMore = !!connection?.pageInfo.hasNextPage && connection.edges.length > 0;
    this.query = data && variables ? this.options.pageQuery(variables) : null;
    const needed = this.options.onFirstPage(sameQuery);
    if (this.hasMore && needed > connection!.edges.length) void this.loadMore(needed);
  }

  /** Every loaded row of `data`'s connection, in the API's order (further pages only if `data` is the current first page). */
  rows(data: Data): Row[] {
    const first = this.options.connection(data).edges.map((e) => e.node);
    return data === this.first ? [...first, ...this.extra] : first;
  }

  /** Whether every row of `data`'s connection is loaded. */
  complete(data: Data): boolean {
    return !(data === this.first && this.hasMore);
  }

  /** Whether reaching `count` rows needs another request. */
  needs(count: number): boolean {
    return this.first !== undefined && this.hasMore && this.rows(this.first).length < count;
  }

  /**
   * Loads further pages until `until` rows are loaded (or all of them, or `MAX_ROWS`). Resolves true
   * when they are there for the same first page, false when it failed, was replaced or was busy.
   */
  async loadMore(until: number): Promise<boolean> {
    const data = this.first;
    const query = this.query;
    if (data === undefined || !query || this.loading) return false;
    this.loading = true;
    this.failed = false;
    this.host.requestUpdate();
    try {
      while (this.hasMore && this.first === data && this.rows(data).length < Math.min(until, MAX_ROWS)) {
        const next = await query(this.cursor);
        if (this.first !== data) return false;
        const connection = this.options.connection(next);
        this.extra = [...this.extra, ...connection.edges.map((e) => e.node)];
        this.cursor = connection.pageInfo.endCursor;
        this.hasMore = connection.pageInfo.hasNextPage && connection.edges.length > 0;
        this.host.requestUpdate();
      }
      return this.first === data;
    } catch (error) {
      if (this.first !== data) return false;
      this.failed = true;
      this.options.onError(error);
      return false;
    } finally {
      if (this.first === data) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }
}
