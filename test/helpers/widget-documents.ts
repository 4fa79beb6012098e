/**
 * The persisted widget documents as the server sees them: read from the build manifest
 * (dist/widgets/build-manifest.json; the tests' global setup builds it), never from widgets/.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { manifestFile, readWidgetManifest } from '../../server/widget-manifest.ts';

/** An operation name from the manifest, e.g. `WidgetIndicatorKpi`. */
export type WidgetDocumentName = string;

/** A document's id (SHA-256 of its text); `undefined` (a name the manifest lacks) is an error. */
export function documentIdOf(text: string | undefined): string {
  if (text === undefined) throw new Error('no such widget document in the build manifest');
  return createHash('sha256').update(text).digest('hex');
}

if (!existsSync(manifestFile())) throw new Error('No widget build manifest: run `npm run build` first.');

/** Every persisted document's text, by operation name. */
export const WIDGET_DOCUMENTS: Readonly<Record<WidgetDocumentName, string>> = Object.fromEntries(
  readWidgetManifest().documents.map((d) => [d.name, d.text]),
);

/** The path and query string a widget requests for a persisted document with its variables. */
export const widgetPath = (name: WidgetDocumentName, variables: object) =>
  `/graphql?documentId=${documentIdOf(WIDGET_DOCUMENTS[name])}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
