import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../../prisma/seed/load.ts';
import { readSeedData } from '../../../prisma/seed/read.ts';
import { startTestServer, type TestServer } from '../../helpers/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const SALES = { code: 'STIMULUS_FAIR_SALES', groupBy: 'AREA', filter: { area: 'TH-10' } };
const REGISTERED = { code: 'CE_REGISTERED', groupBy: 'CATEGORY', filter: { area: 'TH-10' } };

describe('the public read path for widgets', () => {
  it('answers a persisted GET from the pipeline once, then from the bytes cache with no SQL', async () => {
    const url = s.widgetUrl('WidgetIndicatorSeries', SALES);
    const first = await s.get(url);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get('x-phalang-cache')).toBe('MISS');
    expect(first.json.errors).toBeUndefined();
    expect(first.json.data.indicator.series.points).toHaveLength(6);
    expect(first.statements.length).toBeGreaterThan(0);

    const second = await s.get(url);
    expect(second.response.headers.get('x-phalang-cache')).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(second.statements).toHaveLength(0);
  });

  it('sends caching headers that let browsers and CDNs reuse the answer, and CORS for any origin', async () => {
    const { response } = await s.get(s.widgetUrl('WidgetIndicatorSeries', SALES), {
      origin: 'https://partner.example',
    });
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, must-revalidate$/);
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const url = s.widgetUrl('WidgetIndicatorSeries', SALES);
    const { response } = await s.get(url);
    const etag = response.headers.get('etag')!;
    const revalidated = await s.get(url, { 'if-none-match': etag });
    expect(revalidated.response.status).toBe(304);
    expect(revalidated.body).toBe('');
    expect(revalidated.statements).toHaveLength(0);
    const changedTag = await s.get(url, { 'if-none-match': '"something-else"' });
    expect(changedTag.response.status).toBe(200);
  });

  it('does not cache error answers', async () => {
    const url = s.widgetUrl('WidgetIndicatorSeries', { ...SALES, code: 'NO_SUCH_INDICATOR' });
    const first = await s.get(url);
    expect(first.json.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(first.response.headers.get('cache-control')).toBe('no-store');
    const second = await s.get(url);
    expect(second.response.headers.get('x-phalang-cache')).toBe('BYPASS');
  });

  it('rejects an unknown document id with a clear code', async () => {
    const { json } = await s.get(`${s.base}/graphql?documentId=${'0'.repeat(64)}`);
    expect(json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('still answers arbitrary queries on POST, uncached', async () => {
    const response = await fetch(`${s.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ indicator(code: "CE_REGISTERED") { total { value } } }' }),
    });
    expect(((await response.json()) as any).data.indicator.total.value).toBe(210);
    expect(response.headers.get('x-phalang-cache')).toBeNull();
  });

  it('a write invalidates exactly what it changed, and the new figure is served once it is acknowledged', async () => {
    const salesUrl = s.widgetUrl('WidgetIndicatorSeries', SALES);
    const kpiUrl = s.widgetUrl('WidgetIndicatorKpi', { code: 'STIMULUS_FAIR_SALES', filter: { area: 'TH-10' } });
    const registeredUrl = s.widgetUrl('WidgetIndicatorSeries', REGISTERED);
    const partnersUrl = s.widgetUrl('WidgetPartnerGraph', {});
    for (const url of [salesUrl, kpiUrl, registeredUrl, partnersUrl]) await s.get(url); // fill
    for (const url of [salesUrl, kpiUrl, registeredUrl, partnersUrl]) {
      expect((await s.get(url)).response.headers.get('x-phalang-cache')).toBe('HIT');
    }

    // A write from another process: `npm run seed -- --overwrite` changes one observation of STIMULUS_FAIR_SALES.
    const data = readSeedData();
    const sales = data['indicators.json'].find((i) => i.code === 'STIMULUS_FAIR_SALES')!;
    const total = sales.observations.find((o) => o.area === 'TH-10' && !o.category)!;
    total.value = 19_000_000;
    const report = await loadSeed(s.prisma, data, { overwrite: true });
    expect(report.tags).toEqual(['Indicator:STIMULUS_FAIR_SALES']);
    await s.phalang.feed.poll(); // what the server does every second

    const kpi = await s.get(kpiUrl);
    expect(kpi.response.headers.get('x-phalang-cache')).toBe('MISS');
    expect(kpi.json.data.indicator.total.value).toBe(19_000_000);
    expect((await s.get(salesUrl)).response.headers.get('x-phalang-cache')).toBe('MISS');
    expect((await s.get(registeredUrl)).response.headers.get('x-phalang-cache')).toBe('HIT');
    expect((await s.get(partnersUrl)).response.headers.get('x-phalang-cache')).toBe('HIT');
  });
});

describe('with the bytes cache turned off', () => {
  it('answers the same persisted GET through the full pipeline every time', async () => {
    const plain = await startTestServer({ publicCache: false });
    try {
      const url = plain.widgetUrl('WidgetIndicatorSeries', SALES);
      const a = await plain.get(url);
      const b = await plain.get(url);
      expect(a.json.data.indicator.series.total).toBe(18_951_686);
      expect(b.statements.length).toBe(a.statements.length);
      expect(b.statements.length).toBeGreaterThan(0);
    } finally {
      await plain.close();
    }
  });
});
