/** The generated custom-elements.json documents every element's public API. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

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
  it.each(['phalang-kpi', 'phalang-bar-chart', 'phalang-line-chart', 'phalang-donut', 'phalang-table'])(
    'documents <%s>',
    (tag) => {
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
    },
  );
});
