import { html, svg } from 'lit';
import { arc, pie, type PieArcDatum } from 'd3-shape';
import { formatCompact, formatNumber, formatPercent } from '../base/format.ts';
import { msg } from '../base/messages.ts';
import { SeriesElement } from '../base/series-element.ts';
import type { SeriesData, SeriesPoint } from '../base/types.ts';
import { donutStyles } from './donut.styles.ts';

const COLOURS = ['var(--_s1)', 'var(--_s2)', 'var(--_s3)', 'var(--_s4)', 'var(--_s5)', 'var(--_s6)'];

/**
 * @summary A donut chart of a composition, e.g. potential-assessment grades, with a legend that
 * gives each part's value and share. Parts with no value are left out of the ring but listed.
 *
 * @attr indicator - Indicator code (required).
 * @attr group-by - `category` (default) or `area`.
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
 * @csspart chart - The SVG donut.
 * @csspart slice - Each slice.
 * @csspart legend - The legend list.
 * @csspart tooltip - The tooltip of the focused or hovered slice.
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
 * @cssprop --phalang-color-series-1 - First slice colour (through --phalang-color-series-6).
 * @cssprop --phalang-font-family - Font (default: the host page's).
 */
export class PhalangDonut extends SeriesElement {
  static override styles = [...SeriesElement.styles, donutStyles];

  protected renderData(data: SeriesData) {
    const lang = this.uiLang;
    const points = this.points(data);
    const size = Math.max(96, Math.min(this.height - 8, Math.round(this.width * 0.42), 240));
    const radius = size / 2;
    const slices = pie<[number, SeriesPoint]>()
      .sort(null)
      .value(([, p]) => Math.max(0, p.value ?? 0))([...points.entries()]);
    const path = arc<PieArcDatum<[number, SeriesPoint]>>()
      .innerRadius(radius * 0.58)
      .outerRadius(radius - 2);
    const total = data.indicator.series.total ?? points.reduce((n, p) => n + (p.value ?? 0), 0);
    // The centre holds the number only (the legend gives each part with its unit), so it fits the hole.
    const active = points[this.active];
    const centroid = active ? path.centroid(slices[this.active]!) : [0, 0];
    return html`<div class="layout">
      <div style="position:relative;flex:none;width:${size}px;height:${size}px">
        <svg
          part="chart"
          width=${size}
          height=${size}
          viewBox="${-radius} ${-radius} ${size} ${size}"
          role="group"
          aria-label=${this.titleOf(data)}
          @keydown=${this.onPointKeydown}
        >
          ${slices.map((s) => {
            const [i, p] = s.data;
            const { enter, leave } = this.pointHandlers(i);
            return svg`<g class="slice-group" data-index=${i} tabindex=${i === Math.max(0, this.active) ? 0 : -1}
                role="img" aria-label=${this.describe(p, data)}
                @mouseenter=${enter} @mouseleave=${leave} @focus=${enter} @blur=${leave}>
                <title>${this.describe(p, data)}</title>
                <path class="slice" part="slice" d=${path(s) ?? ''} fill=${COLOURS[i % COLOURS.length]}></path>
              </g>`;
          })}
          <text class="centre" text-anchor="middle" dy="0.1em">
            ${data.indicator.unit.code === 'THB' ? formatCompact(total, lang) : formatNumber(total, lang)}
          </text>
          <text class="centre-label" text-anchor="middle" dy="1.6em">${msg('total', lang)}</text>
        </svg>
        ${active ? this.renderTooltip(data, centroid[0]! + radius, centroid[1]! + radius) : ''}
      </div>
      <ul part="legend" aria-hidden="true">
        ${points.map(
          (p, i) =>
            html`<li>
              <span class="dot" style="background:${COLOURS[i % COLOURS.length]}"></span>
              <span class="name">${this.label(p)}</span>
              <span class="num"
                >${this.format(p.value, data)}${p.share != null ? ` · ${formatPercent(p.share, lang, 1)}` : ''}</span
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
