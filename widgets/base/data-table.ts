/**
 * The body shared by Phalang's tables (<phalang-table>, <phalang-enterprise-list>): sortable column
 * headers, a pager that counts the rows in view (table-pager.ts), a compact layout for narrow
 * frames, over rows that a PagedConnection loads 100 at a time. What the rows are comes from a
 * TableDefinition.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { runQuery } from './client.ts';
import { formatNumber, type Lang } from './format.ts';
import { msg } from './messages.ts';
import { FETCH_SIZE, MAX_ROWS, PagedConnection } from './paged-connection.ts';
import { PhalangElement, type SourceInfo } from './phalang-element.ts';
import { rowsInView } from './rows-in-view.ts';
import { sortRows, type SortDirection } from './sort-rows.ts';
import type { Column, TableDefinition } from './table-definition.ts';
import { paging, renderPager } from './table-pager.ts';
import { dataTableStyles } from './data-table.styles.ts';

/** Below this width (of the table area) the table is compact: see `layout()`. */
export const COMPACT_WIDTH = 640;

const WORDS = {
  table: { th: 'ตาราง', en: 'Table' },
  columns: { th: 'คอลัมน์', en: 'columns' },
  ascending: { th: 'จากน้อยไปมาก', en: 'ascending' },
  descending: { th: 'จากมากไปน้อย', en: 'descending' },
  unsorted: { th: 'ตามลำดับเดิม', en: 'in the original order' },
  sorted: { th: 'เรียงแล้ว', en: 'Sorted' },
} satisfies Record<string, Record<Lang, string>>;
const word = (key: keyof typeof WORDS, lang: Lang) => WORDS[key][lang];
const count = (n: number, lang: Lang) => formatNumber(n, lang, 0);

export abstract class DataTableElement<Data, Row> extends PhalangElement<Data> {
  static override styles = [...PhalangElement.styles, dataTableStyles];

  static override properties = {
    ...PhalangElement.properties,
    pageSize: { type: Number, attribute: 'page-size' },
  };

  /** Rows per page (default 10, at most 100). */
  pageSize = 10;

  /** What the table shows, as its attributes ask now. */
  protected abstract get definition(): TableDefinition<Data, Row>;
  /** The definition that fetched `data` (differs from `definition` only while an attribute change reloads). */
  protected definitionOf(_data: Data): TableDefinition<Data, Row> {
    return this.definition;
  }
  /** This element's own attributes (properties) that change what is fetched; the base reloads for its own. */
  protected readonly reloadOn: readonly string[] = [];

  protected get documentName() {
    return this.definition.document;
  }

  protected readonly pages = new PagedConnection<Data, Row>(this, {
    firstPage: () => this.task.value,
    variables: () => this.variables(),
    connection: (data) => this.definitionOf(data).connection(data),
    pageQuery: (variables) => {
      const [url, name, fresh] = [this.url, this.documentName, (this.refresh ?? 0) > 0];
      return async (after) => {
        const result = await runQuery<Data>(url, name, { ...variables, after }, fresh);
        if (result.error) throw result.error;
        if (!result.data) throw new Error('empty response');
        return result.data;
      };
    },
    onFirstPage: (sameQuery) => {
      // New filters start again at page 1; a refresh stays on the page, which needs its rows again.
      if (!sameQuery) this.page = 0;
      return this.sortKey ? MAX_ROWS : (this.page + 1) * this.rowsPerPage;
    },
    onError: (error) => this.reportError(error),
  });

  // View state: plain fields (re-rendered with requestUpdate), so the manifest does not list them as attributes.
  protected page = 0;
  protected sortKey: string | null = null;
  protected sortDirection: SortDirection = 'ascending';
  /** Said by a live region after a sort. */
  protected announcement = '';
  /** The rows of this page in view in the scrolling area (first and last index); null until measured. */
  protected inView: readonly [number, number] | null = null;
  private measureFrame = 0;
  private pageTurned = false;

  private get rowsPerPage(): number {
    const n = Math.floor(Number(this.pageSize));
    return n >= 1 ? Math.min(n, FETCH_SIZE) : 10;
  }

  /** Whether the table area is narrow (measured by the base; 0 until it has been). */
  protected get compact(): boolean {
    return this.width > 0 && this.width < COMPACT_WIDTH;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previousSize = changed.get('pageSize') as number | undefined;
    // Keep the first visible row on screen.
    if (previousSize !== undefined && previousSize > 0)
      this.page = Math.floor((this.page * Math.min(previousSize, FETCH_SIZE)) / this.rowsPerPage);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only once it has loaded at all: before it is near the viewport, nothing is fetched.
    const base = ['endpoint', 'indicator', 'groupBy', 'area', 'fiscalYear', 'category'];
    if (
      this.task.status !== TaskStatus.INITIAL &&
      this.reloadOn.some((p) => changed.has(p)) &&
      !base.some((p) => changed.has(p))
    )
      void this.task.run();
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (this.pageTurned && scroller) scroller.scrollTop = 0;
    this.pageTurned = false;
    this.measureInView();
  }

  private setPage(page: number) {
    if (page !== this.page) this.pageTurned = true;
    this.page = page;
    this.requestUpdate();
  }

  private measureInView() {
    const range = rowsInView(this.renderRoot.querySelector<HTMLElement>('.scroll'));
    if (range?.[0] === this.inView?.[0] && range?.[1] === this.inView?.[1]) return;
    this.inView = range;
    this.requestUpdate();
  }

  private onScroll = () => {
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = requestAnimationFrame(() => this.measureInView());
  };

  protected isEmpty(data: Data) {
    return this.definitionOf(data).connection(data).edges.length === 0;
  }

  protected titleOf(data: Data) {
    return this.definitionOf(data).title(data, this.uiLang);
  }

  protected sourcesOf(data: Data): SourceInfo[] {
    const seen = new Map<string, SourceInfo>();
    const definition = this.definitionOf(data);
    for (const row of this.pages.rows(data))
      for (const s of definition.sources(row)) if (!seen.has(s.key)) seen.set(s.key, s);
    return [...seen.values()];
  }

  protected summaryOf(data: Data) {
    const lang = this.uiLang;
    const total = count(this.definitionOf(data).connection(data).totalCount, lang);
    const columns = this.columns(data)
      .map((c) => c.label)
      .join(', ');
    return lang === 'th'
      ? `${word('table', lang)}${this.titleOf(data)} ${total} ${msg('rows', lang)} ${word('columns', lang)} ${columns}`
      : `${word('table', lang)}: ${this.titleOf(data)}, ${total} ${msg('rows', lang)}; ${word('columns', lang)}: ${columns}.`;
  }

  /** No "show as table" toggle: the element is the table. */
  protected override renderTable(): typeof nothing {
    return nothing;
  }

  private columns(data: Data): Column<Row>[] {
    const cx = { lang: this.uiLang, compact: this.compact, origin: new URL(this.url).origin };
    return this.definitionOf(data).columns(this.pages.rows(data), data, cx);
  }

  /**
   * The columns shown, and a line of context above them. Wide, every column. Compact (narrow
   * frames, e.g. phones): no wide-only column (the footer lists the sources), and a column whose
   * every loaded row says the same (one period, one area) moves to the context line, so the
   * values keep their room.
   */
  private layout(data: Data, columns: Column<Row>[]): { shown: Column<Row>[]; context: string[] } {
    if (!this.compact) return { shown: columns, context: [] };
    const rows = this.pages.rows(data);
    const context: string[] = [];
    const shown = columns.filter((c) => {
      if (c.wideOnly) return false;
      if (!c.text || rows.length < 2) return true;
      const first = c.text(rows[0]!);
      if (!first || rows.some((r) => c.text!(r) !== first)) return true;
      context.push(first);
      return false;
    });
    return { shown, context };
  }

  /** This page's rows (sorted if a column is) and where they fall among all rows. */
  private view(data: Data, columns: Column<Row>[]) {
    const size = this.rowsPerPage;
    const loaded = this.pages.rows(data);
    const total = this.definitionOf(data).connection(data).totalCount;
    const p = paging(this.page, size, loaded.length, total, this.pages.complete(data));
    const column = columns.find((c) => c.key === this.sortKey);
    const ordered = column ? sortRows(loaded, (r) => column.sortValue(r), this.sortDirection, this.uiLang) : loaded;
    return { ...p, rows: ordered.slice(p.start, p.start + size), column };
  }

  private sortBy(column: Column<Row>) {
    const lang = this.uiLang;
    // Ascending, then descending, then back to the API's order.
    if (this.sortKey !== column.key) {
      this.sortKey = column.key;
      this.sortDirection = 'ascending';
    } else if (this.sortDirection === 'ascending') {
      this.sortDirection = 'descending';
    } else {
      this.sortKey = null;
    }
    this.setPage(0);
    this.announcement = this.sortKey
      ? `${word('sorted', lang)}: ${column.label}, ${word(this.sortDirection, lang)}`
      : `${word('sorted', lang)}: ${word('unsorted', lang)}`;
    // A sort is over every row, so load the rest first (the table re-sorts as they arrive).
    if (this.sortKey && this.pages.hasMore) void this.pages.loadMore(MAX_ROWS);
  }

  private goTo(page: number, lastPage: number) {
    if (page < 0 || page > lastPage) return;
    const needed = (page + 1) * this.rowsPerPage;
    if (!this.pages.needs(needed)) return this.setPage(page);
    if (this.pages.loading) return;
    void this.pages.loadMore(needed).then((loaded) => loaded && this.setPage(page));
  }

  protected renderData(data: Data): TemplateResult {
    const columns = this.columns(data);
    const v = this.view(data, columns);
    const { shown, context } = this.layout(data, columns);
    const title = this.heading || this.titleOf(data);
    return html`${context.length ? html`<p class="context" aria-hidden="true">${context.join(' · ')}</p>` : nothing}
      <div class="scroll" @scroll=${this.onScroll}>
        <table part="table" class=${this.compact ? 'compact' : ''} aria-busy=${this.pages.loading ? 'true' : 'false'}>
          <caption>
            ${title}${context.length ? ` (${context.join(', ')})` : ''}
          </caption>
          <thead>
            <tr>
              ${shown.map((c) => {
                const sorted = v.column === c ? this.sortDirection : 'none';
                return html`<th scope="col" part="header" class=${c.numeric ? 'num' : ''} aria-sort=${sorted}>
                  <button class="sort" part="sort-button" @click=${() => this.sortBy(c)}>
                    ${c.label}<span class="arrow" aria-hidden="true"
                      >${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span
                    >
                  </button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${v.rows.map(
              (row) =>
                html`<tr part="row">
                  ${shown.map((c) =>
                    c.rowHeader
                      ? html`<th scope="row" class=${c.cellClass ?? ''}>${c.render(row)}</th>`
                      : html`<td class=${c.numeric ? 'num' : (c.cellClass ?? '')}>${c.render(row)}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${renderPager({
        lang: this.uiLang,
        paging: v,
        rows: v.rows.length,
        inView: this.inView,
        loading: this.pages.loading,
        failed: this.pages.failed,
        announcement: this.announcement,
        goTo: (page) => this.goTo(page, v.lastPage),
      })}`;
  }
}
