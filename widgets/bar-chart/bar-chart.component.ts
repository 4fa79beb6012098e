import { html, nothing, svg, type PropertyValues } from 'lit';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatFiscalYear, formatPeriod, formatTick } from '../base/format.ts';
import { msg } from '../base/messages.ts';
import { SeriesElement, type SeriesData, type SeriesPoint } from '../base/series-element.ts';
import { barChartStyles } from './bar-chart.styles.ts';

/**
 * @summary A horizontal bar chart of an indicator series, grouped by area, category, fiscal year
 * or period, with targets marked where the data has them. A target is only ever one of the same
 * period as the bar (the API matches them by fiscal year), and the legend says which period.
 *
 * @attr indicator - Indicator code (required).
 * @attr group-by - `category` (default), `area`, `fiscal-year` or `period`.
 * @attr area - Area code; the area and everything inside it (with `group-by="area"`: the areas below it).
 * @attr fiscal-year - Thai fiscal year (B.E.).
 * @attr category - Category code(s), comma-separated.
 * @attr lang - `th` (default) or `en`.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr endpoint - API origin or GraphQL URL; defaults to the script's origin.
 * @attr refresh - Reload every this many seconds.
 * @attr heading - Replaces the indicator name as the title.
 *
 * @event phalang-load - The data arrived; `detail.data` holds it.
 * @event phalang-error - Loading failed; `detail.message` says why.
 *
 * @csspart title - The title.
 * @csspart chart - The SVG chart.
 * @csspart bar - Each bar.
 * @csspart legend - The legend (actual / target, with their period), shown when there are targets.
 * @csspart tooltip - The tooltip of the focused or hovered bar.
 * @csspart table - The table alternative.
 * @csspart table-toggle - The "show as table" button.
 * @csspart body - The chart area.
 * @csspart footer - Source line and controls.
 * @csspart source - The source line.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The no-data message.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 * @csspart summary - The text summary (visually hidden).
 *
 * @cssprop --phalang-height - Height reserved for the widget (default 320px); bars shrink to fit, down to a minimum, then the chart scrolls.
 * @cssprop --phalang-color-series-1 - Bar colour.
 * @cssprop --phalang-color-accent - Highlighted bar colour.
 * @cssprop --phalang-color-grid - Grid lines.
 * @cssprop --phalang-font-family - Font (default: the host page's).
 */
export class PhalangBarChart extends SeriesElement {
  static override styles = [...SeriesElement.styles, barChartStyles];

  static override properties = {
    ...SeriesElement.properties,
    legendHeight: { state: true },
  };

  /** The legend's measured height (it may wrap in a narrow frame); the bars get the rest. */
  protected legendHeight = 0;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const legend = this.renderRoot.querySelector<HTMLElement>('[part~="legend"]');
    const height = legend ? Math.ceil(legend.getBoundingClientRect().height) : 0;
    if (height !== this.legendHeight) this.legendHeight = height;
  }

  /** The one period every bar with a target covers (by area or category), for the legend; else null. */
  private targetPeriod(points: SeriesPoint[]): string | null {
    const lang = this.uiLang;
    const labels = new Set(
      points
        .filter((p) => p.target != null)
        .map((p) =>
          !p.period
            ? null
            : p.period.fiscalYear != null
              ? formatFiscalYear(p.period.fiscalYear, lang)
              : formatPeriod(p.period.start, p.period.end, lang),
        ),
    );
    const [only] = labels;
    return labels.size === 1 && only ? only : null;
  }

  private renderLegend(points: SeriesPoint[], stacked: boolean) {
    const lang = this.uiLang;
    const period = this.targetPeriod(points);
    const within = period ? ` ${period}` : '';
    return html`<div class=${stacked ? 'legend stacked' : 'legend'} part="legend">
      ${
        points.some((p) => p.value != null)
          ? html`<span><span class="swatch" aria-hidden="true"></span>${msg('actual', lang)}${within}</span>`
          : nothing
      }
      <span><span class="swatch target" aria-hidden="true"></span>${msg('target', lang)}${within}</span>
    </div>`;
  }

  protected renderData(data: SeriesData) {
    const points = this.points(data);
    const hasTarget = points.some((p) => p.target != null);
    const width = Math.max(this.width, 200);
    // Narrow charts put each label above its bar, so long Thai names stay whole.
    const stacked = width < 480;
    // The legend (only with targets) takes its share of the reserved height: a line per entry when narrow.
    const legend = hasTarget ? this.legendHeight || (stacked ? 44 : 24) : 0;
    // Stacked: a small inset so the first axis label is not cut off at the left edge.
    const labelWidth = stacked ? 12 : Math.min(Math.round(width * 0.42), 280);
    const valueWidth = 96;
    const axis = 20;
    const available = Math.max(this.height - legend - axis - 4, 60);
    // Rows shrink to fit the reserved height; only a long list (more than ~8 rows) scrolls.
    const row = Math.max(stacked ? 24 : 18, Math.min(stacked ? 44 : 32, available / Math.max(points.length, 1)));
    const plotHeight = row * points.length;
    const height = plotHeight + axis;
    const max = Math.max(0, ...points.map((p) => Math.max(p.value ?? 0, p.target ?? 0)));
    const x = scaleLinear()
      .domain([0, max || 1])
      .nice()
      .range([labelWidth, width - valueWidth]);
    const y = scaleBand<number>()
      .domain(points.map((_, i) => i))
      .range([0, plotHeight])
      .paddingInner(stacked ? 0.1 : 0.25);
    const barHeight = stacked ? Math.max(6, Math.min(16, y.bandwidth() - 15)) : y.bandwidth();
    const barTop = (i: number) => y(i)! + (stacked ? y.bandwidth() - barHeight : 0);
    const maxChars = stacked ? Math.floor(width / 6.5) : Math.max(6, Math.floor(labelWidth / 6.5));
    const clip = (s: string) => (s.length > maxChars ? `${s.slice(0, maxChars - 1)}…` : s);
    const active = points[this.active];
    return html`${hasTarget ? this.renderLegend(points, stacked) : nothing}<svg
        part="chart"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        role="group"
        aria-label=${this.titleOf(data)}
        @keydown=${this.onPointKeydown}
      >
        <g class="grid" aria-hidden="true">
          ${x.ticks(4).map(
            (t) => svg`<line x1=${x(t)} x2=${x(t)} y1="0" y2=${plotHeight}></line>
              <text x=${x(t)} y=${plotHeight + 14} text-anchor="middle">${formatTick(t, this.uiLang)}</text>`,
          )}
        </g>
        ${points.map((p, i) => {
          const { enter, leave } = this.pointHandlers(i);
          const top = barTop(i);
          const label = stacked
            ? svg`<text class="label" x="0" y=${y(i)! + 12}>${clip(this.label(p))}</text>`
            : svg`<text class="label" x=${labelWidth - 8} y=${top + barHeight / 2} dy="0.35em" text-anchor="end">${clip(this.label(p))}</text>`;
          return svg`<g class="bar-group" data-index=${i} tabindex=${i === Math.max(0, this.active) ? 0 : -1}
              role="img" aria-label=${this.describe(p, data)}
              @mouseenter=${enter} @mouseleave=${leave} @focus=${enter} @blur=${leave}>
              <title>${this.describe(p, data)}</title>
              ${label}
              <rect class="bar" part="bar" x=${labelWidth} y=${top} height=${barHeight}
                width=${Math.max(0, x(p.value ?? 0) - labelWidth)} rx="2"></rect>
              ${p.target != null ? svg`<line class="target" x1=${x(p.target)} x2=${x(p.target)} y1=${top - 3} y2=${top + barHeight + 3}></line>` : nothing}
              <text class="value-label" x=${x(p.value ?? 0) + 6} y=${top + barHeight / 2} dy="0.35em">${this.format(p.value, data, true)}</text>
            </g>`;
        })}
      </svg>
      ${active ? this.renderTooltip(data, x(active.value ?? 0), legend + barTop(this.active)) : nothing}`;
  }
}
