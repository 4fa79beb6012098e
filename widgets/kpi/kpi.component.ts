import { html, nothing } from 'lit';
import { formatChangePercent, formatPeriod, formatValue } from '../base/format.ts';
import { msg } from '../base/messages.ts';
import { PhalangElement } from '../base/phalang-element.ts';
import type { KPI, KpiData, KpiVariables } from './kpi.graphql.ts';
import { kpiStyles } from './kpi.styles.ts';

/**
 * @summary One headline figure: an indicator's total for a filter, its unit, and its change from
 * the previous period or progress to target where the data has one.
 *
 * @attr indicator - Indicator code, e.g. `STIMULUS_FAIR_SALES` (required).
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
 * @csspart value - The headline figure.
 * @csspart change - The change from the previous period.
 * @csspart progress - The progress-to-target bar.
 * @csspart body - The figure area.
 * @csspart footer - Source line and controls.
 * @csspart source - The source line.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The no-data message.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 * @csspart summary - The text summary (visually hidden).
 *
 * @cssprop --phalang-height - Height reserved for the widget (default 176px).
 * @cssprop --phalang-kpi-size - Size of the headline figure (default 2.25em).
 * @cssprop --phalang-font-family - Font (default: the host page's).
 * @cssprop --phalang-color-text - Text colour.
 * @cssprop --phalang-color-muted - Secondary text colour.
 * @cssprop --phalang-color-background - Background.
 * @cssprop --phalang-color-accent - Accent (progress bar).
 */
export class PhalangKpi extends PhalangElement<KpiData> {
  static override styles = [...PhalangElement.styles, kpiStyles];
  protected readonly documentName: (typeof KPI)['name'] = 'WidgetIndicatorKpi';

  protected variables(): KpiVariables | null {
    return this.indicator ? { code: this.indicator, filter: this.observationFilter() } : null;
  }

  protected isEmpty(data: KpiData) {
    return data.indicator.total.value == null;
  }

  protected titleOf(data: KpiData) {
    return this.uiLang === 'th' ? data.indicator.nameTh : data.indicator.nameEn;
  }

  protected sourcesOf(data: KpiData) {
    return data.indicator.total.sources;
  }

  protected summaryOf(data: KpiData) {
    const lang = this.uiLang;
    const { total } = data.indicator;
    const period = total.period ? ` (${formatPeriod(total.period.start, total.period.end, lang)})` : '';
    return `${this.titleOf(data)}: ${formatValue(total.value, data.indicator.unit, lang)}${period}.`;
  }

  protected renderData(data: KpiData) {
    const lang = this.uiLang;
    const { total, latest, unit, higherIsBetter } = data.indicator;
    const change = latest?.changePercent;
    const good = change != null && change > 0 === higherIsBetter;
    return html`<div class="figure">
        <span class="value" part="value" title=${formatValue(total.value, unit, lang)}
          >${total.approximate ? '≈ ' : ''}${formatValue(total.value, unit, lang, true)}</span
        >
        ${
          change != null
            ? html`<span class="change ${good ? 'good' : 'bad'}" part="change"
                >${change > 0 ? '▲' : change < 0 ? '▼' : ''} ${formatChangePercent(change, lang)}
                <span class="meta">${msg('previous', lang)}</span></span
              >`
            : nothing
        }
      </div>
      <div class="meta">
        ${total.period ? formatPeriod(total.period.start, total.period.end, lang) : nothing}
        ${total.approximate ? html` · ${msg('approximate', lang)}` : nothing}
      </div>
      ${
        latest?.progress != null
          ? html`<div
              class="progress"
              part="progress"
              role="progressbar"
              aria-label=${msg('progress', lang)}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${Math.round(latest.progress)}
            >
              <div style="width:${Math.min(100, latest.progress)}%"></div>
            </div>`
          : nothing
      }`;
  }
}
