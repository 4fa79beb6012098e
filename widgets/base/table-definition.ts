/**
 * What a Phalang table shows, apart from how: the document that loads its rows, where the
 * connection sits in the answer, its title, sources and columns. <phalang-table> has one for an
 * indicator's observations and borrows <phalang-enterprise-list>'s for `source="enterprises"`.
 */
import { html, type TemplateResult } from 'lit';
import type { WidgetDocumentName } from './graphql.ts';
import type { Lang } from './format.ts';
import type { Connection } from './paged-connection.ts';
import type { SourceInfo } from './phalang-element.ts';
import type { SortValue } from './sort-rows.ts';

// Members are written as methods: a definition for one row type then stands in for a table over a
// union of row types, and the table only ever hands it rows from its own document.
export interface Column<Row> {
  key: string;
  label: string;
  numeric?: boolean;
  /** Render this column's cells as row headers. */
  rowHeader?: boolean;
  /** Class of its cells. */
  cellClass?: string;
  sortValue(row: Row): SortValue;
  render(row: Row): unknown;
  /** The cell as plain text: in the compact layout, a column with one value in every row moves above the table. */
  text?(row: Row): string;
  /** Left out of the compact layout (the footer says the same). */
  wideOnly?: boolean;
}

/** What cells may depend on besides their row. */
export interface CellContext {
  lang: Lang;
  /** The narrow layout (see the table's `layout()`). */
  compact: boolean;
  /** The API's origin, for links to its /sources page. */
  origin: string;
}

export interface TableDefinition<Data, Row> {
  /** The persisted document that loads the rows. */
  document: WidgetDocumentName;
  connection(data: Data): Connection<Row>;
  title(data: Data, lang: Lang): string;
  sources(row: Row): SourceInfo[];
  /** The columns, given every loaded row (a column no row fills may be left out). */
  columns(rows: readonly Row[], data: Data, cx: CellContext): Column<Row>[];
}

/** A name in the reader's language. */
export const nameOf = (x: { nameTh: string; nameEn: string }, lang: Lang): string =>
  lang === 'th' ? x.nameTh : x.nameEn;

/** An empty cell: a dash to the eye, words to a screen reader. */
export const none = (lang: Lang): TemplateResult =>
  html`<span class="none" aria-hidden="true">—</span
    ><span class="sr-only">${lang === 'th' ? 'ไม่มีข้อมูล' : 'no data'}</span>`;
