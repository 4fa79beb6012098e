/** The trusted documents widgets may request by hash (SHA-256 of the exact text, hex). */
import { createHash } from 'node:crypto';
import { WIDGET_DOCUMENTS, type WidgetDocumentName } from '../../widgets/documents.ts';

export const documentIdOf = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface PersistedDocument {
  id: string;
  name: WidgetDocumentName;
  text: string;
}

export function createDocumentStore(): Map<string, PersistedDocument> {
  const store = new Map<string, PersistedDocument>();
  for (const [name, text] of Object.entries(WIDGET_DOCUMENTS) as [WidgetDocumentName, string][]) {
    const id = documentIdOf(text);
    store.set(id, { id, name, text });
  }
  return store;
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
