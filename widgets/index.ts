/**
 * The loader partners paste: `<script type="module" src="https://DATA-HOST/widgets/phalang.js">`.
 * It is tiny on purpose: it watches the page for Phalang elements and loads each element's code
 * the first time one appears, so a page with one KPI never downloads the chart code.
 */
import { ELEMENTS, type ElementTag } from './elements.ts';

const requested = new Set<string>();

function load(tag: ElementTag) {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  ELEMENTS[tag].load().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`Phalang: could not load <${tag}>`, error);
  });
}

function scan(root: ParentNode) {
  for (const tag of Object.keys(ELEMENTS) as ElementTag[]) if (root.querySelector(tag)) load(tag);
}

scan(document);
new MutationObserver((records) => {
  for (const r of records)
    for (const node of r.addedNodes) {
      if (node.nodeType !== 1) continue;
      const tag = (node as Element).localName;
      if (tag in ELEMENTS) load(tag as ElementTag);
      scan(node as Element);
    }
}).observe(document.documentElement, { childList: true, subtree: true });
