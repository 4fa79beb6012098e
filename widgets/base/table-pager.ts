/**
 * The tables' pager: which rows a page holds, the honest "Rows a–b of n" (the rows in view, not
 * the page), and the Previous / Next buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, type Lang } from './format.ts';
import { msg } from './messages.ts';
import { MAX_ROWS } from './paged-connection.ts';

const PAGES: Record<Lang, string> = { th: 'เปลี่ยนหน้า', en: 'Pages' };

/** "Rows 11–20 of 250", with a note when only the first `MAX_ROWS` can be browsed. */
export function rowsStatus(from: number, to: number, total: number, browsable: number, lang: Lang): string {
  const [a, b, n, cap] = [from, to, total, browsable].map((x) => formatNumber(x, lang, 0));
  const capped = browsable < total;
  if (lang === 'th') return `รายการที่ ${a}–${b} จาก ${n}${capped ? ` (แสดงได้ ${cap} รายการแรก)` : ''}`;
  return `Rows ${a}–${b} of ${n}${capped ? ` (the first ${cap} shown)` : ''}`;
}

export interface Paging {
  /** The page shown (the one asked for, or the last there is). */
  page: number;
  lastPage: number;
  /** Index of the page's first row among all rows. */
  start: number;
  /** The count the pager states: every row, or the API's total while more are to load. */
  total: number;
  /** How many rows can be paged through: all of them, or the first `MAX_ROWS`. */
  browsable: number;
}

/** Where page `page` of `size` rows falls among `loaded` rows of `total` (`complete`: every row is loaded). */
export function paging(page: number, size: number, loaded: number, total: number, complete: boolean): Paging {
  const browsable = complete ? loaded : Math.min(Math.max(total, loaded), MAX_ROWS);
  const lastPage = Math.max(0, Math.ceil(browsable / size) - 1);
  const shown = Math.min(page, lastPage);
  return { page: shown, lastPage, start: shown * size, total: complete ? loaded : Math.max(total, loaded), browsable };
}

export interface PagerOptions {
  lang: Lang;
  paging: Paging;
  /** Rows on this page, and which of them are in view (first and last index; null until measured). */
  rows: number;
  inView: readonly [number, number] | null;
  loading: boolean;
  failed: boolean;
  /** Said by a live region (after a sort). */
  announcement: string;
  goTo(page: number): void;
}

export function renderPager(o: PagerOptions): TemplateResult {
  const { lang, paging: p } = o;
  // The rows in view, once measured (the page's rows may not all fit the reserved height).
  const [from, to] = o.inView && o.inView[1] < o.rows ? o.inView : [0, o.rows - 1];
  const [first, last] = o.rows ? [p.start + from + 1, p.start + to + 1] : [0, 0];
  const status = o.failed
    ? html`<span class="load-error">${msg('error', lang)}</span>`
    : o.loading
      ? msg('loading', lang)
      : rowsStatus(first, last, p.total, p.browsable, lang);
  const button = (label: TemplateResult, disabled: boolean, page: number) =>
    html`<button part="page-button" aria-disabled=${disabled ? 'true' : 'false'} @click=${() => o.goTo(page)}>
      ${label}
    </button>`;
  return html`<div class="pager" part="pager">
    <span class="status" role="status">${status}</span>
    <span class="sr-only" role="status">${o.announcement}</span>
    ${
      p.lastPage > 0
        ? html`<div class="pages" role="group" aria-label=${PAGES[lang]}>
            ${button(html`<span aria-hidden="true">‹</span> ${msg('previousPage', lang)}`, p.page === 0, p.page - 1)}
            ${button(html`${msg('next', lang)} <span aria-hidden="true">›</span>`, p.page >= p.lastPage || o.loading, p.page + 1)}
          </div>`
        : nothing
    }
  </div>`;
}
