/**
 * Serves the built widget bundle from dist/widgets/: the loader at a stable URL with a short
 * cache life, the content-hashed chunks as immutable. Module scripts are fetched with CORS, so
 * every file says any origin may use it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

export const WIDGETS_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'widgets');

interface Asset {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  cacheControl: string;
}

export function createWidgetAssetHandler(dir = WIDGETS_DIST) {
  const assets = new Map<string, Asset>();
  const load = (rel: string): Asset | undefined => {
    let asset = assets.get(rel);
    if (asset) return asset;
    const file = path.join(dir, rel);
    if (
      !file.startsWith(dir + path.sep) ||
      !existsSync(file) ||
      !statSync(file).isFile() ||
      !/\.(js|json)$/.test(file) ||
      rel === 'meta.json'
    )
      return undefined;
    const body = readFileSync(file);
    asset = {
      body,
      gzip: gzipSync(body, { level: 9 }),
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      // Chunk names carry a content hash: they never change. The loader's URL is what partners
      // paste, so it must stay fresh enough to pick up a new release.
      cacheControl: rel.startsWith('chunks/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300, stale-while-revalidate=86400',
    };
    assets.set(rel, asset);
    return asset;
  };

  return function handle(req: IncomingMessage, res: ServerResponse): boolean {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith('/widgets/')) return false;
    const rel = decodeURIComponent(req.url.slice('/widgets/'.length).split('?')[0]!);
    const asset = load(rel);
    if (!asset) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
      res.end(existsSync(dir) ? 'Not found' : 'The widgets are not built: run `npm run build`.');
      return true;
    }
    const headers: Record<string, string> = {
      'Content-Type': rel.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8',
      'Cache-Control': asset.cacheControl,
      ETag: asset.etag,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      Vary: 'Accept-Encoding',
    };
    if (req.headers['if-none-match'] === asset.etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? asset.gzip : asset.body;
    res.writeHead(200, {
      ...headers,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': String(body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
