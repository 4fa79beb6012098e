/**
 * Honest freshness for readers without `live`: browsers revalidate every answer with its ETag, so
 * the request after an acknowledged write sees it (a write from another process: after one
 * ChangeLog poll, `changeFeedIntervalMs`); CDNs keep an answer at most `s-maxage` seconds and can
 * purge it sooner by the tags the answer lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/test-server.ts';
import { editorClient, fairsObservation, FAIRS_KPI, UPSERT_OBSERVATIONS } from '../../helpers/live.ts';

let s: TestServer;
let edit: Awaited<ReturnType<typeof editorClient>>;
beforeAll(async () => {
  s = await startTestServer();
  edit = await editorClient(s.prisma, s.base);
});
afterAll(() => s.close());

describe('what a reader without live updates sees after an edit', () => {
  it('tells browsers to revalidate every time and CDNs how long to keep it and how to purge it', async () => {
    const { response } = await s.get(s.widgetUrl('WidgetIndicatorKpi', FAIRS_KPI));
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=10, must-revalidate');
    expect(response.headers.get('surrogate-key')).toBe('Indicator:STIMULUS_FAIRS Area Category Unit Source Indicator');
    expect(response.headers.get('cache-tag')).toBe('Indicator:STIMULUS_FAIRS,Area,Category,Unit,Source,Indicator');
  });

  it('a browser revalidating after an edit made through the API gets 200 and the new value', async () => {
    const url = s.widgetUrl('WidgetIndicatorKpi', FAIRS_KPI);
    const before = await s.get(url);
    expect(before.json.data.indicator.total.value).toBe(6);
    const etag = before.response.headers.get('etag')!;
    expect((await s.get(url, { 'if-none-match': etag })).response.status).toBe(304);

    const result = await edit(UPSERT_OBSERVATIONS, { o: [fairsObservation(8)] });
    expect(result.data?.upsertObservations.updated, JSON.stringify(result)).toBe(1);

    const after = await s.get(url, { 'if-none-match': etag });
    expect(after.response.status).toBe(200);
    expect(after.json.data.indicator.total.value).toBe(8);
    expect(after.response.headers.get('etag')).not.toBe(etag);
  });

  it('a browser revalidating after a write from another process gets the new value once the ChangeLog is read', async () => {
    const url = s.widgetUrl('WidgetIndicatorKpi', FAIRS_KPI);
    const before = await s.get(url);
    const etag = before.response.headers.get('etag')!;
    await s.prisma.observation.updateMany({
      where: { indicator: { code: 'STIMULUS_FAIRS' }, area: { code: 'TH-10-G-KRUNGTHEP-CENTRAL' }, fiscalYear: 2567 },
      data: { value: 9 },
    });
    await s.prisma.changeLog.create({ data: { tags: 'Indicator:STIMULUS_FAIRS' } });
    await s.phalang.feed.poll(); // the server does this every changeFeedIntervalMs (1 s by default)
    const after = await s.get(url, { 'if-none-match': etag });
    expect(after.response.status).toBe(200);
    expect(after.json.data.indicator.total.value).toBe(9);
  });

  it('a draft edit leaves the public answer as it was: revalidation still says 304', async () => {
    const url = s.widgetUrl('WidgetIndicatorKpi', FAIRS_KPI);
    const etag = (await s.get(url)).response.headers.get('etag')!;
    const result = await edit(UPSERT_OBSERVATIONS, {
      o: [fairsObservation(999, { kind: 'TARGET', publication: 'DRAFT' })],
    });
    expect(result.data?.upsertObservations.created, JSON.stringify(result)).toBe(1);
    const after = await s.get(url, { 'if-none-match': etag });
    expect(after.response.headers.get('x-phalang-cache')).toBe('MISS'); // recomputed, to the same bytes
    expect(after.response.status).toBe(304);
    expect(after.body).toBe('');
  });
});
