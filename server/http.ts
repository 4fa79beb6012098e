/**
 * The HTTP server: the request guard first, then the public read cache, static files and the
 * GraphQL app, and the change feed that keeps the cache honest. main.ts starts it; tests and
 * benchmarks start it on port 0.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrismaClient } from '../prisma/client.ts';
import { ChangeFeed } from './public-read/change-feed.ts';
import { LiveChanges, type LiveChangesOptions } from './public-read/live.ts';
import { createPublicReadHandler } from './public-read/handler.ts';
import { createDocumentStore } from './public-read/persisted-documents.ts';
import { ResponseCache } from './public-read/response-cache.ts';
import {
  answerClientError,
  checkRequest,
  guardListener,
  orderAcceptByQuality,
  sendRefusal,
  type RequestLimits,
} from './request-guard.ts';
import { createPhalangApp, type PhalangAppOptions } from './yoga.ts';
import { createWidgetAssetHandler } from './widget-assets.ts';
import { handleGraphiQLAsset } from './graphiql.ts';

export interface PhalangServerOptions extends Omit<PhalangAppOptions, 'publicUrl'>, RequestLimits {
  /** Serve persisted GET requests from the bytes cache. @default true */
  publicCache?: boolean;
  /** Memory for the bytes cache, in bytes. @default 67_108_864 (64 MB) */
  publicCacheBytes?: number;
  /** The public origin (`PUBLIC_URL`). @default the listening address, e.g. `http://localhost:4000` */
  publicUrl?: string;
  /** How often to read the ChangeLog for writes made elsewhere. @default 1000 */
  changeFeedIntervalMs?: number;
  /** Milliseconds between heartbeat events on live streams. @default 20_000 */
  liveHeartbeatMs?: number;
  /** Milliseconds without a change after which a live stream is closed. @default 900_000 */
  liveIdleMs?: number;
  /** Where live notices are published and heard (a shared one, e.g. Redis, for several instances). @default in-process */
  liveEventTarget?: LiveChangesOptions['eventTarget'];
}

export function createPhalangServer(options: PhalangServerOptions) {
  const documents = createDocumentStore();
  const cache = new ResponseCache({ maxBytes: options.publicCacheBytes });
  let listeningOrigin = 'http://localhost:4000';
  // One ChangeLog reader per process: it drops cached answers written elsewhere and publishes
  // every write, with its sequence number, to live streams.
  const feed = new ChangeFeed({
    prisma: options.prisma,
    intervalMs: options.changeFeedIntervalMs,
    onChange: (tags, sequence) => {
      cache.invalidate(tags);
      live.publish({ sequence, tags });
    },
  });
  const live = new LiveChanges({
    documents,
    currentSequence: () => feed.cursor,
    heartbeatMs: options.liveHeartbeatMs,
    idleMs: options.liveIdleMs,
    eventTarget: options.liveEventTarget,
  });
  const app = createPhalangApp({
    ...options,
    documents,
    live,
    // The cache is dropped before the write is acknowledged; the feed then reads the row at once,
    // so live streams hear of it without waiting for the next poll.
    invalidate: (tags) => {
      cache.invalidate(tags);
      void feed.poll();
    },
    publicUrl: options.publicUrl ?? (() => listeningOrigin),
  });
  const handle = options.publicCache === false ? () => false : createPublicReadHandler({ app, cache, documents });
  const assets = createWidgetAssetHandler();
  const server: Server = createServer(
    guardListener((req, res) => {
      const refusal = checkRequest(req, options);
      if (refusal) return sendRefusal(res, refusal);
      // HEAD is GET without the body: Node drops the body of a HEAD answer by itself.
      if (req.method === 'HEAD') req.method = 'GET';
      orderAcceptByQuality(req);
      if (handle(req, res)) return;
      return assets(req, res) || handleGraphiQLAsset(req, res) || app(req, res);
    }),
  );
  server.on('clientError', answerClientError);

  return {
    server,
    app,
    cache,
    feed,
    live,
    /** The origin pages use in absolute URLs: PUBLIC_URL, or where the server listens. */
    get publicUrl(): string {
      return options.publicUrl ?? listeningOrigin;
    },
    /** Listens and starts following changes; resolves with the port. */
    async listen(port: number, host?: string): Promise<number> {
      await feed.start();
      await new Promise<void>((resolve) => server.listen(port, host, resolve));
      const address = server.address() as AddressInfo;
      const shownHost =
        !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      listeningOrigin = `http://${shownHost}:${address.port}`;
      return address.port;
    },
    /** Stops accepting connections, lets open requests finish, stops the feed. */
    async close(): Promise<void> {
      await feed.stop();
      live.close(); // open streams would otherwise hold the server open until they idle out
      await new Promise<void>((resolve) => {
        // Connections go idle as open requests and ended streams finish: close each then.
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        server.close(() => {
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}

export type PhalangServer = ReturnType<typeof createPhalangServer>;
