/**
 * Attacks on the HTTP layer: malformed URLs, headers and bodies on every route, forged hosts,
 * path traversal, oversized and truncated bodies, wrong methods. Each must get a coded 4xx (or a
 * safe answer), never a crash, a 5xx or a stack trace.
 */
import { expect } from 'vitest';
import { errorCodes, rawHttp, viaFetch, type AttackCase, type AttackResponse } from './attack-case.ts';

/** Every route family the server answers. */
export const ROUTES = ['/graphql', '/widgets/phalang.js', '/export/enterprises.csv', '/embed', '/sources', '/'];

const host = (base: string) => new URL(base).host;

/** A raw request with the usual framing; `head` is the request line, `headers` extra lines. */
function raw(base: string, head: string, headers: string[] = [], body: string | Buffer = ''): Promise<AttackResponse> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  const lines = [head, `Host: ${host(base)}`, ...headers];
  if (bytes.length && !headers.some((h) => /^(content-length|transfer-encoding):/i.test(h)))
    lines.push(`Content-Length: ${bytes.length}`);
  return rawHttp(base, Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1'), bytes]));
}

/** No answer may show internals: stack frames, file paths, SQL. */
export function expectNoLeak(res: AttackResponse): void {
  expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|\/work\/|SELECT |TypeError|URIError/);
}

/** A coded refusal: the status, and the GraphQL-shaped body naming `code`. */
function refused(status: number, code: string) {
  return (res: AttackResponse) => {
    expectNoLeak(res);
    expect(res.status).toBe(status);
    expect(errorCodes(res)).toContain(code);
  };
}

/** Any 4xx without internals (for refusals made by Node's parser or yoga, whose codes differ). */
function clientError(res: AttackResponse) {
  expectNoLeak(res);
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
}

const json = (base: string, body: string, headers: Record<string, string> = {}) =>
  viaFetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });

const badPercent: AttackCase[] = [
  ['/graphql?query=%E0%A4%A', 'truncated UTF-8 escape in a query'],
  ['/widgets/%E0%A4%A', 'truncated UTF-8 escape in a widget path (killed the process)'],
  ['/export/enterprises.csv?area=%ZZ', 'non-hex escape in an export filter'],
  ['/embed?x=%', 'lone % in the gallery URL'],
  ['/sources/%C0%AF', 'overlong UTF-8 encoding of "/" in a path'],
  ['/%FF', 'a byte that is not UTF-8, escaped, at the root'],
].map(([target, what]) => ({
  name: `malformed percent-encoding: ${what} (${target})`,
  send: ({ base }) => raw(base, `GET ${target} HTTP/1.1`),
  check: refused(400, 'BAD_REQUEST'),
}));

export const cases: AttackCase[] = [
  ...badPercent,
  {
    name: 'raw bytes that are not UTF-8 in the path',
    send: ({ base }) => raw(base, 'GET /graphql\xff\xfe HTTP/1.1'),
    check: clientError,
  },
  {
    name: 'raw invalid UTF-8 in a query-string value',
    send: ({ base }) => raw(base, 'GET /graphql?query=\xc3\x28 HTTP/1.1'),
    check: clientError,
  },
  {
    name: 'invalid UTF-8 inside a JSON body',
    send: ({ base }) =>
      raw(
        base,
        'POST /graphql HTTP/1.1',
        ['Content-Type: application/json', 'Accept: application/graphql-response+json'],
        Buffer.concat([Buffer.from('{"query":"{ __typename '), Buffer.from([0xff, 0xfe]), Buffer.from(' }"}')]),
      ),
    check: (res) => {
      clientError(res);
      expect(errorCodes(res)).toContain('GRAPHQL_PARSE_FAILED');
    },
  },
  {
    name: 'a header larger than the 16 KB header budget',
    send: ({ base }) => raw(base, 'GET /graphql?query=%7B__typename%7D HTTP/1.1', [`X-Filler: ${'a'.repeat(20_000)}`]),
    check: refused(431, 'HEADERS_TOO_LARGE'),
  },
  {
    name: 'a control character in a header value',
    send: ({ base }) => raw(base, 'GET /sources HTTP/1.1', ['X-Evil: a\x01b']),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'a header line without a colon',
    send: ({ base }) => raw(base, 'GET /embed HTTP/1.1', ['this is not a header']),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'request smuggling: both Content-Length and Transfer-Encoding',
    send: ({ base }) =>
      raw(
        base,
        'POST /graphql HTTP/1.1',
        ['Content-Type: application/json', 'Content-Length: 4', 'Transfer-Encoding: chunked'],
        '0\r\n\r\n',
      ),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'an absolute-form target naming another host',
    send: ({ base }) => raw(base, 'GET http://evil.example/graphql?query=%7B__typename%7D HTTP/1.1'),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'forged Host with markup on /embed (was a 500 with a stack trace)',
    send: ({ base }) => rawHttp(base, 'GET /embed HTTP/1.1\r\nHost: <script>alert(1)</script>\r\n\r\n'),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'forged Host naming another site: snippets keep the configured origin',
    send: ({ base }) => rawHttp(base, 'GET /embed HTTP/1.1\r\nHost: evil.example\r\n\r\n'),
    check: (res, { base }) => {
      expect(res.status).toBe(200);
      expect(res.body).not.toContain('evil.example');
      expect(res.body.includes(`${base}/widgets/phalang.js`)).toBe(true);
    },
  },
  {
    name: 'forged Host on the / redirect: the Location names no host',
    send: ({ base }) => rawHttp(base, 'GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n'),
    check: (res) => {
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('/embed');
    },
  },
  ...[
    '/widgets/%2e/meta.json',
    '/widgets/chunks/../meta.json',
    '/widgets/chunks/%2e%2e/meta.json',
    '/widgets/%2e%2e%2f%2e%2e%2fpackage.json',
  ].map((target): AttackCase => ({
    name: `path traversal to an unpublished file: ${target}`,
    send: ({ base }) => raw(base, `GET ${target} HTTP/1.1`),
    check: (res) => {
      expectNoLeak(res);
      expect(res.status).toBe(404);
      expect(res.body).not.toMatch(/"inputs"|"outputs"|"dependencies"/);
    },
  })),
  {
    name: 'a JSON body over the 100 KB limit',
    send: ({ base }) =>
      json(base, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } })),
    check: refused(413, 'BODY_TOO_LARGE'),
  },
  {
    name: 'a body streamed without Content-Length (chunked JSON)',
    send: ({ base }) =>
      raw(
        base,
        'POST /graphql HTTP/1.1',
        ['Content-Type: application/json', 'Transfer-Encoding: chunked'],
        '1a\r\n{"query":"{ __typename }"}\r\n0\r\n\r\n',
      ),
    check: refused(411, 'LENGTH_REQUIRED'),
  },
  {
    name: 'a body shorter than its Content-Length, then the connection closes',
    send: async ({ base }) => {
      try {
        return await raw(
          base,
          'POST /graphql HTTP/1.1',
          ['Content-Type: application/json', 'Content-Length: 500'],
          '{"query":"{ __typ',
        );
      } catch {
        // The server may drop a request whose body never arrives: that is safe too.
        return { status: 0, headers: {}, body: '' };
      }
    },
    check: (res) => {
      expectNoLeak(res);
      expect(res.status === 0 || (res.status >= 400 && res.status < 500)).toBe(true);
    },
  },
  {
    name: 'truncated JSON',
    send: ({ base }) => json(base, '{"query":"{ __typ'),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'JSON with single quotes and bare keys',
    send: ({ base }) => json(base, "{query: '{ __typename }'}"),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'a JSON array (batched operations are not accepted)',
    send: ({ base }) => json(base, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
    check: clientError,
  },
  {
    name: 'a non-string query (number)',
    send: ({ base }) => json(base, '{"query":42}'),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'variables that are a string, not an object',
    send: ({ base }) => json(base, '{"query":"{ __typename }","variables":"[1,2]"}'),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'an unsupported Content-Type (application/xml)',
    send: ({ base }) =>
      viaFetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: '<query>{ __typename }</query>',
      }),
    check: clientError,
  },
  {
    name: 'a form post without a preflight header (CSRF)',
    send: ({ base }) => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: '{ __typename }' }));
      form.set('map', '{}');
      return viaFetch(`${base}/graphql`, { method: 'POST', body: form });
    },
    check: refused(403, 'CSRF_PREVENTED'),
  },
  {
    name: 'a huge variables parameter in a GET (just under the header budget)',
    send: ({ base }) =>
      viaFetch(
        `${base}/graphql?query=${encodeURIComponent('query($a: String) { __typename }')}&variables=${encodeURIComponent(
          JSON.stringify({ a: 'v'.repeat(5000), b: Array.from({ length: 500 }, (_, i) => i) }),
        )}`,
      ),
    check: (res) => {
      expectNoLeak(res);
      expect(res.status).toBeLessThan(500);
    },
  },
  {
    name: 'a variables parameter over the header budget',
    send: ({ base }) =>
      raw(
        base,
        `GET /graphql?query=%7B__typename%7D&variables=${encodeURIComponent(JSON.stringify({ a: 'v'.repeat(40_000) }))} HTTP/1.1`,
      ),
    check: refused(431, 'HEADERS_TOO_LARGE'),
  },
  {
    name: 'wrong method: PUT /graphql',
    send: ({ base }) =>
      viaFetch(`${base}/graphql`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }),
    check: (res) => {
      clientError(res);
      expect(res.status).toBe(405);
    },
  },
  {
    name: 'wrong method: DELETE on an export',
    send: ({ base }) => viaFetch(`${base}/export/enterprises.csv`, { method: 'DELETE' }),
    check: clientError,
  },
  {
    name: 'a mutation sent by GET',
    send: ({ base }) =>
      viaFetch(`${base}/graphql?query=${encodeURIComponent('mutation { revokeApiToken(id: 1) { id } }')}`, {
        headers: { accept: 'application/graphql-response+json' },
      }),
    check: (res) => {
      clientError(res);
      expect(res.status).toBe(405);
    },
  },
  {
    name: 'HEAD on the GraphQL GET route answers headers only',
    send: ({ base }) => viaFetch(`${base}/graphql?query=%7B__typename%7D`, { method: 'HEAD' }),
    check: (res) => {
      expect(res.status).toBe(200);
      expect(res.body).toBe('');
    },
  },
  {
    name: 'an Accept header that names nothing the server speaks',
    send: ({ base }) => viaFetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { accept: 'text/xml' } }),
    check: (res) => {
      clientError(res);
      expect(res.status).toBe(406);
    },
  },
  {
    name: 'variables that are not JSON in a GET (was a 500)',
    send: ({ base }) =>
      viaFetch(`${base}/graphql?query=%7B__typename%7D&variables=%7B`, {
        headers: { accept: 'application/graphql-response+json' },
      }),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'extensions that are not JSON in a GET',
    send: ({ base }) => viaFetch(`${base}/graphql?documentId=abc&extensions=%7Bnope`),
    check: refused(400, 'BAD_REQUEST'),
  },
  {
    name: 'a malformed Authorization header',
    send: ({ base }) => json(base, '{"query":"{ __typename }"}', { authorization: `Basic ${'A'.repeat(4000)}` }),
    check: refused(401, 'UNAUTHENTICATED'),
  },
];
