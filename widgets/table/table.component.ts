import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { EnterpriseKinds, labelOf, ObservationKinds } from '../../prisma/domain/labels.ts';
import { runQuery } from '../base/client.ts';
import { formatDate, formatNumber, formatPeriod, formatValue, type Lang } from '../base/format.ts';
import { msg } from '../base/messages.ts';
import { PhalangElement, type SourceInfo } from '../base/phalang-element.ts';
import type { EnterpriseListData, ObservationsData } from '../base/types.ts';
import { tableStyles } from './table.styles.ts';

type TableData = ObservationsData | EnterpriseListData;
type Observation = ObservationsData['indicator']['observations']['edges'][number]['node'];
type Enterprise = EnterpriseListData['enterprises']['edges'][number]['node'];
type Row = Observation | Enterprise;
type Connection = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Row }[];
};
type Label = Record<Lang, string>;

/** Rows per request: the API's largest page. */
export const FETCH_SIZE = 100;
/** At most this many rows are loaded (ten requests); beyond it the pager says only these can be browsed. */
export const MAX_ROWS = 1000;

/** This element's own words (the shared catalogue in messages.ts has the rest). */
const WORDS = {
  enterprises: { th: 'วิสาหกิจชุมชน', en: 'Community enterprises' },
  businessTypes: { th: 'ประเภทกิจการ', en: 'Business types' },
  observationKind: { th: 'ชนิดข้อมูล', en: 'Kind' },
  table: { th: 'ตาราง', en: 'Table' },
  columns: { th: 'คอลัมน์', en: 'columns' },
  pages: { th: 'เปลี่ยนหน้า', en: 'Pages' },
  ascending: { th: 'จากน้อยไปมาก', en: 'ascending' },
  descending: { th: 'จากมากไปน้อย', en: 'descending' },
  unsorted: { th: 'ตามลำดับเดิม', en: 'in the original order' },
  sorted: { th: 'เรียงแล้ว', en: 'Sorted' },
  noData: { th: 'ไม่มีข้อมูล', en: 'no data' },
} satisfies Record<string, Label>;

const word = (key: keyof typeof WORDS, lang: Lang) => WORDS[key][lang];
const count = (n: number, lang: Lang) => formatNumber(n, lang, 0);

/** "Rows 11–20 of 250", with a note when only the first `MAX_ROWS` can be browsed. */
export function rowsStatus(from: number, to: number, total: number, browsable: number, lang: Lang): string {
  const [a, b, n, cap] = [from, to, total, browsable].map((x) => count(x, lang));
  const capped = browsable < total;
  if (lang === 'th') return `รายการที่ ${a}–${b} จาก ${n}${capped ? ` (แสดงได้ ${cap} รายการแรก)` : ''}`;
  return `Rows ${a}–${b} of ${n}${capped ? ` (the first ${cap} shown)` : ''}`;
}

export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null;

/**
 * Sorts rows by a column's values: numbers as numbers, text with the language's collation (Thai
 * order for Thai), empty values last in either direction, ties in their original order.
 */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  direction: SortDirection,
  lang: Lang,
): T[] {
  const collator = collatorFor(lang);
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value == null || b.value == null) return a.value == null ? (b.value == null ? a.index - b.index : 1) : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}

const collators = new Map<Lang, Intl.Collator>();
function collatorFor(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang === 'th' ? 'th' : 'en', { numeric: true })));
  return c;
}

/** A comma-separated attribute as a list; enum values upper-cased (`farm-housewives-group` works too). */
export function listOf(value: string | undefined, asEnum = false): string[] {
  return (value ?? '')
    .split(',')
    .map((v) =>
      asEnum
        ? v
            .trim()
            .toUpperCase()
            .replace(/[-\s]+/g, '_')
        : v.trim(),
    )
    .filter(Boolean);
}

function connectionOf(data: TableData): Connection {
  return 'enterprises' in data ? data.enterprises : data.indicator.observations;
}

interface Column {
  key: string;
  label: string;
  numeric?: boolean;
  /** Render this column's cells as row headers. */
  rowHeader?: boolean;
  /** Class of its cells. */
  cellClass?: string;
  sortValue: (row: Row) => SortValue;
  render: (row: Row) => unknown;
  /** The cell as plain text: in the compact layout, a column with one value in every row moves above the table. */
  text?: (row: Row) => string;
  /** Left out of the compact layout (the footer says the same). */
  wideOnly?: boolean;
}

/** Below this width (of the table area) the table is compact: see `layout()`. */
export const COMPACT_WIDTH = 640;

/**
 * @summary A sortable, paged table: an indicator's observations (period, area, category, value,
 * source) or, with `source="enterprises"`, a list of community enterprises (name, kind, area,
 * business types). The table is itself the accessible form of the data.
 *
 * The pager counts the rows in view ("Rows 1–5 of 7" when five of a page's seven rows fit the
 * reserved height; scrolling the table updates it).
 *
 * Rows are loaded 100 at a time (the API's largest page): the next 100 when the reader pages past
 * what is loaded. Sorting is done in the browser over every row, so a sort first loads the rest
 * (up to 1,000 rows; beyond that the pager says only the first 1,000 are shown).
 *
 * @attr indicator - Indicator code (required unless `source="enterprises"`).
 * @attr source - `observations` (default: the indicator's observations) or `enterprises`.
 * @attr area - Area code; the area and everything inside it.
 * @attr fiscal-year - Thai fiscal year (B.E.); observations only.
 * @attr category - Category code(s), comma-separated; observations only.
 * @attr kind - Enterprise kind(s), comma-separated, e.g. `COMMUNITY_ENTERPRISE,OTOP_PRODUCER`; enterprises only.
 * @attr business-type - Business type code(s), comma-separated, e.g. `PLANT_PRODUCTION`; enterprises only.
 * @attr network - Slug of a network: its members only; enterprises only.
 * @attr page-size - Rows per page (default 10, at most 100).
 * @attr lang - `th` (default) or `en`.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr endpoint - API origin or GraphQL URL; defaults to the script's origin.
 * @attr refresh - Reload every this many seconds.
 * @attr heading - Replaces the title (the indicator name, or "Community enterprises").
 *
 * @event phalang-load - The data arrived; `detail.data` holds the first page.
 * @event phalang-error - Loading failed (the first page or a later one); `detail.message` says why.
 *
 * @csspart title - The title.
 * @csspart table - The table.
 * @csspart header - Each column header cell.
 * @csspart sort-button - The button in each column header that sorts by it.
 * @csspart row - Each body row.
 * @csspart pager - The row count and the Previous / Next buttons.
 * @csspart page-button - The Previous and Next buttons.
 * @csspart body - The table area (the table scrolls inside it; the pager stays below).
 * @csspart footer - Source line.
 * @csspart source - The source line.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The no-data message.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 * @csspart summary - The text summary (visually hidden).
 *
 * @cssprop --phalang-height - Height reserved for the widget (default 420px); the rows scroll inside it.
 * @cssprop --phalang-color-surface - Row hover and button background.
 * @cssprop --phalang-color-grid - Rules between rows.
 * @cssprop --phalang-color-accent - The active sort arrow.
 * @cssprop --phalang-color-text - Text colour.
 * @cssprop --phalang-color-muted - Secondary text (parent areas, the pager).
 * @cssprop --phalang-color-background - Background (also behind the sticky header).
 * @cssprop --phalang-font-family - Font (default: the host page's).
 */
export class PhalangTable extends PhalangElement<TableData> {
  static override styles = [...PhalangElement.styles, tableStyles];

  static override properties = {
    ...PhalangElement.properties,
    source: { type: String },
    kind: { type: String },
    businessType: { type: String, attribute: 'business-type' },
    network: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    page: { state: true },
    sortKey: { state: true },
    sortDirection: { state: true },
    extra: { state: true },
    loadingMore: { state: true },
    loadError: { state: true },
    announcement: { state: true },
    inView: { state: true },
  };

  /** `observations` (default) or `enterprises`. */
  source?: string;
  /** Enterprise kind(s), comma-separated (`source="enterprises"`). */
  kind?: string;
  /** Business type code(s), comma-separated (`source="enterprises"`). */
  businessType?: string;
  /** Network slug (`source="enterprises"`). */
  network?: string;
  /** Rows per page (default 10). */
  pageSize = 10;

  protected page = 0;
  protected sortKey: string | null = null;
  protected sortDirection: SortDirection = 'ascending';
  /** Rows loaded after the first page. */
  protected extra: Row[] = [];
  protected loadingMore = false;
  protected loadError = '';
  /** Said by a live region after a sort. */
  protected announcement = '';
  /**
   * The rows of this page in view in the scrolling area (first and last index): the pager counts
   * these, not the page, so "Rows 1–5 of 7" is what the reader sees. Null until measured.
   */
  protected inView: readonly [number, number] | null = null;
  private measureFrame = 0;

  /** The first page these rows extend, and where the API left off. */
  private baseData?: TableData;
  private baseKey = '';
  private cursor: string | null = null;
  private hasMore = false;

  private get enterpriseMode(): boolean {
    return this.source?.trim().toLowerCase() === 'enterprises';
  }

  protected get documentName() {
    return this.enterpriseMode ? ('WidgetEnterpriseList' as const) : ('WidgetIndicatorObservations' as const);
  }

  protected variables(): Record<string, unknown> | null {
    if (this.enterpriseMode) {
      const filter: Record<string, unknown> = {};
      if (this.area) filter.area = this.area;
      const kind = listOf(this.kind, true);
      if (kind.length) filter.kind = kind;
      const businessType = listOf(this.businessType);
      if (businessType.length) filter.businessType = businessType;
      if (this.network?.trim()) filter.network = this.network.trim();
      return { filter, first: FETCH_SIZE };
    }
    if (!this.indicator) return null;
    return { code: this.indicator, filter: this.observationFilter(), first: FETCH_SIZE };
  }

  private get rowsPerPage(): number {
    const n = Math.floor(Number(this.pageSize));
    return n >= 1 ? Math.min(n, FETCH_SIZE) : 10;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.task.value;
    if (data !== this.baseData) {
      // A new first page: new filters (start again at page 1) or a refresh (stay on the page).
      const key = JSON.stringify(this.variables());
      if (key !== this.baseKey) this.page = 0;
      this.baseData = data;
      this.baseKey = key;
      this.extra = [];
      this.loadError = '';
      this.loadingMore = false;
      const connection = data && connectionOf(data);
      this.cursor = connection?.pageInfo.endCursor ?? null;
      this.hasMore = !!connection?.pageInfo.hasNextPage && connection.edges.length > 0;
      // A sorted table needs every row; after a refresh, the page being read needs its rows again.
      const needed = this.sortKey ? MAX_ROWS : (this.page + 1) * this.rowsPerPage;
      if (this.hasMore && needed > connection!.edges.length) void this.loadMore(needed);
    }
    const previousSize = changed.get('pageSize') as number | undefined;
    if (previousSize !== undefined && previousSize > 0) {
      // Keep the first visible row on screen.
      this.page = Math.floor((this.page * Math.min(previousSize, FETCH_SIZE)) / this.rowsPerPage);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The base reloads for its own attributes; these are this element's. Only once it has loaded
    // at all: before it is near the viewport, nothing is fetched.
    const own = ['source', 'kind', 'businessType', 'network'];
    const base = ['endpoint', 'indicator', 'groupBy', 'area', 'fiscalYear', 'category'];
    if (
      this.task.status !== TaskStatus.INITIAL &&
      own.some((p) => changed.has(p)) &&
      !base.some((p) => changed.has(p))
    ) {
      void this.task.run();
    }
    if (changed.has('page')) {
      const scroller = this.renderRoot.querySelector('.scroll');
      if (scroller) scroller.scrollTop = 0;
    }
    this.measureInView();
  }

  /** Which of the page's rows are wholly inside the scrolling area, below the sticky header. */
  private measureInView() {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll');
    const rows = scroller ? Array.from(scroller.querySelectorAll('tbody tr'), (tr) => tr.getBoundingClientRect()) : [];
    let range: [number, number] | null = null;
    if (scroller && rows.length) {
      const box = scroller.getBoundingClientRect();
      const top = box.top + (scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0);
      const bottom = box.top + scroller.clientHeight;
      const whole = rows.flatMap((r, i) => (r.top >= top - 1 && r.bottom <= bottom + 1 ? [i] : []));
      // A row taller than the area is never whole: then count the rows that show at all.
      const any = rows.flatMap((r, i) => (r.bottom > top && r.top < bottom ? [i] : []));
      const shown = whole.length ? whole : any;
      if (shown.length) range = [shown[0]!, shown.at(-1)!];
    }
    if (range?.[0] !== this.inView?.[0] || range?.[1] !== this.inView?.[1]) this.inView = range;
  }

  private onScroll = () => {
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = requestAnimationFrame(() => this.measureInView());
  };

  /** Every loaded row, in the API's order. */
  private loadedRows(data: TableData): Row[] {
    const first = connectionOf(data).edges.map((e) => e.node);
    return data === this.baseData ? [...first, ...this.extra] : first;
  }

  /** Loads further pages with the cursor until `until` rows are loaded (or all, or `MAX_ROWS`). */
  private async loadMore(until: number): Promise<void> {
    const data = this.baseData;
    if (!data || !this.baseKey || this.loadingMore) return;
    // The variables and document of the first page, not the attributes as they are now.
    const variables = JSON.parse(this.baseKey) as Record<string, unknown> | null;
    if (!variables) return;
    const name = 'enterprises' in data ? 'WidgetEnterpriseList' : 'WidgetIndicatorObservations';
    this.loadingMore = true;
    this.loadError = '';
    try {
      while (this.hasMore && this.baseData === data && this.loadedRows(data).length < Math.min(until, MAX_ROWS)) {
        const result = await runQuery<TableData>(
          this.url,
          name,
          { ...variables, after: this.cursor },
          (this.refresh ?? 0) > 0,
        );
        if (this.baseData !== data) return;
        if (result.error) throw result.error;
        if (!result.data) throw new Error('empty response');
        const connection = connectionOf(result.data);
        this.extra = [...this.extra, ...connection.edges.map((e) => e.node)];
        this.cursor = connection.pageInfo.endCursor;
        this.hasMore = connection.pageInfo.hasNextPage && connection.edges.length > 0;
      }
    } catch (error) {
      if (this.baseData !== data) return;
      this.loadError = msg('error', this.uiLang);
      const message = error instanceof Error ? error.message : String(error);
      this.dispatchEvent(
        new CustomEvent('phalang-error', { detail: { message, error }, bubbles: true, composed: true }),
      );
    } finally {
      if (this.baseData === data) this.loadingMore = false;
    }
  }

  protected isEmpty(data: TableData) {
    return connectionOf(data).edges.length === 0;
  }

  protected titleOf(data: TableData) {
    if ('enterprises' in data) return word('enterprises', this.uiLang);
    return this.uiLang === 'th' ? data.indicator.nameTh : data.indicator.nameEn;
  }

  protected sourcesOf(data: TableData): SourceInfo[] {
    const seen = new Map<string, SourceInfo>();
    for (const row of this.loadedRows(data)) {
      for (const s of 'source' in row ? [row.source] : row.sources) if (!seen.has(s.key)) seen.set(s.key, s);
    }
    return [...seen.values()];
  }

  protected summaryOf(data: TableData) {
    const lang = this.uiLang;
    const total = count(connectionOf(data).totalCount, lang);
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

  private name(x: { nameTh: string; nameEn: string }): string {
    return this.uiLang === 'th' ? x.nameTh : x.nameEn;
  }

  private none() {
    return html`<span class="none" aria-hidden="true">—</span
      ><span class="sr-only">${word('noData', this.uiLang)}</span>`;
  }

  private columns(data: TableData): Column[] {
    return 'enterprises' in data ? this.enterpriseColumns(data) : this.observationColumns(data);
  }

  private observationColumns(data: ObservationsData): Column[] {
    const lang = this.uiLang;
    const { unit } = data.indicator;
    const rows = this.loadedRows(data) as Observation[];
    const o = (row: Row) => row as Observation;
    // A range wraps only after its dash: "ส.ค. 2567 –" / "พ.ย. 2567", never inside a date.
    const period = (r: Row) =>
      formatPeriod(o(r).period.start, o(r).period.end, lang)
        .replace(/ /g, '\u00a0')
        .replace(/–\u00a0/g, '– ');
    const columns: Column[] = [
      {
        key: 'period',
        label: msg('period', lang),
        cellClass: 'nowrap',
        sortValue: (r) => `${o(r).period.start}|${o(r).period.end}`,
        render: (r) => period(r),
        text: (r) => period(r),
      },
      {
        key: 'area',
        label: msg('area', lang),
        sortValue: (r) => (o(r).area ? this.name(o(r).area!) : null),
        render: (r) => (o(r).area ? this.name(o(r).area!) : this.none()),
        text: (r) => (o(r).area ? this.name(o(r).area!) : ''),
      },
    ];
    if (rows.some((r) => r.category)) {
      columns.push({
        key: 'category',
        label: msg('category', lang),
        // No category: the row is the total of its period and area.
        sortValue: (r) => (o(r).category ? this.name(o(r).category!) : msg('total', lang)),
        render: (r) =>
          o(r).category ? this.name(o(r).category!) : html`<span class="none">${msg('total', lang)}</span>`,
        text: (r) => (o(r).category ? this.name(o(r).category!) : msg('total', lang)),
      });
    }
    const kindOf = (r: Row) => labelOf(ObservationKinds, o(r).kind, lang);
    if (rows.some((r) => r.kind !== 'ACTUAL')) {
      columns.push({
        key: 'kind',
        label: word('observationKind', lang),
        // Compact: said under the value instead ("5 ครั้ง / เป้าหมาย").
        wideOnly: true,
        sortValue: kindOf,
        render: kindOf,
      });
    }
    columns.push(
      {
        key: 'value',
        label: msg('value', lang),
        numeric: true,
        sortValue: (r) => o(r).value,
        render: (r) =>
          html`${
            o(r).approximate
              ? html`<span class="approx" title=${msg('approximate', lang)} aria-hidden="true">≈</span
                  ><span class="sr-only">${msg('approximate', lang)}</span> `
              : nothing
          }${formatValue(o(r).value, unit, lang)}${
            this.compact && o(r).kind !== 'ACTUAL' ? html`<span class="sub">${kindOf(r)}</span>` : nothing
          }`,
      },
      {
        key: 'source',
        label: msg('source', lang),
        cellClass: 'source-cell',
        wideOnly: true,
        sortValue: (r) => `${this.publisher(o(r).source)}|${o(r).source.publishedOn}`,
        render: (r) => this.renderSource(o(r).source),
      },
    );
    return columns;
  }

  private enterpriseColumns(data: EnterpriseListData): Column[] {
    const lang = this.uiLang;
    const rows = this.loadedRows(data) as Enterprise[];
    const e = (row: Row) => row as Enterprise;
    const kindLabel = (r: Row) => labelOf(EnterpriseKinds, e(r).kind, lang);
    // The parent of a district or subdistrict says where it is; a province's parent (the country) says nothing.
    const parentOf = (r: Row) => {
      const parent = e(r).area?.parent;
      return parent && parent.code.includes('-') ? this.name(parent) : null;
    };
    const types = (r: Row) =>
      e(r)
        .businessTypes.map((t) => this.name(t))
        .join(', ');
    const columns: Column[] = [
      {
        key: 'name',
        label: msg('name', lang),
        rowHeader: true,
        cellClass: 'name',
        sortValue: (r) => this.name(e(r)),
        render: (r) => this.name(e(r)),
      },
      { key: 'kind', label: msg('kind', lang), sortValue: kindLabel, render: kindLabel, text: kindLabel },
      {
        key: 'area',
        label: msg('area', lang),
        sortValue: (r) => (e(r).area ? `${this.name(e(r).area!)}|${parentOf(r) ?? ''}` : null),
        render: (r) => {
          const area = e(r).area;
          if (!area) return this.none();
          const parent = parentOf(r);
          return html`${this.name(area)}${parent ? html`<span class="sub">${parent}</span>` : nothing}`;
        },
        text: (r) => (e(r).area ? [this.name(e(r).area!), parentOf(r)].filter(Boolean).join(', ') : ''),
      },
    ];
    // Shown when any loaded row has a business type; otherwise an empty column would only take room.
    if (rows.some((r) => r.businessTypes.length > 0)) {
      columns.push({
        key: 'businessTypes',
        label: word('businessTypes', lang),
        sortValue: (r) => types(r) || null,
        render: (r) => types(r) || this.none(),
        text: types,
      });
    }
    return columns;
  }

  private publisher(s: SourceInfo): string {
    return this.uiLang === 'th' ? s.publisherTh : s.publisherEn;
  }

  private renderSource(s: SourceInfo) {
    const lang = this.uiLang;
    const href = s.url ?? `${new URL(this.url).origin}/sources#${s.key}`;
    return html`<a href=${href} target="_blank" rel="noopener" title=${lang === 'th' ? s.title : s.titleEn}
      >${this.publisher(s)}, <span class="nowrap">${formatDate(s.publishedOn, lang)}</span></a
    >`;
  }

  /** Whether the table area is narrow (measured by the base; 0 until it has been). */
  private get compact(): boolean {
    return this.width > 0 && this.width < COMPACT_WIDTH;
  }

  /**
   * The columns shown, and a line of context above them. Wide, every column. Compact (narrow
   * frames, e.g. phones): no source column (the footer lists the sources), and a column whose
   * every loaded row says the same (one period, one area) moves to the context line, so the
   * values keep their room.
   */
  private layout(data: TableData, columns: Column[]): { shown: Column[]; context: string[] } {
    if (!this.compact) return { shown: columns, context: [] };
    const rows = this.loadedRows(data);
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

  /** What the pager shows: this page's rows and the counts around them. */
  private view(data: TableData, columns: Column[]) {
    const size = this.rowsPerPage;
    const loaded = this.loadedRows(data);
    const total = connectionOf(data).totalCount;
    const complete = !(data === this.baseData && this.hasMore);
    // How many rows can be paged through: all of them, or the first MAX_ROWS.
    const browsable = complete ? loaded.length : Math.min(Math.max(total, loaded.length), MAX_ROWS);
    const lastPage = Math.max(0, Math.ceil(browsable / size) - 1);
    const page = Math.min(this.page, lastPage);
    const column = columns.find((c) => c.key === this.sortKey);
    const ordered = column ? sortRows(loaded, column.sortValue, this.sortDirection, this.uiLang) : loaded;
    const start = page * size;
    return {
      rows: ordered.slice(start, start + size),
      column,
      page,
      lastPage,
      start,
      total: complete ? loaded.length : Math.max(total, loaded.length),
      browsable,
      size,
    };
  }

  private sortBy(column: Column) {
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
    this.page = 0;
    this.announcement = this.sortKey
      ? `${word('sorted', lang)}: ${column.label}, ${word(this.sortDirection, lang)}`
      : `${word('sorted', lang)}: ${word('unsorted', lang)}`;
    // A sort is over every row, so load the rest first (the table re-sorts as they arrive).
    if (this.sortKey && this.hasMore) void this.loadMore(MAX_ROWS);
  }

  private goTo(page: number, lastPage: number) {
    if (page < 0 || page > lastPage) return;
    const needed = (page + 1) * this.rowsPerPage;
    const data = this.baseData;
    if (data && this.hasMore && this.loadedRows(data).length < needed) {
      if (this.loadingMore) return;
      void this.loadMore(needed).then(() => {
        if (this.baseData === data && !this.loadError) this.page = page;
      });
      return;
    }
    this.page = page;
  }

  protected renderData(data: TableData): TemplateResult {
    const lang = this.uiLang;
    const columns = this.columns(data);
    const v = this.view(data, columns);
    const { shown, context } = this.layout(data, columns);
    const title = this.heading || this.titleOf(data);
    // The rows in view, once measured (the page's rows may not all fit the reserved height).
    const [from, to] = this.inView && this.inView[1] < v.rows.length ? this.inView : [0, v.rows.length - 1];
    const first = v.rows.length ? v.start + from + 1 : 0;
    const last = v.rows.length ? v.start + to + 1 : 0;
    const atStart = v.page === 0;
    const atEnd = v.page >= v.lastPage;
    return html`${context.length ? html`<p class="context" aria-hidden="true">${context.join(' · ')}</p>` : nothing}
      <div class="scroll" @scroll=${this.onScroll}>
        <table part="table" class=${this.compact ? 'compact' : ''} aria-busy=${this.loadingMore ? 'true' : 'false'}>
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
      <div class="pager" part="pager">
        <span class="status" role="status"
          >${
            this.loadError
              ? html`<span class="load-error">${this.loadError}</span>`
              : this.loadingMore
                ? msg('loading', lang)
                : rowsStatus(first, last, v.total, v.browsable, lang)
          }</span
        >
        <span class="sr-only" role="status">${this.announcement}</span>
        ${
          v.lastPage > 0
            ? html`<div class="pages" role="group" aria-label=${word('pages', lang)}>
                <button
                  part="page-button"
                  aria-disabled=${atStart ? 'true' : 'false'}
                  @click=${() => this.goTo(v.page - 1, v.lastPage)}
                >
                  <span aria-hidden="true">‹</span> ${msg('previousPage', lang)}
                </button>
                <button
                  part="page-button"
                  aria-disabled=${atEnd || this.loadingMore ? 'true' : 'false'}
                  @click=${() => this.goTo(v.page + 1, v.lastPage)}
                >
                  ${msg('next', lang)} <span aria-hidden="true">›</span>
                </button>
              </div>`
            : nothing
        }
      </div>`;
  }
}
