import { html, svg, type PropertyValues } from 'lit';
import { arc, pie, type PieArcDatum } from 'd3-shape';
import { formatCompact, formatNumber, formatPercent } from '../base/format.ts';
import { msg } from '../base/messages.ts';
import { SeriesElement, type SeriesData, type SeriesPoint } from '../base/series-element.ts';
import { donutStyles } from './donut.styles.ts';

const COLOURS = ['var(--_s1)', 'var(--_s2)', 'var(--_s3)', 'var(--_s4)', 'var(--_s5)', 'var(--_s6)'];

/** Ring sizes (px): the largest drawn, and the smallest worth drawing under a legend. */
const RING_MAX = 240;
const RING_MIN = 72;
/** Narrowest legend column beside the ring; narrower frames put the legend under it. */
const LEGEND_MIN = 150;
const GAP = 16;

/**
 * How the ring and legend share the frame, tried in this order until every legend entry is in
 * view: the legend beside the ring in one column, then in columns; under a ring sized to what it
 * leaves; then with one line per entry (name and share; the value stays in the tooltip and the
 * table) beside a smaller ring, under it, and alone. If even that is taller than the reserved height, the
 * widget grows to show it rather than hide an entry (reserve more height to avoid the shift).
 */
export type DonutFit = 'side' | 'side-columns' | 'below' | 'side-dense' | 'below-dense' | 'dense';
const FITS: DonutFit[] = ['side', 'side-columns', 'below', 'side-dense', 'below-dense', 'dense'];
const underRing = (fit: DonutFit) => fit === 'below' || fit === 'below-dense';

/**
 * @summary A donut chart of a composition, e.g. potential-assessment grades, with a legend that
 * gives each part's value and share. Parts with no value are left out of the ring but listed.
 * Every legend entry is always in view, never scrolled or cut: when the entries do not fit beside
 * the ring, the legend wraps into columns, then moves under a smaller ring (see `DonutFit`).
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

  static override properties = {
    ...SeriesElement.properties,
    fit: { state: true },
    ring: { state: true },
  };

  /** The layout in use (see `DonutFit`); chosen again whenever the frame or the data change. */
  protected fit: DonutFit = 'side';
  /** Ring size under the legend, measured from the space the legend leaves. */
  protected ring = 0;
  /** Pixels the widget grew beyond its reserved height (last resort, `dense` only). */
  private grown = 0;
  private fittedFor: unknown[] = [];

  /** Too narrow for a legend beside even the smallest ring. */
  private get narrow(): boolean {
    return this.width > 0 && this.width - RING_MIN - GAP < LEGEND_MIN;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Keyed on the reserved height, so growing does not start the search again.
    const inputs = [this.width, this.height - this.grown, this.uiLang, this.task.value, this.showTable];
    if (inputs.some((x, i) => x !== this.fittedFor[i])) {
      this.fittedFor = inputs;
      this.fit = this.narrow ? 'below' : 'side';
      this.ring = 0;
      if (this.grown) {
        this.grown = 0;
        this.style.removeProperty('min-height');
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const frame = this.renderRoot.querySelector('.frame');
    const legend = frame?.querySelector<HTMLElement>('[part~="legend"]');
    if (!frame || !legend || this.width === 0) return;
    this.fitCentre();
    const next = () => {
      const rest = FITS.slice(FITS.indexOf(this.fit) + 1);
      this.fit = rest.find((f) => !(this.narrow && f.startsWith('side'))) ?? 'dense';
    };
    if (underRing(this.fit)) {
      // The legend's height does not depend on the ring's size here, so one measurement settles it.
      const room = Math.floor(Math.min(this.width, RING_MAX, frame.clientHeight - legend.offsetHeight - GAP / 2));
      if (room < RING_MIN) next();
      else if (Math.abs(room - this.ring) > 1) this.ring = room;
      return;
    }
    const hidden = Math.max(frame.scrollHeight - frame.clientHeight, legend.scrollHeight - legend.clientHeight);
    if (hidden <= 1) return;
    if (this.fit !== 'dense') next();
    else {
      this.grown += Math.ceil(hidden);
      this.style.minHeight = `${this.offsetHeight + Math.ceil(hidden)}px`;
    }
  }

  /** The total in the ring's hole: smaller type when the number is wider than the hole. */
  private fitCentre() {
    const centre = this.renderRoot.querySelector<SVGTextElement>('text.centre');
    const svgBox = centre?.ownerSVGElement?.getBoundingClientRect();
    if (!centre || !svgBox) return;
    centre.style.fontSize = '';
    const room = svgBox.width * 0.58 - 8;
    const width = centre.getComputedTextLength();
    if (width > room) centre.style.fontSize = `${Math.max(8, Math.floor((18 * room) / width))}px`;
  }

  protected renderData(data: SeriesData) {
    const lang = this.uiLang;
    const points = this.points(data);
    const fit = this.fit;
    const dense = fit === 'side-dense' || fit === 'below-dense' || fit === 'dense';
    const size =
      fit === 'dense'
        ? 0
        : underRing(fit)
          ? this.ring || Math.max(RING_MIN, Math.min(this.width, RING_MAX, Math.round(this.height / 2)))
          : fit === 'side-dense'
            ? Math.max(RING_MIN, Math.min(this.height - 8, Math.round(this.width * 0.3), 160))
            : Math.max(96, Math.min(this.height - 8, Math.round(this.width * 0.42), RING_MAX));
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
    return html`<div class="layout ${fit}">
      ${
        fit === 'dense'
          ? ''
          : html`<div class="ring" style="width:${size}px;height:${size}px">
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
            </div>`
      }
      <ul part="legend" aria-hidden=${fit === 'dense' ? 'false' : 'true'}>
        ${points.map(
          (p, i) =>
            html`<li>
              <span class="dot" style="background:${COLOURS[i % COLOURS.length]}"></span>
              <span class="name">${this.label(p)}</span>
              <span class="num"
                >${
                  !dense
                    ? `${this.format(p.value, data)}${p.share != null ? ` · ${formatPercent(p.share, lang, 1)}` : ''}`
                    : p.share != null
                      ? formatPercent(p.share, lang, 1)
                      : this.format(p.value, data, true)
                }</span
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
