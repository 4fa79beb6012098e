/**
 * Live updates: a subscription that announces committed writes touching what widget documents
 * show. It carries no data, only sequence numbers and tags, so nothing but published data can
 * travel: the client re-reads its documents through the public read path.
 */
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { DocumentNotice } from '../live-source.ts';

/** Documents one stream may watch: a page's widgets share one stream (browsers allow few per origin). */
export const MAX_WATCHED_DOCUMENTS = 50;

const Change = builder.objectRef<DocumentNotice>('Change').implement({
  description:
    'A notice that published answers may have changed. It carries no data: re-read the documents it names (the answer is unchanged when only drafts were edited).',
  fields: (t) => ({
    sequence: t.exposeInt('sequence', {
      description:
        'Sequence number of the newest write this stream knows of; it grows with every write. Re-read when it passes the last one you have seen; repeats can be ignored.',
    }),
    tags: t.exposeStringList('tags', {
      description:
        'The tags the write changed that the watched documents depend on. Empty in the first event (where the sequence stands now) and in heartbeats.',
    }),
    documents: t.exposeIntList('documents', {
      description:
        'Positions (from 0) in the `documents` argument of the documents whose answers may have changed. Empty in the first event and in heartbeats.',
    }),
  }),
});

const WatchedDocument = builder.inputType('WatchedDocument', {
  description: 'A persisted widget document and its variables, as a widget requests it.',
  fields: (t) => ({
    documentId: t.string({ required: true, description: 'The persisted document id (its SHA-256, hex).' }),
    variables: t.string({
      description: 'The variables as JSON text, as in the GET request (`{}` when absent).',
    }),
  }),
});

builder.subscriptionType({
  description: 'Live notices, served over Server-Sent Events (`Accept: text/event-stream`, graphql-sse protocol).',
});

builder.subscriptionField('documentChanges', (t) =>
  t.field({
    type: Change,
    description:
      'Notices of committed writes that may change the answers of these persisted widget documents. The first event reports the current sequence, heartbeats follow every 20 s by default, and a stream without changes is closed after a while: reconnect, and re-read when the sequence has moved.',
    args: {
      documents: t.arg({
        type: [WatchedDocument],
        required: true,
        description: `The documents to watch (at most ${MAX_WATCHED_DOCUMENTS}).`,
      }),
    },
    subscribe: (_root, args, ctx) => {
      const live = ctx.live;
      if (!live)
        throw new GraphQLError('Live updates are not available on this server.', {
          extensions: { code: 'LIVE_UNAVAILABLE' },
        });
      if (args.documents.length === 0 || args.documents.length > MAX_WATCHED_DOCUMENTS)
        throw new GraphQLError(`Watch from 1 to ${MAX_WATCHED_DOCUMENTS} documents.`, {
          extensions: { code: 'BAD_USER_INPUT', argument: 'documents' },
        });
      const tags = args.documents.map((doc, i) => {
        const found = live.tagsOf(doc.documentId, parseVariables(doc.variables, i));
        if (!found)
          throw new GraphQLError(
            `Unknown document id at position ${i}: this widget may be newer or older than the server.`,
            {
              extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', argument: 'documents' },
            },
          );
        return found;
      });
      return live.watch(tags);
    },
    resolve: (notice) => notice,
  }),
);

function parseVariables(text: string | null | undefined, position: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '{}');
  } catch {
    value = undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new GraphQLError(`The variables at position ${position} are not a JSON object.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'documents' },
    });
  return value as Record<string, unknown>;
}
