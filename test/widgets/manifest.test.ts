/** The generated custom-elements.json documents every element's public API. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { ELEMENTS } from '../../widgets/elements.ts';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  summary?: string;
}

// dist/widgets is built once by the test setup (test/helpers/global-setup.ts).
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'widgets', 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName!, d]),
);

describe('custom-elements.json', () => {
  it('lists exactly the elements of the registry (widgets/elements.ts)', () => {
    expect([...elements.keys()].sort()).toEqual(Object.keys(ELEMENTS).sort());
  });

  it("is what package.json's customElements points at, and is published", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { customElements: string };
    expect(pkg.customElements).toBe('dist/widgets/custom-elements.json');
    // Served at /widgets/custom-elements.json (server/widget-assets.ts publishes dist/widgets/*.json).
    expect(readFileSync(path.join(ROOT, pkg.customElements), 'utf8')).toBe(
      readFileSync(path.join(ROOT, 'dist', 'widgets', 'custom-elements.json'), 'utf8'),
    );
  });

  it.each(Object.keys(ELEMENTS))('documents <%s>', (tag) => {
    const d = elements.get(tag);
    expect(d, `${tag} missing`).toBeDefined();
    expect(d!.summary).toBeTruthy();
    const attributes = d!.attributes!.map((a) => a.name);
    for (const a of ['lang', 'theme', 'endpoint', 'refresh', 'live', 'area', 'fiscal-year', 'category'])
      expect(attributes).toContain(a);
    expect(attributes).not.toContain('showTable');
    expect(d!.events!.map((e) => e.name).sort()).toEqual(['phalang-error', 'phalang-load']);
    const parts = d!.cssParts!.map((p) => p.name);
    for (const p of ['title', 'footer', 'source', 'loading', 'error', 'retry']) expect(parts).toContain(p);
    expect(d!.cssProperties!.some((p) => p.name === '--phalang-height')).toBe(true);
  });

  it('documents <phalang-enterprise-list> with the enterprise attributes <phalang-table> takes too', () => {
    const list = elements.get('phalang-enterprise-list');
    const table = elements.get('phalang-table')!;
    expect(list, 'phalang-enterprise-list missing').toBeDefined();
    expect(list!.summary).toBeTruthy();
    const own = [
      'kind',
      'business-type',
      'network',
      'page-size',
      'area',
      'lang',
      'theme',
      'endpoint',
      'refresh',
      'heading',
    ];
    for (const d of [list!, table]) {
      const attributes = d.attributes!.map((a) => a.name);
      for (const a of own) expect(attributes, d.tagName).toContain(a);
      // View state (page, sort) is not an attribute.
      for (const a of ['page', 'sortKey', 'inView']) expect(attributes, d.tagName).not.toContain(a);
    }
    expect(table.attributes!.map((a) => a.name)).toContain('source');
    expect(list!.events!.map((e) => e.name).sort()).toEqual(['phalang-error', 'phalang-load']);
    expect(list!.cssParts!.map((p) => p.name).sort()).toEqual(table.cssParts!.map((p) => p.name).sort());
    expect(list!.cssProperties!.some((p) => p.name === '--phalang-height')).toBe(true);
  });
});
