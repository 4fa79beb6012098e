import { PhalangLineChart } from './line-chart.component.ts';

export { PhalangLineChart };
if (!customElements.get('phalang-line-chart')) customElements.define('phalang-line-chart', PhalangLineChart);

declare global {
  interface HTMLElementTagNameMap {
    'phalang-line-chart': PhalangLineChart;
  }
}
