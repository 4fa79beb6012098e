/**
 * A file served as bytes held in memory, compressed once per encoding (brotli, gzip) off the
 * event loop, with a strong ETag. Shared by the widget bundle and GraphiQL's assets.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface StaticAsset {
  body: Buffer;
  contentType: string;
  cacheControl: string;
  etag: string;
  /** Compressed bodies, made on first demand; a promise so concurrent first requests share one. */
  encoded: { br?: Promise<Buffer>; gzip?: Promise<Buffer> };
}

export function staticAsset(body: Buffer | string, contentType: string, cacheControl: string): StaticAsset {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    body: bytes,
    contentType,
    cacheControl,
    etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`,
    encoded: {},
  };
}

/** The encoding to send: brotli when accepted (smallest), then gzip, else none. */
function pickEncoding(req: IncomingMessage): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b(?!;q=0(?:\.0*)?\b)/.test(accepted)) return 'br';
  if (/\bgzip\b(?!;q=0(?:\.0*)?\b)/.test(accepted)) return 'gzip';
  return undefined;
}

function encode(asset: StaticAsset, encoding: 'br' | 'gzip'): Promise<Buffer> {
  // Brotli quality 9 is within a few per cent of 11 on JavaScript at a fraction of its time.
  return (asset.encoded[encoding] ??=
    encoding === 'br'
      ? brotli(asset.body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 9,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: asset.body.length,
          },
        })
      : gzipAsync(asset.body, { level: 9 }));
}

/** Sends the asset (or 304 to a matching If-None-Match); HEAD gets the headers alone. */
export async function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  asset: StaticAsset,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const headers: Record<string, string> = {
    'Content-Type': asset.contentType,
    'Cache-Control': asset.cacheControl,
    ETag: asset.etag,
    Vary: 'Accept-Encoding',
    ...extraHeaders,
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = asset.body.length > 1024 ? pickEncoding(req) : undefined;
  const body = encoding ? await encode(asset, encoding) : asset.body;
  res.writeHead(200, {
    ...headers,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Content-Length': String(body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
