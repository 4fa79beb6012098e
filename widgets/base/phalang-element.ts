/**
 * The base of every Phalang widget: the common attributes, loading data only once the element is
 * near the viewport, the loading / empty / error states, the source line, the "show as table"
 * alternative, size tracking and the `phalang-load` / `phalang-error` events.
 *
 * A widget never throws into its host page: failures become the error state and an event.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { graphqlUrl, runQuery } from './client.ts';
import { DOCUMENT_IDS } from './document-ids.ts';
import { liveHub } from './live-controller.ts';
import { formatDate, type Lang } from './format.ts';
import type { InputOf, WidgetDocumentName } from './graphql.ts';
import { msg } from './messages.ts';
import { baseStyles } from './styles.ts';

export interface SourceInfo {
  key: string;
  title: string;
  titleEn: string;
  publisherTh: string;
  publisherEn: string;
  publishedOn: string;
  url: string | null;
}

/** The `group-by` attribute's values. */
export type GroupBy = 'area' | 'category' | 'fiscal-year' | 'period';

export interface PhalangLoadDetail<Data = unknown> {
  data: Data;
}

export interface PhalangErrorDetail {
  message: string;
  error: unknown;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'phalang-load': CustomEvent<PhalangLoadDetail>;
    'phalang-error': CustomEvent<PhalangErrorDetail>;
  }
}

// The origin the widget code was served from: the default API endpoint.
const SCRIPT_URL = import.meta.url;

export abstract class PhalangElement<Data> extends LitElement {
  static override styles = [baseStyles];

  static override properties = {
    endpoint: { type: String },
    indicator: { type: String },
    groupBy: { type: String, attribute: 'group-by' },
    area: { type: String },
    fiscalYear: { type: Number, attribute: 'fiscal-year' },
    category: { type: String },
    language: { type: String, attribute: 'lang', reflect: true },
    theme: { type: String, reflect: true },
    refresh: { type: Number },
    live: { type: Boolean },
    heading: { type: String },
    showTable: { state: true },
    width: { state: true },
    height: { state: true },
  };

  /** GraphQL endpoint or API origin; defaults to the origin this script was loaded from. */
  endpoint?: string;
  /** Indicator code, e.g. `CE_REGISTERED`. */
  indicator?: string;
  /** `area`, `category`, `fiscal-year` or `period` (charts). */
  groupBy?: GroupBy;
  /** Area code: this area and everything inside it, e.g. `TH-10`. */
  area?: string;
  /** Thai fiscal year (B.E.), e.g. `2567`. */
  fiscalYear?: number;
  /** Category code(s), comma-separated. */
  category?: string;
  /** `th` (default) or `en`. */
  language: string = 'th';
  /** `light` (default), `dark` or `auto` (follows the reader's system setting). */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Reload every this many seconds (0 or absent: never); with `live`, only while the live stream is down. */
  refresh?: number;
  /** Show edits as they are published, pushed over Server-Sent Events (a few seconds at most). */
  live = false;
  /** Overrides the title taken from the data. */
  heading?: string;

  protected showTable = false;
  protected width = 0;
  protected height = 0;

  /** Which persisted document the widget sends. */
  protected abstract readonly documentName: WidgetDocumentName;
  /** Its variables; null when a required attribute is missing. */
  protected abstract variables(): Record<string, unknown> | null;
  /** Whether the answer has nothing to show. */
  protected abstract isEmpty(data: Data): boolean;
  /** The title, in the widget's language. */
  protected abstract titleOf(data: Data): string;
  /** The chart (or figure) itself. */
  protected abstract renderData(data: Data): TemplateResult;
  /** The same data as an accessible table. */
  protected renderTable(_data: Data): TemplateResult | typeof nothing {
    return nothing;
  }
  /** A one-paragraph text summary for screen readers. */
  protected abstract summaryOf(data: Data): string;
  /** The documents the figures come from. */
  protected abstract sourcesOf(data: Data): SourceInfo[];

  private visible = false;
  private tick = 0;
  private observer?: IntersectionObserver;
  private resizer?: ResizeObserver;
  private timer?: ReturnType<typeof setInterval>;
  private unwatch?: () => void;
  private watching?: string;
  /** The last answer as JSON: a re-read that brings nothing new keeps the value (no re-render). */
  private lastAnswer?: string;
  private lastValue?: Data;
  private shown?: Data;

  protected readonly task = new Task(this, {
    autoRun: false,
    args: () => [this.url, this.documentName, JSON.stringify(this.variables()), this.tick] as const,
    task: async ([url, name, vars, tick]) => {
      if (vars === 'null') throw new Error(msg('missingIndicator', this.uiLang));
      const result = await runQuery<Data>(url, name, JSON.parse(vars) as Record<string, unknown>, tick > 0);
      if (result.error) throw result.error;
      if (!result.data) throw new Error('empty response');
      const answer = JSON.stringify(result.data);
      if (answer === this.lastAnswer && this.lastValue !== undefined) return this.lastValue;
      this.lastAnswer = answer;
      return (this.lastValue = result.data);
    },
    // Runs overtaken by a newer one complete silently: an event per answer shown, not per request.
    onComplete: (data) => {
      if (data === this.shown) return;
      this.shown = data;
      this.emit('phalang-load', { data });
    },
    onError: (error) => this.reportError(error),
  });

  /** The language the widget speaks: `th` unless `lang="en"`. */
  get uiLang(): Lang {
    return this.language === 'en' ? 'en' : 'th';
  }

  protected get url(): string {
    return graphqlUrl(this.endpoint, SCRIPT_URL);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'figure');
    // Load only when near the viewport: widgets further down a long page cost nothing until read.
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !this.visible) {
          this.visible = true;
          this.observer?.disconnect();
          void this.task.run();
          this.syncLive();
        }
      },
      { rootMargin: '200px' },
    );
    this.observer.observe(this);
    // Charts draw to the size of their frame (the space between title and footer).
    this.resizer = new ResizeObserver(([entry]) => {
      const box = entry!.contentRect;
      if (Math.round(box.width) !== this.width || Math.round(box.height) !== this.height) {
        this.width = Math.round(box.width);
        this.height = Math.round(box.height);
      }
    });
    this.startRefresh();
    this.syncLive(); // an element moved on the page stays live
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.resizer?.disconnect();
    clearInterval(this.timer);
    this.stopLive();
  }

  private observedFrame?: Element;

  protected override updated(changed: PropertyValues): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (frame && frame !== this.observedFrame) {
      this.resizer?.disconnect();
      this.resizer?.observe(frame);
      this.observedFrame = frame;
    }
    const inputs = ['endpoint', 'indicator', 'groupBy', 'area', 'fiscalYear', 'category'];
    if (this.visible && inputs.some((p) => changed.has(p))) void this.task.run();
    if (changed.has('refresh')) this.startRefresh();
    this.syncLive();
  }

  /** Watches this widget's document (and variables) on the page's live stream, once visible. */
  private syncLive() {
    const vars = this.variables();
    const want =
      this.live && this.visible && this.isConnected && vars
        ? `${this.url}\n${this.documentName}\n${JSON.stringify(vars)}`
        : undefined;
    if (want === this.watching) return;
    this.stopLive();
    const id = DOCUMENT_IDS[this.documentName];
    if (!want || !vars || !id) return;
    this.watching = want;
    this.unwatch = liveHub(this.url).watch(id, JSON.stringify(vars), this.reread);
  }

  private stopLive() {
    this.unwatch?.();
    this.unwatch = this.watching = undefined;
  }

  /** A change was announced: read again, past every cache but the ETag check. */
  private reread = () => {
    this.tick++;
    void this.task.run();
  };

  private startRefresh() {
    clearInterval(this.timer);
    if (this.refresh && this.refresh > 0 && this.isConnected) {
      this.timer = setInterval(
        () => {
          if (!this.visible || document.hidden) return;
          if (this.watching && liveHub(this.url).connected) return; // pushed updates are on
          this.tick++;
          void this.task.run();
        },
        Math.max(5, this.refresh) * 1000,
      );
    }
  }

  /** Filter variables common to indicator widgets. */
  protected observationFilter(): InputOf<'ObservationFilter'> {
    const filter: InputOf<'ObservationFilter'> = {};
    if (this.area) filter.area = this.area;
    if (this.fiscalYear) filter.fiscalYear = [Number(this.fiscalYear)];
    if (this.category)
      filter.category = this.category
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    return filter;
  }

  /** A failure the page may want to know of (a later page of rows, say): the same event as the first load's. */
  protected reportError(error: unknown): void {
    this.emit('phalang-error', { message: error instanceof Error ? error.message : String(error), error });
  }

  private emit<K extends 'phalang-load' | 'phalang-error'>(type: K, detail: GlobalEventHandlersEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private retry = () => {
    this.tick++;
    void this.task.run();
  };

  private toggleTable = () => {
    this.showTable = !this.showTable;
  };

  protected override render(): TemplateResult {
    return html`<div class="root" part="base">${this.renderState()}</div>`;
  }

  private renderState(): TemplateResult {
    const lang = this.uiLang;
    const { status, value, error } = this.task;
    // Every state has the same three rows (title, frame, footer), so the frame has its final size
    // from the first paint and nothing inside the widget moves when data arrives.
    if (status === TaskStatus.ERROR) {
      return html`<div class="title" part="title">${this.heading ?? ''}&nbsp;</div>
        <div class="frame">
          <div class="state" part="error" role="alert">
            <span class="error">${msg('error', lang)}</span>
            <span>${describeError(error, lang)}</span>
            <button part="retry" @click=${this.retry}>${msg('retry', lang)}</button>
          </div>
        </div>
        <div class="footer" part="footer">&nbsp;</div>`;
    }
    // A re-read keeps showing the current answer until the new one arrives: nothing blinks.
    if (status === TaskStatus.INITIAL || value === undefined) {
      return html`<div class="title" part="title">
          <span class="skeleton" style="display:inline-block;width:60%">&nbsp;</span>
        </div>
        <div class="frame">
          <div class="state" part="loading" aria-busy="true">
            <div class="skeleton" style="position:absolute;inset:0"></div>
            <span class="sr-only">${msg('loading', lang)}</span>
          </div>
        </div>
        <div class="footer" part="footer">&nbsp;</div>`;
    }
    const data = value;
    const title = this.heading || this.titleOf(data);
    this.setAttribute('aria-label', title);
    if (this.isEmpty(data)) {
      return html`<div class="title" part="title" title=${title}>${title}</div>
        <div class="frame"><div class="state" part="empty">${msg('empty', lang)}</div></div>
        <div class="footer" part="footer">&nbsp;</div>`;
    }
    const table = this.renderTable(data);
    return html`<div class="title" part="title" id="title" title=${title}>${title}</div>
      <p class="sr-only" part="summary">${this.summaryOf(data)}</p>
      <div class="frame" part="body">${this.showTable && table !== nothing ? table : this.renderData(data)}</div>
      <div class="footer" part="footer">
        ${this.renderSources(this.sourcesOf(data))}
        ${
          table === nothing
            ? nothing
            : html`<button
                part="table-toggle"
                aria-pressed=${this.showTable ? 'true' : 'false'}
                @click=${this.toggleTable}
              >
                ${msg(this.showTable ? 'showChart' : 'showTable', lang)}
              </button>`
        }
      </div>`;
  }

  private renderSources(sources: SourceInfo[]) {
    if (sources.length === 0) return nothing;
    const lang = this.uiLang;
    const origin = new URL(this.url).origin;
    // Date and publisher in the line (date first: it survives a narrow widget's ellipsis),
    // linked to the document; its full title on hover.
    return html`<span class="source" part="source"
      >${msg('source', lang)}:
      ${sources.map(
        (s, i) =>
          html`${i > 0 ? '; ' : ''}<a
              href=${s.url ?? `${origin}/sources#${s.key}`}
              target="_blank"
              rel="noopener"
              title=${lang === 'th' ? s.title : s.titleEn}
              >${formatDate(s.publishedOn, lang)} · ${lang === 'th' ? s.publisherTh : s.publisherEn}</a
            >`,
      )}</span
    >`;
  }
}

/** An error in the reader's language: network failures are the usual case and say so plainly. */
function describeError(error: unknown, lang: Lang): string {
  const e = error as { networkError?: unknown; graphQLErrors?: { message: string }[]; message?: string } | undefined;
  if (e?.networkError) return msg('networkError', lang);
  if (e?.graphQLErrors?.length) return e.graphQLErrors.map((g) => g.message).join('; ');
  return e?.message ?? '';
}
