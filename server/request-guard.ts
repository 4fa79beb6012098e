/**
 * The one gate every HTTP request passes before any route sees it: nothing a caller sends can
 * end the process or reach a route half-understood. `guardListener` catches whatever a route
 * throws or rejects with; `checkRequest` refuses malformed targets, hosts and bodies with a coded
 * 4xx; `answerClientError` does the same for bytes Node's own parser refuses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export interface RequestLimits {
  /** Largest request body, in bytes, for anything but a multipart upload (JSON, GraphQL text). @default 102_400 */
  maxBodyBytes?: number;
  /** Largest multipart upload, in bytes (the importer applies its own limits to what is inside). @default 26_214_400 */
  maxUploadBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** A refusal: HTTP status, `extensions.code` and a message that tells the caller what to fix. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

const refuse = (status: number, code: string, message: string): Refusal => ({ status, code, message });

// Printable ASCII only: anything else must be percent-encoded (RFC 3986), so raw bytes never
// reach a decoder that could guess at them.
const TARGET = /^\/[\x21-\x7e]*$/;
// A % must start a two-digit hex escape.
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
// reg-name or IP literal, with an optional port (RFC 9110 §7.2); no markup, spaces or paths.
const HOST = /^(?:[A-Za-z0-9._~-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** True when every percent escape decodes to valid UTF-8. */
function decodesAsUtf8(s: string): boolean {
  if (BAD_PERCENT.test(s)) return false;
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

/** Why the request must be refused before routing, or undefined when it may go on. */
export function checkRequest(req: IncomingMessage, limits: RequestLimits = {}): Refusal | undefined {
  const url = req.url ?? '';
  if (!TARGET.test(url)) {
    return req.method === 'OPTIONS' && url === '*'
      ? undefined
      : refuse(
          400,
          'BAD_REQUEST',
          'The request target must be a path starting with "/", in printable ASCII (percent-encode anything else).',
        );
  }
  if (!decodesAsUtf8(url)) {
    return refuse(
      400,
      'BAD_REQUEST',
      'The URL has a malformed percent-encoding: each % must start an escape of UTF-8 bytes.',
    );
  }
  const host = req.headers.host;
  if (host !== undefined && !HOST.test(host)) {
    return refuse(400, 'BAD_REQUEST', 'The Host header is not a valid host name.');
  }
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return undefined;
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  const upload = type.startsWith('multipart/form-data');
  const limit = upload
    ? (limits.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES)
    : (limits.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  const length = req.headers['content-length'];
  if (length === undefined) {
    // A streamed body's size is unknown until it is read; an upload is bounded where it is parsed.
    return req.headers['transfer-encoding'] && !upload
      ? refuse(411, 'LENGTH_REQUIRED', 'Send the request body with a Content-Length header.')
      : undefined;
  }
  if (Number(length) > limit) {
    return refuse(
      413,
      'BODY_TOO_LARGE',
      `The request body is ${length} bytes; the limit is ${limit} bytes${upload ? ' for an upload' : ''}.`,
    );
  }
  return undefined;
}

const jsonBody = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** Sends a coded GraphQL-shaped error answer (any origin may read it: it reveals nothing). */
export function sendRefusal(res: ServerResponse, { status, code, message }: Refusal): void {
  const body = jsonBody(code, message);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'Access-Control-Allow-Origin': '*',
    // The rest of a refused body is never read; closing stops the caller from streaming it.
    ...(status === 411 || status === 413 ? { Connection: 'close' } : {}),
  });
  res.end(body);
}

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * Wraps the request listener so that no route can throw out of it: a synchronous throw or a
 * rejected promise becomes a masked 500 (or a closed connection when the answer had started).
 */
export function guardListener(listener: Listener): Listener {
  const fail = (res: ServerResponse, error: unknown) => {
    console.error('http: a request failed outside GraphQL', error);
    if (!res.headersSent) sendRefusal(res, refuse(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.'));
    else res.destroy();
  };
  return (req, res) => {
    try {
      const result = listener(req, res);
      if (result instanceof Promise) result.catch((error: unknown) => fail(res, error));
    } catch (error) {
      fail(res, error);
    }
  };
}

/**
 * Answers what Node's HTTP parser refused (invalid header bytes, oversized headers, a broken
 * request line) with a coded JSON 4xx instead of a bare one, then closes the connection.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = jsonBody(
    tooLarge ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST',
    tooLarge ? 'The request line and headers are too large.' : 'The request is not valid HTTP.',
  );
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}

/**
 * Rewrites `Accept` in order of preference: highest q first, q=0 dropped. graphql-yoga honours
 * the order of the list but not q-values, so this is how `;q=` takes effect.
 */
export function orderAcceptByQuality(req: IncomingMessage): void {
  const accept = req.headers.accept;
  if (!accept || !/;\s*q=/i.test(accept)) return;
  const ranked = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.split(';').map((p) => p.trim());
      let q = 1;
      const rest: string[] = [];
      for (const p of params) {
        const m = /^q=([0-9.]+)$/i.exec(p);
        if (m) q = Math.min(1, Number(m[1]) || 0);
        else if (p) rest.push(p);
      }
      return { value: [type, ...rest].join(';'), q, index };
    })
    .filter((r) => r.q > 0 && r.value)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  // Nothing acceptable left: an empty Accept would mean "anything", so ask for nothing we serve.
  req.headers.accept = ranked.length ? ranked.map((r) => r.value).join(',') : 'application/x-none';
}
