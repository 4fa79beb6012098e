import { PhalangKpi } from './kpi.component.ts';

export { PhalangKpi };
if (!customElements.get('phalang-kpi')) customElements.define('phalang-kpi', PhalangKpi);

declare global {
  interface HTMLElementTagNameMap {
    'phalang-kpi': PhalangKpi;
  }
}
