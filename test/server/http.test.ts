/**
 * The HTTP layer as clients see it: the public bytes cache's keys and budget, the configured
 * public origin, GraphQL-over-HTTP statuses, HEAD and q-values, CORS, GraphiQL's compressed
 * assets, health and readiness, and the body and alias limits.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePublicUrl, readEnv } from '../../server/env.ts';
import { publishedWidgetFiles, WIDGETS_DIST } from '../../server/widget-assets.ts';
import { statSync } from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { WIDGET_DOCUMENTS, documentIdOf } from '../helpers/widget-documents.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.close());

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const KPI_ID = documentIdOf(WIDGET_DOCUMENTS.WidgetIndicatorKpi);
const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));

/** The raw bytes of an answer, undecoded (fetch would decompress them). */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      httpRequest(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    },
  );
}

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the public bytes cache (finding 8)', () => {
  it('never caches ad-hoc query text sent beside a document id', async () => {
    const before = s.phalang.cache.size;
    const url = `${s.base}/graphql?documentId=${KPI_ID}&variables=${enc({ code: 'CE_REGISTERED' })}&query=${encodeURIComponent('{ sources { key } }')}`;
    const first = await s.get(url);
    expect(first.json.data.sources).toBeDefined(); // the ad-hoc text ran…
    expect(first.response.headers.get('x-phalang-cache')).toBeNull(); // …outside the cache
    expect(s.phalang.cache.size).toBe(before);
    const second = await s.get(url);
    expect(second.response.headers.get('x-phalang-cache')).toBeNull();
  });

  it('keys on the document id and canonical variables: extra parameters and key order share one entry', async () => {
    const before = s.phalang.cache.size;
    const variants = [
      `documentId=${KPI_ID}&variables=${enc({ code: 'STIMULUS_FAIRS', filter: { area: 'TH-10' } })}`,
      `documentId=${KPI_ID}&variables=${enc({ filter: { area: 'TH-10' }, code: 'STIMULUS_FAIRS' })}&utm=1`,
      `variables=${enc({ code: 'STIMULUS_FAIRS', filter: { area: 'TH-10' } })}&documentId=${KPI_ID}&junk=${'x'.repeat(50)}`,
      `extensions=${enc({ persistedQuery: { version: 1, sha256Hash: KPI_ID } })}&variables=${enc({ code: 'STIMULUS_FAIRS', filter: { area: 'TH-10' } })}`,
    ];
    const states = [];
    for (const v of variants)
      states.push((await s.get(`${s.base}/graphql?${v}`)).response.headers.get('x-phalang-cache'));
    expect(states).toEqual(['MISS', 'HIT', 'HIT', 'HIT']);
    expect(s.phalang.cache.size).toBe(before + 1);
  });

  it('stays within its byte budget, dropping the least recently used answers', async () => {
    const small = await startTestServer({ publicCacheBytes: 20_000 });
    try {
      const codes = [
        'CE_REGISTERED',
        'STIMULUS_FAIRS',
        'STIMULUS_FAIR_SALES',
        'CE_POTENTIAL_ASSESSED',
        'TCPS_PRODUCTS',
      ];
      for (let i = 0; i < 4; i++) {
        for (const code of codes) {
          await small.get(small.widgetUrl('WidgetIndicatorObservations', { code, first: 20 + i }));
        }
      }
      expect(small.phalang.cache.bytes).toBeGreaterThan(0);
      expect(small.phalang.cache.bytes).toBeLessThanOrEqual(20_000);
    } finally {
      await small.close();
    }
  });
});

describe('the public origin comes from configuration (finding 11)', () => {
  it('puts PUBLIC_URL in the snippets, whatever the Host header says', async () => {
    const configured = await startTestServer({ publicUrl: 'https://data.example.org' });
    try {
      const res = await fetch(`${configured.base}/embed`, { headers: { host: 'evil.example' } });
      const html = await res.text();
      expect(html.includes('src="https://data.example.org/widgets/phalang.js"')).toBe(true);
      expect(html.includes('evil.example')).toBe(false);
      expect(html.includes(configured.base)).toBe(false);
    } finally {
      await configured.close();
    }
  });

  it('defaults to the listening address', async () => {
    expect(s.phalang.publicUrl).toBe(s.base);
    const html = await (await fetch(`${s.base}/embed`)).text();
    expect(html.includes(`src="${s.base}/widgets/phalang.js"`)).toBe(true);
  });

  it('redirects / to a relative /embed', async () => {
    const res = await fetch(`${s.base}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/embed');
  });

  it('checks PUBLIC_URL at start-up', () => {
    expect(parsePublicUrl('https://data.example.org/')).toBe('https://data.example.org');
    expect(parsePublicUrl(undefined)).toBeUndefined();
    expect(() => parsePublicUrl('javascript:alert(1)')).toThrow(/http/);
    expect(() => parsePublicUrl('https://x.org/path')).toThrow(/origin only/);
    expect(() => parsePublicUrl('not a url')).toThrow(/absolute/);
    expect(readEnv({ PUBLIC_URL: 'http://localhost:8080' }).publicUrl).toBe('http://localhost:8080');
    expect(readEnv({}).maxBodyBytes).toBe(102_400);
    expect(() => readEnv({ MAX_BODY_BYTES: 'lots' })).toThrow(/MAX_BODY_BYTES/);
  });
});

describe('body and alias limits (finding 9)', () => {
  it('refuses a JSON body over 100 KB by default and accepts one under it', async () => {
    const over = await post(s.base, { query: '{ __typename }', variables: { pad: 'x'.repeat(101 * 1024) } });
    expect(over.status).toBe(413);
    expect(((await over.json()) as any).errors[0].extensions.code).toBe('BODY_TOO_LARGE');
    const under = await post(s.base, { query: '{ __typename }', extensions: { pad: 'x'.repeat(90 * 1024) } });
    expect(under.status).toBe(200);
  });

  it('takes the limit from its options', async () => {
    const strict = await startTestServer({ maxBodyBytes: 1000 });
    try {
      expect((await post(strict.base, { query: `{ __typename }${' '.repeat(2000)}` })).status).toBe(413);
      expect((await post(strict.base, { query: '{ __typename }' })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('gives uploads their own, larger limit', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: '{ __typename }' }));
    form.set('map', '{}');
    form.set('pad', 'x'.repeat(200 * 1024));
    const res = await fetch(`${s.base}/graphql`, {
      method: 'POST',
      headers: { 'graphql-require-preflight': '1', accept: GRAPHQL_RESPONSE },
      body: form,
    });
    expect(res.status).not.toBe(413);
  });

  it('counts every alias, __typename included', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const res = await post(s.base, { query });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const fifteen = `{ ${Array.from({ length: 15 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect((await post(s.base, { query: fifteen })).status).toBe(200);
  });
});

describe('published widget files only (finding 14)', () => {
  it('lists the bundle and the element manifest, not the build metafile', () => {
    const files = publishedWidgetFiles();
    expect(files.has('phalang.js')).toBe(true);
    expect(files.has('custom-elements.json')).toBe(true);
    expect(files.has('meta.json')).toBe(false);
    expect(files.has('build-manifest.json')).toBe(false);
    expect([...files].every((f) => !f.includes('..') && !f.startsWith('/'))).toBe(true);
  });

  it('serves a chunk compressed with an ETag, and 304 when it is unchanged', async () => {
    const chunks = [...publishedWidgetFiles()].filter((f) => f.startsWith('chunks/'));
    const chunk = chunks.sort(
      (a, b) => statSync(path.join(WIDGETS_DIST, b)).size - statSync(path.join(WIDGETS_DIST, a)).size,
    )[0]!;
    const res = await rawGet(`${s.base}/widgets/${chunk}`, { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toMatch(/immutable/);
    const again = await rawGet(`${s.base}/widgets/${chunk}`, { 'if-none-match': String(res.headers.etag) });
    expect(again.status).toBe(304);
  });
});

describe('GraphQL over HTTP (finding 20)', () => {
  it('answers a request without data with 4xx under application/graphql-response+json', async () => {
    const cases = [
      await post(s.base, {}),
      await post(s.base, { query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
      await fetch(`${s.base}/graphql?documentId=${'0'.repeat(64)}`, { headers: { accept: GRAPHQL_RESPONSE } }),
      await post(s.base, { query: '{ nope }' }),
      await post(s.base, { query: '{' }),
    ];
    for (const res of cases) {
      const body = (await res.json()) as any;
      expect(body.data).toBeUndefined();
      expect(res.status).toBe(400);
      expect(body.errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
    }
  });

  it('says that a request has no query, with 400 whatever the Accept header', async () => {
    for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
      const res = await post(s.base, {}, { accept });
      expect(res.status).toBe(400);
      const error = ((await res.json()) as any).errors[0];
      expect(error.message).toMatch(/has no query/);
      expect(error.message).not.toMatch(/Persisted/);
      expect(error.extensions.code).toBe('BAD_REQUEST');
    }
    expect((await post(s.base, '{"query":42}')).status).toBe(400);
    expect((await post(s.base, '{"query":false}')).status).toBe(400);
  });

  it('keeps 200 for a request error under application/json, as the spec asks', async () => {
    const res = await post(s.base, { query: '{ nope }' }, { accept: 'application/json' });
    expect(res.status).toBe(200);
  });

  it('answers HEAD on GET routes with the headers alone', async () => {
    for (const path of [
      '/graphql?query=%7B__typename%7D',
      s.widgetUrl('WidgetIndicatorKpi', { code: 'CE_REGISTERED' }).slice(s.base.length),
      '/widgets/phalang.js',
      '/embed',
      '/sources',
      '/export/organisations.csv',
      '/healthz',
    ]) {
      const res = await fetch(`${s.base}${path}`, { method: 'HEAD' });
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe('');
    }
  });

  it('honours Accept q-values', async () => {
    const type = async (accept: string) => {
      const res = await fetch(`${s.base}/graphql?query=%7B__typename%7D`, { headers: { accept } });
      return res.status === 200 ? res.headers.get('content-type')!.split(';')[0] : res.status;
    };
    expect(await type(`${GRAPHQL_RESPONSE};q=0.5, application/json`)).toBe('application/json');
    expect(await type(`application/json;q=0.1, ${GRAPHQL_RESPONSE}`)).toBe(GRAPHQL_RESPONSE);
    expect(await type(`${GRAPHQL_RESPONSE}, application/json;q=0.9`)).toBe(GRAPHQL_RESPONSE);
    expect(await type('application/json;q=0')).toBe(406);
  });
});

describe('CORS (finding 21)', () => {
  const origin = 'https://partner.example';

  it('lets any origin read, without credentials, on every read path alike', async () => {
    const answers = [
      await post(s.base, { query: '{ __typename }' }, { origin }),
      await fetch(`${s.base}/graphql?query=%7B__typename%7D`, { headers: { origin } }),
      await fetch(s.widgetUrl('WidgetIndicatorKpi', { code: 'CE_REGISTERED' }), { headers: { origin } }),
      await fetch(s.widgetUrl('WidgetIndicatorKpi', { code: 'CE_REGISTERED' }), { headers: { origin } }), // a hit
      await fetch(`${s.base}/export/organisations.csv`, { headers: { origin } }),
      await fetch(`${s.base}/widgets/phalang.js`, { headers: { origin } }),
    ];
    for (const res of answers) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('answers a preflight that asks to send a bearer token', async () => {
    const res = await fetch(`${s.base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses a form post that a foreign page could send without a preflight', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: 'mutation { __typename }' }));
    form.set('map', '{}');
    const res = await fetch(`${s.base}/graphql`, { method: 'POST', body: form, headers: { origin } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    const text = await fetch(`${s.base}/graphql`, {
      method: 'POST',
      body: '{"query":"{ __typename }"}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(403);
  });
});

describe('GraphiQL (finding 22)', () => {
  it('is a small page whose assets are cached for a year and sent compressed', async () => {
    const page = await fetch(`${s.base}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html.length).toBeLessThan(50_000);
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    const script = assets.find((a) => /graphiql\.[0-9a-f]+\.js$/.test(a))!;

    const plain = await rawGet(`${s.base}${script}`);
    const br = await rawGet(`${s.base}${script}`, { 'accept-encoding': 'gzip, deflate, br' });
    const gz = await rawGet(`${s.base}${script}`, { 'accept-encoding': 'gzip' });
    expect(plain.body.length).toBeGreaterThan(1_000_000);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(gz.body.length).toBeLessThan(plain.body.length / 3);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await rawGet(`${s.base}${script}`, { 'if-none-match': String(br.headers.etag) })).status).toBe(304);
    // The workers the page names are served too.
    const workers = [...html.matchAll(/"(\/graphiql\/[a-z]+\.worker\.[0-9a-f]+\.js)"/g)].map((m) => m[1]!);
    expect(workers).toHaveLength(3);
    for (const w of workers) expect((await fetch(`${s.base}${w}`, { method: 'HEAD' })).status).toBe(200);
  });
});

describe('health and readiness (finding 23)', () => {
  it('answers /healthz and /readyz when the database is migrated', async () => {
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${s.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('says 503 on /readyz when a migration is missing or the database does not answer', async () => {
    const broken = await startTestServer();
    try {
      await broken.prisma.$executeRawUnsafe(
        `DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`,
      );
      const pending = await fetch(`${broken.base}/readyz`);
      expect(pending.status).toBe(503);
      expect(((await pending.json()) as any).reason).toMatch(/1 migration\(s\) not applied/);
      await broken.prisma.$executeRawUnsafe('DROP TABLE _prisma_migrations');
      const down = await fetch(`${broken.base}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.text()).not.toMatch(/SELECT|prisma|no such table/i);
      expect((await fetch(`${broken.base}/healthz`)).status).toBe(200); // the process itself is fine
    } finally {
      await broken.close();
    }
  });
});
