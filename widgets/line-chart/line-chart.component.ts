import { html, nothing, svg } from 'lit';
import { scaleLinear, scalePoint } from 'd3-scale';
import { msg } from '../base/messages.ts';
import { formatTick } from '../base/format.ts';
import { SeriesElement, type SeriesData, type SeriesPoint } from '../base/series-element.ts';
import { lineChartStyles } from './line-chart.styles.ts';

/**
 * @summary A line chart of an indicator over time (by period or fiscal year, or any grouping),
 * with its targets as a dashed line where the data has them.
 *
 * @attr indicator - Indicator code (required).
 * @attr group-by - `period` (default), `fiscal-year`, `area` or `category`.
 * @attr area - Area code; the area and everything inside it.
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
 * @csspart point - Each data point.
 * @csspart legend - The legend (actual / target).
 * @csspart tooltip - The tooltip of the focused or hovered point.
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
 * @cssprop --phalang-height - Height reserved for the widget (default 320px).
 * @cssprop --phalang-color-series-1 - Line colour.
 * @cssprop --phalang-color-series-2 - Target line colour.
 * @cssprop --phalang-color-grid - Grid lines.
 * @cssprop --phalang-font-family - Font (default: the host page's).
 */
export class PhalangLineChart extends SeriesElement {
  static override styles = [...SeriesElement.styles, lineChartStyles];
  protected override defaultGrouping = 'period' as const;

  protected renderData(data: SeriesData) {
    const lang = this.uiLang;
    const points = this.points(data);
    const hasTarget = points.some((p) => p.target != null);
    const width = Math.max(this.width, 240);
    const height = Math.max(this.height - 28, 120);
    const margin = { top: 16, right: 24, bottom: 28, left: 64 };
    const max = Math.max(0, ...points.map((p) => Math.max(p.value ?? 0, p.target ?? 0)));
    const x = scalePoint<number>()
      .domain(points.map((_, i) => i))
      .range([margin.left, width - margin.right])
      .padding(0.5);
    const y = scaleLinear()
      .domain([0, max || 1])
      .nice()
      .range([height - margin.bottom, margin.top]);
    // A polyline through the points, broken where a value is missing. Written out rather than
    // with d3-shape's line(): for straight segments it is one expression, and d3-shape would add
    // 5.5 KB gzip and push this element over its size budget.
    const path = (get: (p: SeriesPoint) => number | null) =>
      points
        .map((p, i) => {
          const v = get(p);
          if (v == null) return '';
          const previous = i > 0 ? get(points[i - 1]!) : null;
          return `${previous == null ? 'M' : 'L'}${x(i)!.toFixed(1)},${y(v).toFixed(1)}`;
        })
        .join('');
    const active = points[this.active];
    return html`<div class="legend" part="legend" aria-hidden="true">
        <span><span class="swatch"></span>${msg('value', lang)}</span>
        ${hasTarget ? html`<span><span class="swatch target"></span>${msg('target', lang)}</span>` : nothing}
      </div>
      <svg
        part="chart"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        role="group"
        aria-label=${this.titleOf(data)}
        @keydown=${this.onPointKeydown}
      >
        <g class="grid" aria-hidden="true">
          ${y.ticks(4).map(
            (t) => svg`<line x1=${margin.left} x2=${width - margin.right} y1=${y(t)} y2=${y(t)}></line>
              <text x=${margin.left - 8} y=${y(t)} dy="0.35em" text-anchor="end">${formatTick(t, this.uiLang)}</text>`,
          )}
          ${points.map((p, i) => svg`<text x=${x(i)} y=${height - 8} text-anchor="middle">${this.label(p)}</text>`)}
        </g>
        ${hasTarget ? svg`<path class="target-line" d=${path((p) => p.target)}></path>` : nothing}
        <path class="line" d=${path((p) => p.value)}></path>
        ${points.map((p, i) => {
          const { enter, leave } = this.pointHandlers(i);
          return svg`<g class="point-group" data-index=${i} tabindex=${i === Math.max(0, this.active) ? 0 : -1}
              role="img" aria-label=${this.describe(p, data)}
              @mouseenter=${enter} @mouseleave=${leave} @focus=${enter} @blur=${leave}>
              <title>${this.describe(p, data)}</title>
              ${p.target != null ? svg`<circle class="target-point" cx=${x(i)} cy=${y(p.target)} r="4"></circle>` : nothing}
              ${p.value != null ? svg`<circle class="point" part="point" cx=${x(i)} cy=${y(p.value)} r="5"></circle>` : nothing}
              <rect x=${x(i)! - x.step() / 2} y=${margin.top} width=${x.step()} height=${height - margin.top - margin.bottom} fill="transparent"></rect>
            </g>`;
        })}
      </svg>
      ${active ? this.renderTooltip(data, x(this.active)!, y(active.value ?? active.target ?? 0) + 28) : nothing}`;
  }
}
