/**
 * Live widgets in a real browser, on a partner page served from another origin: each of 20 edits
 * made through the API shows without a reload (latency per edit printed: median and max); a draft
 * edit changes nothing on screen; after the server stops and starts again on the same port and
 * database, the widget reconnects by itself and shows what was written meanwhile; and a page's
 * live widgets share one stream.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../prisma/client.ts';
import { createPhalangServer, type PhalangServer } from '../../server/http.ts';
import { TEMPLATE_DB, TMP } from '../helpers/paths.ts';
import { editorClient, fairsObservation, UPSERT_OBSERVATIONS } from '../helpers/live.ts';
import {
  ensureWidgetsBuilt,
  INSTRUMENTATION,
  launchChromium,
  startHostServer,
  waitForWidgets,
} from './helpers/browser.ts';

/** How long any one edit may take to show before the test calls it lost (the goal is 2 s). */
const SHOW_TIMEOUT = 10_000;

const file = path.join(TMP, `live-${randomUUID()}.db`);
copyFileSync(TEMPLATE_DB, file);
const prisma = createPrisma({ url: `file:${file}` });
let server: PhalangServer;
let port = 0;
let base = '';
let browser: Browser;
let host: Awaited<ReturnType<typeof startHostServer>>;
let edit: Awaited<ReturnType<typeof editorClient>>;
let page: Page;
const streams: string[] = [];

async function startServer() {
  server = createPhalangServer({ prisma });
  port = await server.listen(port, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
}

const KPI = `<phalang-kpi id="kpi" live indicator="STIMULUS_FAIRS" area="TH-10-G-KRUNGTHEP-CENTRAL" fiscal-year="2567"
  lang="en" style="display:block;height:200px"></phalang-kpi>`;
const OTHERS = `<phalang-kpi id="kpi-all" live indicator="STIMULUS_FAIRS" lang="en" style="display:block;height:200px"></phalang-kpi>
  <phalang-bar-chart id="bars" live indicator="STIMULUS_FAIR_SALES" group-by="area" area="TH-10" lang="en"
  style="display:block;height:320px"></phalang-bar-chart>`;

beforeAll(async () => {
  await ensureWidgetsBuilt();
  await startServer();
  [browser, host] = await Promise.all([
    launchChromium(),
    startHostServer({
      '/live.html': () =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /></head>
        <body>${KPI}${OTHERS}<script type="module" src="${base}/widgets/phalang.js"></script></body></html>`,
      '/polled.html': () =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /></head>
        <body>${KPI.replace('id="kpi"', 'id="polled" refresh="5"')}
        <script type="module" src="${base}/widgets/phalang.js"></script></body></html>`,
    }),
  ]);
  edit = await editorClient(prisma, base);
  const context = await browser.newContext({ viewport: { width: 800, height: 1200 } });
  page = await context.newPage();
  page.on('request', (r) => {
    if (r.resourceType() === 'eventsource') streams.push(r.url());
  });
  await page.addInitScript(INSTRUMENTATION);
  await page.goto(`${host.origin}/live.html`);
  expect(await waitForWidgets(page, ['kpi', 'kpi-all', 'bars'], 15_000)).toEqual([]);
  // Every change to the figure, with the wall-clock time it reached the screen.
  await page.evaluate(() => {
    const root = document.getElementById('kpi')!.shadowRoot!;
    const w = window as unknown as { __shown: { at: number; value: string }[]; __mutations: number };
    w.__shown = [];
    w.__mutations = 0;
    const value = () => root.querySelector('[part~="value"]')?.getAttribute('title') ?? '';
    let last = value();
    new MutationObserver((records) => {
      w.__mutations += records.length;
      const now = value();
      if (now !== last) w.__shown.push({ at: Date.now(), value: (last = now) });
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await server?.close();
  await prisma.$disconnect();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});

const shownValue = () =>
  page.evaluate(() =>
    document.getElementById('kpi')!.shadowRoot!.querySelector('[part~="value"]')!.getAttribute('title'),
  );

/** Waits until the KPI shows `value`; resolves with the time it did (page clock = this machine's). */
async function shown(value: number, timeout = SHOW_TIMEOUT): Promise<number> {
  const handle = await page.waitForFunction(
    (v) => {
      const w = window as unknown as { __shown: { at: number; value: string }[] };
      const hit = w.__shown.find((s) => s.value.replace(/[^\d.]/g, '') === String(v));
      return hit?.at;
    },
    value,
    { timeout, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

describe('a live widget on a partner page', () => {
  it('shows each of 20 edits made through the API, without reloading', async () => {
    expect((await shownValue())?.replace(/[^\d]/g, '')).toBe('6');
    const latencies: number[] = [];
    for (let i = 1; i <= 20; i++) {
      const value = 100 + i;
      const sent = Date.now();
      const result = await edit(UPSERT_OBSERVATIONS, { o: [fairsObservation(value)] });
      expect(result.data?.upsertObservations.updated, JSON.stringify(result)).toBe(1);
      latencies.push((await shown(value)) - sent);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = (sorted[9]! + sorted[10]!) / 2;
    console.log(
      `live widget, 20 edits: median ${median} ms, max ${sorted[19]} ms (goal: median < 1000, max ≤ 2000); each: ${latencies.join(', ')}`,
    );
    expect(await page.evaluate(() => window.__phalang.errors)).toEqual({});
  }, 300_000);

  it('does not change at all on a draft edit, though it re-reads its answer', async () => {
    const before = await shownValue();
    await page.evaluate(() => ((window as unknown as { __mutations: number }).__mutations = 0));
    const loads = (await page.evaluate(() => window.__phalang.loadCount))['kpi'];
    // The notice makes the widget ask again; wait for that answer before looking.
    const reread = page.waitForResponse(
      (r) =>
        decodeURIComponent(r.url()).includes('persistedQuery') &&
        decodeURIComponent(r.url()).includes('TH-10-G-KRUNGTHEP-CENTRAL'),
      { timeout: SHOW_TIMEOUT },
    );
    const result = await edit(UPSERT_OBSERVATIONS, {
      o: [fairsObservation(999, { kind: 'TARGET', publication: 'DRAFT' })],
    });
    expect(result.data?.upsertObservations.created, JSON.stringify(result)).toBe(1);
    await reread;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(200);
    expect(await shownValue()).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
    expect((await page.evaluate(() => window.__phalang.loadCount))['kpi']).toBe(loads);
  });

  it('reconnects after the server restarts, and shows what was written while it was down', async () => {
    await server.close();
    // Written while the server is down, as another process would: the row and its ChangeLog entry.
    await prisma.observation.updateMany({
      where: { indicator: { code: 'STIMULUS_FAIRS' }, area: { code: 'TH-10-G-KRUNGTHEP-CENTRAL' }, kind: 'ACTUAL' },
      data: { value: 77 },
    });
    await prisma.changeLog.create({ data: { tags: 'Indicator:STIMULUS_FAIRS' } });
    await startServer();
    await shown(77, 40_000);
    // And it is live again on the new server.
    const result = await edit(UPSERT_OBSERVATIONS, { o: [fairsObservation(78)] });
    expect(result.data?.upsertObservations.updated, JSON.stringify(result)).toBe(1);
    await shown(78);
  }, 90_000);

  it('falls back to polling (`refresh`) where Server-Sent Events are blocked', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    await context.route(/\/graphql\?query=subscription/, (route) => route.abort());
    const blocked = await context.newPage();
    try {
      await blocked.addInitScript(INSTRUMENTATION);
      await blocked.goto(`${host.origin}/polled.html`);
      expect(await waitForWidgets(blocked, ['polled'], 15_000)).toEqual([]);
      const result = await edit(UPSERT_OBSERVATIONS, { o: [fairsObservation(79)] });
      expect(result.data?.upsertObservations.updated, JSON.stringify(result)).toBe(1);
      await blocked.waitForFunction(
        () =>
          document.getElementById('polled')!.shadowRoot!.querySelector('[part~="value"]')!.getAttribute('title') ===
          '79 fairs',
        undefined,
        { timeout: 15_000, polling: 100 },
      );
    } finally {
      await context.close();
    }
  }, 60_000);

  it("shares one stream among the page's live widgets", () => {
    expect(server.live.streams).toBe(1);
    const watched = JSON.parse(new URL(streams.at(-1)!).searchParams.get('variables')!).d as unknown[];
    expect(watched).toHaveLength(3);
  });
});
