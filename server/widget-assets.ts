/**
 * Serves the built widget bundle from dist/widgets/: the loader at a stable URL with a short
 * cache life, the content-hashed chunks as immutable. Module scripts are fetched with CORS, so
 * every file says any origin may use it.
 *
 * Only published files are served, looked up by their exact name in a list read from the build
 * output: no path is ever joined from the request, so `%2e`, `..` and the like name nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendAsset, staticAsset, type StaticAsset } from './static-asset.ts';

export const WIDGETS_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'widgets');

/**
 * Build outputs that are not for browsers: esbuild's metafile (sizes and source paths) and the
 * build manifest the server reads (see widget-manifest.ts).
 */
const UNPUBLISHED = new Set(['meta.json', 'build-manifest.json']);

/** The files partners may load, as paths relative to `dir` with `/` separators. */
export function publishedWidgetFiles(dir = WIDGETS_DIST): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(js|json)$/.test(e.name))
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((rel) => !UNPUBLISHED.has(rel)),
  );
}

/** The decoded path, or '' (which names no file) for an escape that is not UTF-8. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return '';
  }
}

const CORS = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };

export function createWidgetAssetHandler(dir = WIDGETS_DIST) {
  let published = publishedWidgetFiles(dir);
  const assets = new Map<string, StaticAsset>();
  const load = (rel: string): StaticAsset | undefined => {
    // Read once when the server started before the first build (npm start builds, then serves).
    if (published.size === 0) published = publishedWidgetFiles(dir);
    if (!published.has(rel)) return undefined;
    let asset = assets.get(rel);
    if (!asset) {
      asset = staticAsset(
        readFileSync(path.join(dir, ...rel.split('/'))),
        rel.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8',
        // Chunk names carry a content hash: they never change. The loader's URL is what partners
        // paste, so it must stay fresh enough to pick up a new release.
        rel.startsWith('chunks/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=300, stale-while-revalidate=86400',
      );
      assets.set(rel, asset);
    }
    return asset;
  };

  /** False when the request is not for a widget file; otherwise the answer being sent. */
  return function handle(req: IncomingMessage, res: ServerResponse): false | Promise<void> {
    if (req.method !== 'GET' || !req.url?.startsWith('/widgets/')) return false;
    const pathname = req.url.slice('/widgets/'.length).split('?')[0]!;
    const asset = load(decodePath(pathname));
    if (!asset) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...CORS });
      res.end(existsSync(dir) ? 'Not found' : 'The widgets are not built: run `npm run build`.');
      return Promise.resolve();
    }
    return sendAsset(req, res, asset, CORS);
  };
}
