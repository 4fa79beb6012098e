import { PhalangBarChart } from './bar-chart.component.ts';

export { PhalangBarChart };
if (!customElements.get('phalang-bar-chart')) customElements.define('phalang-bar-chart', PhalangBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'phalang-bar-chart': PhalangBarChart;
  }
}
