/**
 * The attack suite: every case from every `*.cases.ts` file here, each its own test, against ONE
 * real server; then a corpus of malformed URLs, headers and bodies thrown at every route; and
 * after all of it, the server must still be healthy and answer a real query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../../prisma/tokens.ts';
import { startTestServer, type TestServer } from '../../helpers/test-server.ts';
import { rawHttp, type AttackContext, type AttackResponse } from './attack-case.ts';
import { ROUTES, expectNoLeak } from './http.cases.ts';
import { loadAttackCases } from './load-cases.ts';

const files = await loadAttackCases();

let s: TestServer;
let ctx: AttackContext;
beforeAll(async () => {
  s = await startTestServer();
  const { token } = await createToken(s.prisma, { name: 'attack suite editor', role: 'EDITOR' });
  ctx = { base: s.base, editorToken: token };
});
afterAll(() => s?.close());

describe('the attack suite', () => {
  it('has at least 40 distinct cases', () => {
    const names = files.flatMap((f) => f.cases.map((c) => c.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of files) {
    describe(file.group, () => {
      for (const attack of file.cases) {
        it(attack.name, async () => {
          const res = await attack.send(ctx);
          await attack.check(res, ctx);
        });
      }
    });
  }
});

/** Malformed pieces, each combined with every route. */
const TARGET_SUFFIXES = [
  '%',
  '%%',
  '%g0',
  '%E0%A4%A',
  '%C0%80',
  '%ED%A0%80', // a lone UTF-16 surrogate, UTF-8 encoded
  '%F4%90%80%80', // above U+10FFFF
  '?%',
  '?a=%E0',
  '?query=%FF',
  '?variables=%7B',
  '?documentId=%00',
  '/..%2f..%2f',
  '/%2e%2e/%2e%2e/etc/passwd',
  '?extensions=%7B%22persistedQuery%22%3A1%7D',
  '?query=' + '%7B'.repeat(2000),
  '\\..\\..\\',
  '#frag',
];
const BAD_HEADERS = [
  'Host: a b',
  'Host: [::1',
  'Host: x:99999999',
  'Host: x/y',
  'Accept: ;;;,,,q=abc',
  'Accept: application/json;q=0, */*;q=0',
  'Content-Type: multipart/form-data; boundary=',
  'Content-Length: -1',
  'Content-Length: 1e3',
  'Authorization: Bearer',
  'Authorization: Bearer ' + 'x'.repeat(5000),
  'If-None-Match: ' + '"'.repeat(100),
  'Accept-Encoding: br;q=abc, gzip;q=0',
  'X-\x7f: 1',
];
const BAD_BODIES: Buffer[] = [
  Buffer.from('{'),
  Buffer.from('null'),
  Buffer.from('"just a string"'),
  Buffer.from('{"query":null}'),
  Buffer.from('{"query":"{","variables":{}}'),
  Buffer.from('{"query":"{ __typename }","extensions":"x"}'),
  Buffer.from('{"query":"{ __typename }","operationName":42}'),
  Buffer.from([0xff, 0xfe, 0xfd, 0x00]),
  Buffer.from('\ufeff{"query":"{ __typename }"}'),
  Buffer.from('{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}'),
];

/** A raw request, or status 0 when the server (rightly) closes without answering. */
async function send(bytes: string | Buffer): Promise<AttackResponse> {
  try {
    return await rawHttp(s.base, bytes);
  } catch {
    return { status: 0, headers: {}, body: '' };
  }
}

function expectSafe(res: AttackResponse, what: string) {
  expectNoLeak(res);
  expect(res.status, what).toBeLessThan(500);
}

describe('a corpus of malformed requests against every route', () => {
  it('malformed targets get 4xx (or a safe answer), never a 5xx', async () => {
    for (const route of ROUTES) {
      for (const suffix of TARGET_SUFFIXES) {
        const target = route + (route.endsWith('/') && suffix.startsWith('/') ? suffix.slice(1) : suffix);
        expectSafe(await send(`GET ${target} HTTP/1.1\r\nHost: localhost\r\n\r\n`), target);
      }
    }
  });

  it('malformed headers get 4xx (or a safe answer), never a 5xx', async () => {
    for (const route of ROUTES) {
      for (const header of BAD_HEADERS) {
        const hostLine = header.startsWith('Host:') ? '' : 'Host: localhost\r\n';
        expectSafe(await send(`GET ${route} HTTP/1.1\r\n${hostLine}${header}\r\n\r\n`), `${route} ${header}`);
      }
    }
  });

  it('malformed bodies get 4xx (or a safe answer), never a 5xx', async () => {
    for (const route of ROUTES) {
      for (const body of BAD_BODIES) {
        for (const type of ['application/json', 'application/graphql', 'multipart/form-data; boundary=x']) {
          const head = `POST ${route} HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${type}\r\nAuthorization: Bearer ${ctx.editorToken}\r\nContent-Length: ${body.length}\r\n\r\n`;
          expectSafe(await send(Buffer.concat([Buffer.from(head), body])), `${route} ${type} ${body.subarray(0, 20)}`);
        }
      }
    }
  });
});

describe('after every attack', () => {
  it('the server is healthy and ready', async () => {
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${s.base}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('a real query still answers', async () => {
    const res = await fetch(`${s.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ indicator(code: "CE_REGISTERED") { total { value } } }' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.indicator.total.value).toBe(210);
  });

  it('a cached widget read still answers', async () => {
    const url = s.widgetUrl('WidgetIndicatorKpi', { code: 'CE_REGISTERED' });
    expect((await s.get(url)).response.status).toBe(200);
    const again = await s.get(url);
    expect(again.response.headers.get('x-phalang-cache')).toBe('HIT');
  });
});
