/**
 * The trusted documents widgets may request by id (SHA-256 of the exact text, hex), as the widget
 * build listed them in its manifest.
 */
import { readWidgetManifest, type ManifestDocument, type WidgetManifest } from '../widget-manifest.ts';

export type PersistedDocument = ManifestDocument;

export function createDocumentStore(manifest: WidgetManifest = readWidgetManifest()): Map<string, PersistedDocument> {
  return new Map(manifest.documents.map((d) => [d.id, d]));
}

/**
 * The document id of a GET request: `documentId` (GraphQL over HTTP) or the
 * `extensions.persistedQuery.sha256Hash` that urql and Apollo clients send.
 */
export function documentIdFromSearch(search: URLSearchParams): string | null {
  const direct = search.get('documentId');
  if (direct) return direct;
  const extensions = search.get('extensions');
  if (!extensions) return null;
  try {
    const hash = (JSON.parse(extensions) as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery?.sha256Hash;
    return typeof hash === 'string' ? hash : null;
  } catch {
    return null;
  }
}
