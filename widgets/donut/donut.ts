import { PhalangDonut } from './donut.component.ts';

export { PhalangDonut };
if (!customElements.get('phalang-donut')) customElements.define('phalang-donut', PhalangDonut);

declare global {
  interface HTMLElementTagNameMap {
    'phalang-donut': PhalangDonut;
  }
}
