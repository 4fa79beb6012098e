/**
 * The widget build's manifest (dist/widgets/build-manifest.json, written by `npm run build`): the
 * persisted documents widgets may send and the element registry. The server reads it rather than
 * importing widgets/, so the two meet only through the build output.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WIDGETS_DIST } from './widget-assets.ts';

export interface ManifestDocument {
  /** SHA-256 of `text`, hex: what widgets send. */
  id: string;
  /** Operation name, e.g. `WidgetIndicatorKpi`. */
  name: string;
  text: string;
  /** Cache tags of its answers; `$name` stands for the variable `name` (see cache-tags.ts). */
  tags: string[];
}

export interface ManifestElement {
  tag: string;
  /** Default height in CSS pixels, reserved by snippets. */
  height: number;
  /** Operation names of the documents it sends. */
  documents: string[];
}

export interface WidgetManifest {
  documents: ManifestDocument[];
  elements: ManifestElement[];
}

export const manifestFile = (dir = WIDGETS_DIST) => path.join(dir, 'build-manifest.json');

/** The manifest; empty before the first build (then no widget document is answered). */
export function readWidgetManifest(dir = WIDGETS_DIST): WidgetManifest {
  const file = manifestFile(dir);
  if (!existsSync(file)) return { documents: [], elements: [] };
  const { documents, elements } = JSON.parse(readFileSync(file, 'utf8')) as WidgetManifest;
  return { documents, elements };
}
