/**
 * GraphiQL at /graphql without its 9 MB in every page: yoga's page inlines the whole editor
 * (script, styles, three Monaco workers, favicon). Here the page is a few kilobytes that load
 * those as files under /graphiql/, named by content hash, cached by browsers for a year and sent
 * brotli- or gzip-compressed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import {
  css,
  editorWorkerService,
  favicon,
  graphqlWorker,
  js,
  jsonWorker,
} from '@graphql-yoga/render-graphiql/graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { sendAsset, staticAsset, type StaticAsset } from './static-asset.ts';

const PREFIX = '/graphiql/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const JS = 'text/javascript; charset=utf-8';

function hashed(name: string, ext: string, body: Buffer | string, contentType: string) {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `${PREFIX}${name}.${hash}.${ext}`, asset: staticAsset(body, contentType, IMMUTABLE) };
}

const iconMatch = /^data:([^;]+);base64,(.*)$/.exec(favicon);

const FILES = {
  script: hashed('graphiql', 'js', js, JS),
  styles: hashed('graphiql', 'css', css, 'text/css; charset=utf-8'),
  editorWorker: hashed('editor.worker', 'js', editorWorkerService, JS),
  jsonWorker: hashed('json.worker', 'js', jsonWorker, JS),
  graphqlWorker: hashed('graphql.worker', 'js', graphqlWorker, JS),
  icon: iconMatch
    ? hashed('favicon', 'ico', Buffer.from(iconMatch[2]!, 'base64'), iconMatch[1]!)
    : hashed('favicon', 'ico', Buffer.alloc(0), 'image/x-icon'),
};

const BY_PATH = new Map<string, StaticAsset>(Object.values(FILES).map((f) => [f.path, f.asset]));

/** What GraphiQL's assets add up to, for the page's own tests. */
export const GRAPHIQL_ASSET_PATHS = Object.values(FILES).map((f) => f.path);

const escapeForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** yoga's `renderGraphiQL`: the page, pointing at the cached assets. */
export function renderGraphiQLPage(options?: GraphiQLOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options?.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${FILES.icon.path}">
<link rel="stylesheet" href="${FILES.styles.path}">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script>
  const workers = ${escapeForScript({
    editorWorkerService: FILES.editorWorker.path,
    json: FILES.jsonWorker.path,
    graphql: FILES.graphqlWorker.path,
  })};
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
</script>
<script src="${FILES.script.path}"></script>
<script>
  YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${escapeForScript(options ?? {})});
</script>
</body>
</html>`;
}

/** Serves /graphiql/* assets; false for any other path. */
export function handleGraphiQLAsset(req: IncomingMessage, res: ServerResponse): false | Promise<void> {
  if (req.method !== 'GET' || !req.url?.startsWith(PREFIX)) return false;
  const asset = BY_PATH.get(req.url.split('?')[0]!);
  if (!asset) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return Promise.resolve();
  }
  return sendAsset(req, res, asset);
}
