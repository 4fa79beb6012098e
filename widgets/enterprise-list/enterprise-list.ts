import { PhalangEnterpriseList } from './enterprise-list.component.ts';

export { PhalangEnterpriseList };
if (!customElements.get('phalang-enterprise-list'))
  customElements.define('phalang-enterprise-list', PhalangEnterpriseList);

declare global {
  interface HTMLElementTagNameMap {
    'phalang-enterprise-list': PhalangEnterpriseList;
  }
}
