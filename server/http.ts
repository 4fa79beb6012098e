/**
 * The HTTP server: the public read cache in front, the GraphQL app behind it, and the change
 * feed that keeps the cache honest. main.ts starts it; tests and benchmarks start it on port 0.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrismaClient } from '../prisma/client.ts';
import { ChangeFeed } from './public-read/change-feed.ts';
import { createPublicReadHandler } from './public-read/handler.ts';
import { createDocumentStore } from './public-read/persisted-documents.ts';
import { ResponseCache } from './public-read/response-cache.ts';
import { createPhalangApp, type PhalangAppOptions } from './yoga.ts';
import { createWidgetAssetHandler } from './widget-assets.ts';

export interface PhalangServerOptions extends PhalangAppOptions {
  /** Serve persisted GET requests from the bytes cache. @default true */
  publicCache?: boolean;
  /** How often to read the ChangeLog for writes made elsewhere. @default 1000 */
  changeFeedIntervalMs?: number;
}

export function createPhalangServer(options: PhalangServerOptions) {
  const documents = createDocumentStore();
  const cache = new ResponseCache();
  const app = createPhalangApp({ ...options, documents, invalidate: (tags) => cache.invalidate(tags) });
  const handle = options.publicCache === false ? () => false : createPublicReadHandler({ app, cache, documents });
  const assets = createWidgetAssetHandler();
  const server: Server = createServer((req, res) => {
    if (!handle(req, res) && !assets(req, res)) void app(req, res);
  });
  const feed = new ChangeFeed({
    prisma: options.prisma,
    intervalMs: options.changeFeedIntervalMs,
    onChange: (tags) => cache.invalidate(tags),
  });

  return {
    server,
    app,
    cache,
    feed,
    /** Listens and starts following changes; resolves with the port. */
    async listen(port: number, host?: string): Promise<number> {
      await feed.start();
      await new Promise<void>((resolve) => server.listen(port, host, resolve));
      return (server.address() as AddressInfo).port;
    },
    /** Stops accepting connections, lets open requests finish, stops the feed. */
    async close(): Promise<void> {
      feed.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}

export type PhalangServer = ReturnType<typeof createPhalangServer>;
