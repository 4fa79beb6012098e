import { PhalangTable } from './table.component.ts';

export { PhalangTable };
if (!customElements.get('phalang-table')) customElements.define('phalang-table', PhalangTable);

declare global {
  interface HTMLElementTagNameMap {
    'phalang-table': PhalangTable;
  }
}
