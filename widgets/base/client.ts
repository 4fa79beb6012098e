/**
 * One urql client per API endpoint, shared by every widget on the page: widgets asking the same
 * thing share one request and its cached answer. Requests are persisted GETs (the document's
 * SHA-256 instead of its text), which browsers and CDNs can cache.
 */
import { Client, cacheExchange, fetchExchange, type AnyVariables, type OperationResult } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { Kind, OperationTypeNode, type DocumentNode } from '@0no-co/graphql.web';
import type { WidgetDocumentName } from './graphql.ts';
import { DOCUMENT_IDS } from './document-ids.ts';

const clients = new Map<string, Client>();

/**
 * The GraphQL URL for an `endpoint` attribute: an origin (`https://data.example`) gets `/graphql`
 * appended; a full URL is used as it is. Without one, the origin the widget script came from.
 */
export function graphqlUrl(endpoint: string | null | undefined, scriptUrl: string): string {
  const base = new URL(endpoint || new URL(scriptUrl).origin, scriptUrl);
  if (base.pathname === '/' || base.pathname === '') base.pathname = '/graphql';
  return base.toString();
}

export function clientFor(url: string): Client {
  let client = clients.get(url);
  if (!client) {
    client = new Client({
      url,
      preferGetMethod: true,
      requestPolicy: 'cache-first',
      exchanges: [
        cacheExchange,
        persistedExchange({
          preferGetForPersistedQueries: true,
          enforcePersistedQueries: true,
          // Ids are computed at build time: no hashing (and no secure-context requirement) in the page.
          generateHash: async (_query, document) => {
            const name = operationName(document);
            return name ? DOCUMENT_IDS[name] : undefined;
          },
        }),
        fetchExchange,
      ],
    });
    clients.set(url, client);
  }
  return client;
}

function operationName(document: { definitions: readonly unknown[] }): WidgetDocumentName | undefined {
  const [definition] = document.definitions as { kind: string; name?: { value: string } }[];
  return definition?.name?.value as WidgetDocumentName | undefined;
}

/**
 * The page needs no query text: the server holds the trusted documents and widgets send only
 * their ids. urql still wants a document to key its cache on, so each operation is referred to
 * by a bodiless document that names it (never sent, never parsed).
 */
const documents = new Map<WidgetDocumentName, DocumentNode>();
function documentFor(name: WidgetDocumentName): DocumentNode {
  let document = documents.get(name);
  if (!document) {
    document = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: OperationTypeNode.QUERY,
          name: { kind: Kind.NAME, value: name },
          selectionSet: { kind: Kind.SELECTION_SET, selections: [] },
        },
      ],
    } as DocumentNode;
    documents.set(name, document);
  }
  return document;
}

/** Runs a widget document; `fresh` skips the shared cache (for periodic refresh). */
export function runQuery<Data>(
  url: string,
  name: WidgetDocumentName,
  variables: AnyVariables,
  fresh = false,
): Promise<OperationResult<Data, AnyVariables>> {
  return clientFor(url)
    .query<Data>(documentFor(name), variables, { requestPolicy: fresh ? 'network-only' : 'cache-first' })
    .toPromise();
}
