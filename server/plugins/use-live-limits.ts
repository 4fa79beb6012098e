/**
 * Bounds Server-Sent Event streams (live subscriptions): at most `maxStreamsPerClient` open at once
 * from one client address; the next one is refused with 429 and a coded error, before anything
 * runs. A page's widgets share one stream per API, so a few per address is plenty.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';

export interface LiveLimitsOptions {
  /** Streams one client address may hold open at once. @default 8 */
  maxStreamsPerClient?: number;
}

export const DEFAULT_MAX_STREAMS_PER_CLIENT = 8;

export function useLiveLimits({
  maxStreamsPerClient = DEFAULT_MAX_STREAMS_PER_CLIENT,
}: LiveLimitsOptions = {}): Plugin {
  const open = new Map<string, number>();
  return {
    onRequest({ request, serverContext, endResponse }) {
      if (!request.headers.get('accept')?.includes('text/event-stream')) return;
      const { req, res } = serverContext as { req?: IncomingMessage; res?: ServerResponse };
      if (!req || !res) return; // in-process calls (tests' yoga.fetch) have no socket to count
      const client = req.socket.remoteAddress ?? 'unknown';
      const held = open.get(client) ?? 0;
      if (held >= maxStreamsPerClient) {
        endResponse(
          new Response(
            JSON.stringify({
              errors: [
                {
                  message: `Too many live streams from this address (at most ${maxStreamsPerClient}); close one or retry later.`,
                  extensions: { code: 'TOO_MANY_STREAMS', maxStreamsPerClient },
                },
              ],
            }),
            {
              status: 429,
              headers: {
                'Content-Type': 'application/json; charset=utf-8',
                'Retry-After': '30',
                'Cache-Control': 'no-store',
              },
            },
          ),
        );
        return;
      }
      open.set(client, held + 1);
      res.once('close', () => {
        const n = (open.get(client) ?? 1) - 1;
        if (n > 0) open.set(client, n);
        else open.delete(client);
      });
    },
  };
}
