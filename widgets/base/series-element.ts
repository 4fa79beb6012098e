/**
 * Shared by the charts that draw an indicator series (bar, line, donut): the query, the
 * `group-by` attribute, labels, the text summary, the table alternative, and keyboard
 * navigation with a tooltip for focused or hovered points.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPercent, formatValue } from './format.ts';
import { msg } from './messages.ts';
import { PhalangElement, type GroupBy } from './phalang-element.ts';
import type { InputOf } from './graphql.ts';
import type { SERIES, SeriesData, SeriesPoint, SeriesVariables } from './series.graphql.ts';

export type { SeriesData, SeriesPoint };

/** The API's grouping for each `group-by` value. */
const GROUPINGS: Record<GroupBy, InputOf<'SeriesGrouping'>> = {
  area: 'AREA',
  category: 'CATEGORY',
  'fiscal-year': 'FISCAL_YEAR',
  period: 'PERIOD',
};

export abstract class SeriesElement extends PhalangElement<SeriesData> {
  static override properties = {
    ...PhalangElement.properties,
    active: { state: true },
  };

  /** Index of the focused or hovered point, for the tooltip. */
  protected active = -1;
  protected readonly documentName: (typeof SERIES)['name'] = 'WidgetIndicatorSeries';
  /** The grouping used when `group-by` is absent. */
  protected defaultGrouping: GroupBy = 'category';

  protected variables(): SeriesVariables | null {
    if (!this.indicator) return null;
    // An unknown `group-by` (plain HTML can say anything) falls back to the default.
    const groupBy = GROUPINGS[this.groupBy ?? this.defaultGrouping] ?? GROUPINGS[this.defaultGrouping];
    return { code: this.indicator, groupBy, filter: this.observationFilter() };
  }

  protected points(data: SeriesData): SeriesPoint[] {
    return data.indicator.series.points;
  }

  protected label(p: SeriesPoint): string {
    return this.uiLang === 'th' ? p.labelTh : p.labelEn;
  }

  protected format(value: number | null, data: SeriesData, compact = false): string {
    return formatValue(value, data.indicator.unit, this.uiLang, compact);
  }

  protected isEmpty(data: SeriesData) {
    return this.points(data).every((p) => p.value == null && p.target == null);
  }

  protected titleOf(data: SeriesData) {
    return this.uiLang === 'th' ? data.indicator.nameTh : data.indicator.nameEn;
  }

  protected sourcesOf(data: SeriesData) {
    return data.indicator.series.sources;
  }

  protected summaryOf(data: SeriesData) {
    const items = this.points(data)
      .filter((p) => p.value != null)
      .map((p) => `${this.label(p)} ${this.format(p.value, data)}`);
    return `${msg('chartSummary', this.uiLang)}: ${this.titleOf(data)}. ${items.join('; ')}.`;
  }

  /** The accessible "show as table" alternative. */
  protected override renderTable(data: SeriesData): TemplateResult {
    const lang = this.uiLang;
    const points = this.points(data);
    const hasTarget = points.some((p) => p.target != null);
    const hasShare = points.some((p) => p.share != null);
    return html`<table part="table">
      <caption class="sr-only">
        ${this.titleOf(data)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('item', lang)}</th>
          <th scope="col" class="num">${msg('value', lang)}</th>
          ${hasShare ? html`<th scope="col" class="num">${msg('share', lang)}</th>` : nothing}
          ${hasTarget ? html`<th scope="col" class="num">${msg('target', lang)}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${points.map(
          (p) =>
            html`<tr>
              <th scope="row">${this.label(p)}</th>
              <td class="num">${this.format(p.value, data)}</td>
              ${hasShare ? html`<td class="num">${p.share == null ? '' : formatPercent(p.share, lang, 1)}</td>` : nothing}
              ${hasTarget ? html`<td class="num">${p.target == null ? '' : this.format(p.target, data)}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Text for a point's tooltip and accessible name. */
  protected describe(p: SeriesPoint, data: SeriesData): string {
    const lang = this.uiLang;
    const parts = [`${this.label(p)}: ${this.format(p.value, data)}`];
    if (p.share != null) parts.push(formatPercent(p.share, lang, 1));
    if (p.target != null) parts.push(`${msg('target', lang)} ${this.format(p.target, data)}`);
    return parts.join(' · ');
  }

  /** Arrow keys, Home and End move between points (one tab stop for the whole chart). */
  protected onPointKeydown = (event: KeyboardEvent) => {
    const count = this.task.value ? this.points(this.task.value).length : 0;
    if (count === 0) return;
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next = this.active < 0 ? 0 : this.active;
    if (event.key in moves) next = (next + moves[event.key]! + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector(`[data-index="${next}"]`) as HTMLElement | null)?.focus(),
    );
  };

  protected pointHandlers(index: number) {
    return {
      enter: () => (this.active = index),
      leave: () => (this.active = -1),
    };
  }

  protected renderTooltip(data: SeriesData, x: number, y: number) {
    const p = this.points(data)[this.active];
    if (!p) return nothing;
    return html`<div class="tooltip" part="tooltip" role="status" style="left:${x}px;top:${y}px">
      ${this.describe(p, data)}
    </div>`;
  }
}
