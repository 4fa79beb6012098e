/**
 * What a reader sees is what the widgets say, at a phone's 360 px and on a desktop, in a real
 * browser: the table's "Rows a–b of n" counts the rows in view; a bar chart sets a target only
 * beside actuals of the same period and its legend names both (Thai and English); and every
 * entry of a donut's legend is in view, neither cut off nor scrolled away, full width and in a
 * half-width column. Screenshots go to .tmp/browser-shots/honest-*.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../prisma/tokens.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import {
  ensureWidgetsBuilt,
  INSTRUMENTATION,
  launchChromium,
  SHOTS_DIR,
  startHostServer,
  waitForWidgets,
} from './helpers/browser.ts';

const WIDTHS = [360, 1280] as const;
const LOAD_TIMEOUT = 15_000;

let browser: Browser;
let api: TestServer;
let host: Awaited<ReturnType<typeof startHostServer>>;

/** A partner page: the widgets as a partner pastes them, at the heights the README reserves. */
const page = (body: string) => () =>
  `<!doctype html><html lang="th"><head><meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" /><link rel="icon" href="data:," />
  <style>body{margin:0;padding:8px;font-family:sans-serif;background:#eef1f5}
  .grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:16px;margin:16px 0}</style></head>
  <body>${body}<script type="module" src="${api.base}/widgets/phalang.js"></script></body></html>`;

const TABLES = `
  <phalang-table id="table-th" indicator="CE_REGISTERED" style="display:block;height:420px"></phalang-table>
  <div class="grid">
    <phalang-table id="table-en" indicator="STIMULUS_FAIRS" lang="en" style="display:block;height:420px"></phalang-table>
    <phalang-table id="table-ent" source="enterprises" area="TH-15" lang="en" style="display:block;height:420px"></phalang-table>
  </div>
  <phalang-enterprise-list id="list-ent" area="TH-15" style="display:block;height:420px"></phalang-enterprise-list>`;
const BARS = `
  <phalang-bar-chart id="bar-th" indicator="STIMULUS_FAIRS" group-by="area" area="TH-10" style="display:block;height:320px"></phalang-bar-chart>
  <div class="grid">
    <phalang-bar-chart id="bar-en" indicator="STIMULUS_FAIRS" group-by="area" area="TH-10" lang="en" style="display:block;height:320px"></phalang-bar-chart>
    <phalang-bar-chart id="bar-fy" indicator="STIMULUS_FAIRS" group-by="area" area="TH-10" fiscal-year="2567" style="display:block;height:320px"></phalang-bar-chart>
  </div>`;
const DONUT = (id: string, lang: string) =>
  `<phalang-donut id="${id}" indicator="STIMULUS_FAIR_SALES" group-by="area" area="TH-10" lang="${lang}" style="display:block;height:320px"></phalang-donut>`;
const DONUTS = `
  ${DONUT('donut-th', 'th')}
  ${DONUT('donut-en', 'en')}
  <div class="grid">${DONUT('donut-half-th', 'th')}${DONUT('donut-half-en', 'en')}</div>
  <div class="grid">
    <phalang-donut id="donut-grades" indicator="CE_POTENTIAL_ASSESSED" style="display:block;height:320px"></phalang-donut>
  </div>`;

beforeAll(async () => {
  await ensureWidgetsBuilt();
  [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
  host = await startHostServer({
    '/tables.html': page(TABLES),
    '/bars.html': page(BARS),
    '/donuts.html': page(DONUTS),
  });
  mkdirSync(SHOTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([host?.close(), api?.close()]);
});

/** Opens a page at a width with a tall viewport (every widget near it loads) and waits for the widgets. */
async function open(file: string, width: number, ids: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 2400 }, locale: 'th-TH' });
  const p = await context.newPage();
  await p.addInitScript(INSTRUMENTATION);
  await p.goto(`${host.origin}/${file}`);
  expect(await waitForWidgets(p, ids, LOAD_TIMEOUT), `${file} at ${width}px: widgets that never loaded`).toEqual([]);
  // Let measuring re-renders (the donut's fitting, the table's count) settle.
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await p.waitForTimeout(100);
  return p;
}

const shot = (p: Page, name: string) =>
  p.screenshot({ path: path.join(SHOTS_DIR, `honest-${name}.png`), fullPage: true });

describe('<phalang-table> and <phalang-enterprise-list> count the rows a reader can see', () => {
  /** The pager's "a–b of n", and the rows wholly inside the scrolling area (1-based, on this page). */
  const counts = (p: Page, id: string) =>
    p.evaluate((id) => {
      const root = document.getElementById(id)!.shadowRoot!;
      const status = root.querySelector('.status')!.textContent!.replace(/\s+/g, ' ').trim();
      const scroller = root.querySelector<HTMLElement>('.scroll')!;
      const box = scroller.getBoundingClientRect();
      const top = box.top + root.querySelector('thead')!.getBoundingClientRect().height;
      const bottom = box.top + scroller.clientHeight;
      const rows = Array.from(root.querySelectorAll('tbody tr'), (tr) => tr.getBoundingClientRect());
      const whole = rows.flatMap((r, i) => (r.top >= top - 1 && r.bottom <= bottom + 1 ? [i + 1] : []));
      return { status, rendered: rows.length, whole };
    }, id);
  const parse = (status: string) => {
    const m = /(?:Rows|รายการที่) ([\d,]+)–([\d,]+) (?:of|จาก) ([\d,]+)/.exec(status);
    if (!m) throw new Error(`no "Rows a–b of n" in "${status}"`);
    return m.slice(1).map((x) => Number(x.replace(/,/g, ''))) as [number, number, number];
  };

  it.each(WIDTHS)('at %i px, before and after scrolling the rows', async (width) => {
    const ids = ['table-th', 'table-en', 'table-ent', 'list-ent'];
    const p = await open('tables.html', width, ids);
    try {
      await shot(p, `tables-${width}`);
      let clipped = 0;
      for (const id of ids) {
        const before = await counts(p, id);
        const [a, b] = parse(before.status);
        expect(before.whole.length, `#${id}: no row in view`).toBeGreaterThan(0);
        // Page 1: row a is the first one in view, and a–b are exactly the rows in view.
        expect([a, b], `#${id} at ${width}px says "${before.status}"`).toEqual([before.whole[0], before.whole.at(-1)]);
        if (before.whole.length < before.rendered) clipped++;
        // Scrolled to the end of the page, the count follows.
        await p.evaluate((id) => {
          const s = document.getElementById(id)!.shadowRoot!.querySelector('.scroll')!;
          s.scrollTop = s.scrollHeight;
        }, id);
        await p
          .waitForFunction(
            ([id, was]) => document.getElementById(id)!.shadowRoot!.querySelector('.status')!.textContent !== was,
            [id, before.status] as const,
            { timeout: 2000 },
          )
          .catch(() => undefined);
        const after = await counts(p, id);
        const [c, d] = parse(after.status);
        expect([c, d], `#${id} at ${width}px scrolled says "${after.status}"`).toEqual([
          after.whole[0],
          after.whole.at(-1),
        ]);
        expect(d, `#${id}: scrolled to the end, the last row on the page is in view`).toBe(after.rendered);
      }
      // The point of the test: at these heights some tables hold more rows than fit.
      expect(clipped, `at ${width}px no table had more rows than fit, so the count was not tested`).toBeGreaterThan(0);
    } finally {
      await p.context().close();
    }
  });
});

describe('<phalang-bar-chart> sets a target only beside actuals of the same period', () => {
  const bars = (p: Page, id: string) =>
    p.evaluate((id) => {
      const root = document.getElementById(id)!.shadowRoot!;
      const host = document.getElementById(id)!.getBoundingClientRect();
      const legend = root.querySelector('[part~="legend"]');
      const box = legend?.getBoundingClientRect();
      return {
        targets: root.querySelectorAll('line.target').length,
        points: Array.from(root.querySelectorAll('[data-index]'), (n) => n.getAttribute('aria-label') ?? ''),
        legend: legend ? Array.from(legend.children, (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()) : null,
        legendInside: box ? box.top >= host.top && box.bottom <= host.bottom && box.right <= host.right + 0.5 : null,
      };
    }, id);

  it('draws no FY2568 plan beside the FY2567 fairs, with or without fiscal-year (API and widget)', async () => {
    const p = await open('bars.html', 1280, ['bar-th', 'bar-en', 'bar-fy']);
    try {
      for (const id of ['bar-th', 'bar-en', 'bar-fy']) {
        const b = await bars(p, id);
        expect(b.points, id).toHaveLength(6);
        expect(b.targets, `#${id} draws a target of another year`).toBe(0);
        expect(b.points.join(' '), id).not.toMatch(/เป้าหมาย|Target/);
        expect(b.legend, `#${id}: no legend without targets`).toBeNull();
      }
      expect((await bars(p, 'bar-th')).points[0]).toBe('กลุ่มเขตกรุงเทพกลาง: 6 ครั้ง · 16.7%');
    } finally {
      await p.context().close();
    }
  });

  it('with FY2567 targets added, draws them and names actual and target with the fiscal year, Thai and English', async () => {
    const { token } = await createToken(api.prisma, { name: 'honest widgets test', role: 'EDITOR' });
    const groups = ['CENTRAL', 'EAST', 'NORTH', 'SOUTH'].map((g) => `TH-10-G-KRUNGTHEP-${g}`);
    groups.push('TH-10-G-KRUNGTHON-NORTH', 'TH-10-G-KRUNGTHON-SOUTH');
    const observations = groups.map((area) => ({
      indicator: 'STIMULUS_FAIRS',
      kind: 'TARGET',
      value: 7,
      periodStart: '2023-10-01',
      periodEnd: '2024-09-30',
      fiscalYear: 2567,
      area,
      source: '003_4a541e27cee69d2e',
      publication: 'PUBLISHED',
    }));
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'mutation ($o: [ObservationInput!]!) { upsertObservations(observations: $o) { created errors { path } } }',
        variables: { o: observations },
      }),
    });
    const result = (await response.json()) as { data?: { upsertObservations: { created: number } } };
    expect(result.data?.upsertObservations.created, JSON.stringify(result)).toBe(6);

    for (const width of WIDTHS) {
      const p = await open('bars.html', width, ['bar-th', 'bar-en', 'bar-fy']);
      try {
        await shot(p, `bars-${width}`);
        const th = await bars(p, 'bar-th');
        expect(th.targets).toBe(6);
        expect(th.legend).toEqual(['ผลจริง ปีงบประมาณ 2567', 'เป้าหมาย ปีงบประมาณ 2567']);
        expect(th.legendInside, `#bar-th at ${width}px: the legend is cut off`).toBe(true);
        expect(th.points[0]).toBe('กลุ่มเขตกรุงเทพกลาง: 6 ครั้ง · 16.7% · เป้าหมาย 7 ครั้ง');
        const en = await bars(p, 'bar-en');
        expect(en.targets).toBe(6);
        expect(en.legend).toEqual(['Actual FY2024', 'Target FY2024']);
        expect(en.legendInside, `#bar-en at ${width}px: the legend is cut off`).toBe(true);
        expect((await bars(p, 'bar-fy')).legend).toEqual(['ผลจริง ปีงบประมาณ 2567', 'เป้าหมาย ปีงบประมาณ 2567']);
      } finally {
        await p.context().close();
      }
    }
  });
});

describe('<phalang-donut> shows every legend entry', () => {
  const IDS = ['donut-th', 'donut-en', 'donut-half-th', 'donut-half-en', 'donut-grades'];

  it.each(WIDTHS)('at %i px, full width and in a half-width column', async (width) => {
    const p = await open('donuts.html', width, IDS);
    try {
      await shot(p, `donuts-${width}`);
      const problems = await p.evaluate((ids) => {
        const found: string[] = [];
        const inside = (r: DOMRect, b: DOMRect) =>
          r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5 && r.left >= b.left - 0.5 && r.right <= b.right + 0.5;
        for (const id of ids) {
          const el = document.getElementById(id)!;
          const root = el.shadowRoot!;
          const hostBox = el.getBoundingClientRect();
          const legend = root.querySelector<HTMLElement>('[part~="legend"]')!;
          const frame = root.querySelector<HTMLElement>('.frame')!;
          const entries = Array.from(legend.querySelectorAll('li'));
          const slices = root.querySelectorAll('[data-index]').length;
          if (entries.length !== 6 && id !== 'donut-grades') found.push(`#${id}: ${entries.length} legend entries`);
          if (slices && slices !== entries.length) found.push(`#${id}: ${slices} slices, ${entries.length} entries`);
          if (legend.scrollHeight > legend.clientHeight + 1) found.push(`#${id}: the legend scrolls`);
          if (frame.scrollHeight > frame.clientHeight + 1) found.push(`#${id}: the chart area scrolls`);
          // Each entry wholly inside the host, the chart area and the legend's visible box.
          for (const li of entries) {
            const box = li.getBoundingClientRect();
            const name = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
            for (const [what, outer] of [
              ['widget', hostBox],
              ['chart area', frame.getBoundingClientRect()],
              ['legend box', legend.getBoundingClientRect()],
            ] as const) {
              if (!inside(box, outer as DOMRect)) found.push(`#${id}: "${name}" is outside the ${what}`);
            }
            if (box.height < 8) found.push(`#${id}: "${name}" has no height`);
          }
        }
        return found;
      }, IDS);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await p.context().close();
    }
  });
});
