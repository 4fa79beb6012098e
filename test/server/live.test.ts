/**
 * Live notices over Server-Sent Events, through a real HTTP server: what a stream says first, that
 * an edit reaches it with the documents it touches, that writes from elsewhere arrive through the
 * one ChangeLog reader, heartbeats and idle streams, and the per-client limit on open streams.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import {
  editorClient,
  fairsObservation,
  FAIRS_KPI,
  liveUrl,
  openStream,
  SUBSCRIPTION,
  UPSERT_OBSERVATIONS,
} from '../helpers/live.ts';

let s: TestServer;
let edit: Awaited<ReturnType<typeof editorClient>>;
beforeAll(async () => {
  s = await startTestServer({ maxStreamsPerClient: 3 });
  edit = await editorClient(s.prisma, s.base);
});
afterAll(() => s.close());

const WATCHED = liveUrl('', [
  ['WidgetIndicatorKpi', FAIRS_KPI],
  ['WidgetPartnerGraph', {}],
]);

describe('documentChanges', () => {
  it('starts with the current sequence, then names the documents an edit touches, with no data', async () => {
    const stream = await openStream(s.base + WATCHED);
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const first = await stream.waitFor((e) => e.event === 'next');
      expect(first.notice).toMatchObject({ tags: [], documents: [] });
      const start = first.notice!.sequence;

      const result = await edit(UPSERT_OBSERVATIONS, { o: [fairsObservation(11)] });
      expect(result.data?.upsertObservations.updated, JSON.stringify(result)).toBe(1);
      const change = await stream.waitFor((e) => (e.notice?.documents.length ?? 0) > 0);
      expect(change.notice).toEqual({ sequence: start + 1, tags: ['Indicator:STIMULUS_FAIRS'], documents: [0] });
    } finally {
      stream.close();
    }
  });

  it('hears writes made by another process through the ChangeLog reader', async () => {
    const stream = await openStream(s.base + WATCHED);
    try {
      await stream.waitFor((e) => e.event === 'next');
      // As `npm run import` in another process would leave them: an unwatched indicator, then agreements.
      await s.prisma.changeLog.create({ data: { tags: 'Indicator:STIMULUS_FAIR_SALES' } });
      await s.phalang.feed.poll(); // what the server does every changeFeedIntervalMs
      await s.prisma.changeLog.create({ data: { tags: 'Agreement' } });
      await s.phalang.feed.poll();
      const change = await stream.waitFor((e) => (e.notice?.documents.length ?? 0) > 0);
      expect(change.notice).toMatchObject({ tags: ['Agreement'], documents: [1] });
      expect(stream.events.filter((e) => e.notice?.tags.length)).toHaveLength(1);
    } finally {
      stream.close();
    }
  });

  it('refuses an unknown document with a coded error', async () => {
    const url = `${s.base}/graphql?query=${encodeURIComponent(SUBSCRIPTION)}&variables=${encodeURIComponent(
      JSON.stringify({ d: [{ documentId: '0'.repeat(64), variables: '{}' }] }),
    )}`;
    const stream = await openStream(url);
    const event = await stream.waitFor((e) => e.event === 'next');
    expect(event.errors).toMatchObject([{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    stream.close();
  });
});

describe('stream limits', () => {
  it('refuses the stream over the per-client limit with 429 and a code, and accepts one again once a stream closes', async () => {
    const open = [
      await openStream(s.base + WATCHED),
      await openStream(s.base + WATCHED),
      await openStream(s.base + WATCHED),
    ];
    try {
      expect(open.map((o) => o.response.status)).toEqual([200, 200, 200]);
      const refused = await openStream(s.base + WATCHED);
      expect(refused.response.status).toBe(429);
      expect(refused.response.headers.get('retry-after')).toBe('30');
      expect(((await refused.response.json()) as any).errors[0].extensions.code).toBe('TOO_MANY_STREAMS');

      open.shift()!.close();
      let again = await openStream(s.base + WATCHED);
      for (let i = 0; again.response.status === 429 && i < 50; i++) {
        await new Promise((r) => setTimeout(r, 100)); // the server hears the close a moment later
        again = await openStream(s.base + WATCHED);
      }
      expect(again.response.status).toBe(200);
      open.push(again);
    } finally {
      for (const o of open) o.close();
    }
  });

  it('sends heartbeats and closes a stream that stays idle', async () => {
    const quick = await startTestServer({ liveHeartbeatMs: 100, liveIdleMs: 500 });
    try {
      const stream = await openStream(quick.base + WATCHED);
      const first = await stream.waitFor((e) => e.event === 'next');
      const beat = await stream.waitFor((e) => e.event === 'next', 1);
      expect(beat.notice).toEqual({ sequence: first.notice!.sequence, tags: [], documents: [] });
      await stream.waitFor((e) => e.event === 'complete');
      expect(quick.phalang.live.streams).toBe(0);
    } finally {
      await quick.close();
    }
  });

  it('ends open streams when the server stops, so stopping does not wait for them', async () => {
    const other = await startTestServer();
    const stream = await openStream(other.base + WATCHED);
    await stream.waitFor((e) => e.event === 'next');
    await other.close();
    await stream.waitFor((e) => e.event === 'complete');
    expect(other.phalang.live.streams).toBe(0);
  });
});
