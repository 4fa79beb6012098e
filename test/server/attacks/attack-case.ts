/**
 * One abusive request of the attack suite (`test/server/attacks/attacks.test.ts`), which runs
 * every case against a real server and then checks that the server still answers; `npm run bench`
 * times each rejection. Cases are grouped in `*.cases.ts` files beside this one, by what they attack.
 */
import { connect } from 'node:net';

/** What a case may use: the running server and a staff token for attacks that need one. */
export interface AttackContext {
  /** The server's origin, e.g. `http://127.0.0.1:43210`. */
  base: string;
  /** A valid EDITOR bearer token (uploads, formula payloads written by a rogue editor). */
  editorToken: string;
}

/** An HTTP answer, read in full. */
export interface AttackResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface AttackCase {
  /** What the attack is; the test's name. */
  name: string;
  /** Sends the request (with `viaFetch` or, for bytes fetch refuses to send, `rawHttp`). */
  send: (ctx: AttackContext) => Promise<AttackResponse>;
  /** Throws (an `expect`) unless the answer is a coded rejection or a safe answer. */
  check: (res: AttackResponse, ctx: AttackContext) => void | Promise<void>;
}

/** Sends a request with fetch and reads the whole answer. */
export async function viaFetch(url: string, init?: RequestInit): Promise<AttackResponse> {
  const res = await fetch(url, init);
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => (headers[name] = value));
  return { status: res.status, headers, body: await res.text() };
}

/**
 * Writes raw bytes to the server's socket (request line, headers and body exactly as given) and
 * parses the answer; for malformed requests that fetch would refuse or repair.
 */
export function rawHttp(base: string, request: string | Buffer, timeoutMs = 5000): Promise<AttackResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const status = Number(statusLine.split(' ')[1]);
      let body: Buffer = Buffer.from(rest.join('\r\n\r\n'), 'latin1');
      // Node's server answers with chunked encoding when a handler streams: undo it.
      if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
      if (!status) reject(new Error(`no HTTP answer (got ${JSON.stringify(text.slice(0, 80))})`));
      else resolve({ status, headers, body: body.toString('utf8') });
    });
    socket.write(request);
    // Ask the server to close after answering, so 'close' marks the end of the answer.
    socket.end();
  });
}

/** The payload of a chunked body (RFC 9112 §7.1); a truncated one gives what arrived. */
function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < raw.length) {
    const lineEnd = raw.indexOf('\r\n', at, 'latin1');
    if (lineEnd < 0) break;
    const size = parseInt(raw.subarray(at, lineEnd).toString('latin1').split(';')[0]!, 16);
    if (!size) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The GraphQL error codes in a JSON answer (empty when the body is not GraphQL JSON). */
export function errorCodes(res: AttackResponse): string[] {
  try {
    const json = JSON.parse(res.body) as { errors?: { extensions?: { code?: string } }[] };
    return (json.errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
  } catch {
    return [];
  }
}
