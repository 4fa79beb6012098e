/**
 * The persisted documents as the build manifest publishes them to the server: ids are the
 * SHA-256 of the text, unchanged by moving the documents into their elements' folders, each tag's
 * `$variable` is one the document declares, and the registry's elements send only documents that
 * exist.
 */
import { parse, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { tagsFor } from '../../server/public-read/cache-tags.ts';
import { readWidgetManifest } from '../../server/widget-manifest.ts';
import { ELEMENTS } from '../../widgets/elements.ts';
import { documentIdOf } from '../helpers/widget-documents.ts';

const manifest = readWidgetManifest();

/**
 * The ids embeds in the wild request (content hashes of the texts). A change here must be on
 * purpose: keep the old text persisted too, or old cached loaders ask for documents that are gone.
 */
const KNOWN_IDS: Record<string, string> = {
  WidgetIndicatorKpi: 'b5172e20dd3619bc54f94f73a5b298039de737b108d990fa102f9b6d3bc5914b',
  WidgetIndicatorSeries: 'ec15d7cf4f35343413bcef98dd947301f1ee56b89148d2dafa9cefca3e47eac3',
  WidgetIndicatorObservations: '96eeb95fd4a021ef92e5a69e43deb04d1ffa42fc040e1b5c8fdc95a05bd8bb37',
  WidgetEnterpriseList: '637221128cffa872a9acea415d3e43a8d464951b8e5365a0cdc7f1773eccb79f',
  WidgetEnterpriseStats: '5c5900944a22a878384cc2d9b84d03be9875dc9cf7a9e5050e4df316314a3846',
  WidgetPartnerGraph: 'f9ff8fa8c1a5b23344ad705aeb209bfd31f10850eb72271d773220dc899827a9',
};

describe('persisted widget documents (build manifest)', () => {
  it('keeps every known id, and each id is the hash of its text', () => {
    const ids = Object.fromEntries(manifest.documents.map((d) => [d.name, d.id]));
    expect(ids).toMatchObject(KNOWN_IDS);
    for (const d of manifest.documents) expect(d.id, d.name).toBe(documentIdOf(d.text));
  });

  it.each(manifest.documents.map((d) => [d.name, d] as const))('%s declares tags over its own variables', (_, d) => {
    expect(d.tags.length).toBeGreaterThan(0);
    const operation = parse(d.text).definitions.find((x) => x.kind === Kind.OPERATION_DEFINITION)!;
    const declared = new Set(operation.variableDefinitions?.map((v) => v.variable.name.value));
    for (const tag of d.tags) for (const [, name] of tag.matchAll(/\$(\w+)/g)) expect(declared).toContain(name);
  });

  it('fills in `$variable` tags from the request', () => {
    expect(tagsFor({ tags: ['Indicator:$code', 'Area'] }, { code: 'CE_REGISTERED' })).toEqual([
      'Indicator:CE_REGISTERED',
      'Area',
    ]);
  });

  it('lists every registry element with its height and documents', () => {
    expect(manifest.elements).toEqual(
      Object.entries(ELEMENTS).map(([tag, e]) => ({ tag, height: e.height, documents: [...e.documents] })),
    );
    const names = new Set(manifest.documents.map((d) => d.name));
    for (const e of manifest.elements) for (const name of e.documents) expect(names, e.tag).toContain(name);
  });
});
