/**
 * The widgets in a real browser (the system Chromium), embedded the way partners embed them: a
 * host page on one origin pastes the loader from the data host, another origin, so every module
 * and data request crosses origins (CORS). Checks what readers see in Thai and English, the table
 * alternative, keyboard use, theming, the error state, console cleanliness, layout stability,
 * axe-core, lazy loading, and prints how long each widget took from connected to drawn.
 *
 * The widget bundle is built (when stale) in beforeAll; screenshots go to .tmp/browser-shots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_DOCUMENTS, documentIdOf } from '../helpers/widget-documents.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import {
  AXE_PATH,
  ensureWidgetsBuilt,
  fixture,
  INSTRUMENTATION,
  launchChromium,
  pageRecord,
  type PageRecord,
  parseGraphqlRequest,
  SHOTS_DIR,
  shadowText,
  startHostServer,
  startSwitchableProxy,
  waitForWidgets,
  watchPage,
} from './helpers/browser.ts';

/** Tall enough that everything down to the tables is "near the viewport" and loads at once. */
const VIEWPORT = { width: 1280, height: 2300 };
const CHARTS_AND_KPIS = [
  'kpi-th',
  'kpi-en',
  'bar-th',
  'bar-en',
  'donut-th',
  'donut-en',
  'line-th',
  'line-en',
  'bar-narrow',
  'kpi-dark',
  'bar-dark',
];
const TABLES = ['table-obs', 'table-ent', 'list-ent'];
const LOAD_TIMEOUT = 15_000;

let browser: Browser;
let api: TestServer;
let host: Awaited<ReturnType<typeof startHostServer>>;
let proxy: Awaited<ReturnType<typeof startSwitchableProxy>>;
let buildState: string;

/** The partner page, loaded once and shared by the tests that only read it. */
let main: Page;
let mainWatch: ReturnType<typeof watchPage>;
let mainMissing: string[] = [];
let tableDefined = false;
/** When the test scrolled the lazy widget near (performance.now() in the main page). */
let scrolledAt: number | undefined;

async function openPage(pathAndQuery: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'th-TH' });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.addInitScript(INSTRUMENTATION);
  await page.goto(host.origin + pathAndQuery);
  return { page, watch };
}

/** Opens the host page and waits for its widgets; returns the ids that neither loaded nor failed. */
async function openHostPage(query = '') {
  const { page, watch } = await openPage(`/host.html${query}`);
  const missing = await waitForWidgets(page, CHARTS_AND_KPIS, LOAD_TIMEOUT);
  // phalang-table may not exist yet: wait for the tables only once the loader has defined the element.
  const defined = await page.evaluate(() => customElements.get('phalang-table') !== undefined);
  if (defined) missing.push(...(await waitForWidgets(page, TABLES, LOAD_TIMEOUT)));
  else missing.push(...TABLES.map((id) => `${id} (<phalang-table> is not defined)`));
  return { page, watch, missing, defined };
}

/** What a widget shows, read from its shadow root. */
interface WidgetView {
  title: string | null;
  value: string | null;
  source: string | null;
  summary: string | null;
  /** The accessible names of the chart's points, in order. */
  points: string[];
  /** Bar / axis labels and the values written next to the bars. */
  labels: string[];
  valueLabels: string[];
  /** Donut legend rows: [name, value]. */
  legend: string[][];
  parts: string[];
}

function view(page: Page, id: string): Promise<WidgetView> {
  return page.evaluate((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    if (!root) throw new Error(`#${id} has no shadow root: is its element defined?`);
    const clean = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const one = (sel: string) => (root.querySelector(sel) ? clean(root.querySelector(sel)) : null);
    const all = (sel: string) => Array.from(root.querySelectorAll(sel), (n) => clean(n));
    return {
      title: one('[part~="title"]'),
      value: one('[part~="value"]'),
      source: one('[part~="source"]'),
      summary: one('[part~="summary"]'),
      points: Array.from(root.querySelectorAll('[data-index]'), (n) => n.getAttribute('aria-label') ?? ''),
      labels: all('text.label'),
      valueLabels: all('text.value-label'),
      legend: Array.from(root.querySelectorAll('[part~="legend"] li'), (li) => [
        clean(li.querySelector('.name')),
        clean(li.querySelector('.num')),
      ]),
      parts: Array.from(root.querySelectorAll('[part]'), (n) => n.getAttribute('part') ?? ''),
    };
  }, id);
}

/** The rows of the table inside a widget: header cells and data cells, as text. */
function tableRows(page: Page, id: string) {
  return page.evaluate((id) => {
    const table = document.getElementById(id)?.shadowRoot?.querySelector('table');
    if (!table) return null;
    const clean = (n: Element) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      caption: table.caption ? clean(table.caption) : null,
      head: Array.from(table.querySelectorAll('thead th'), clean),
      rows: Array.from(table.querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), clean)),
    };
  }, id);
}

/** Which element has focus, through the shadow root. */
function focused(page: Page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement ?? null;
    return {
      host: host?.id || host?.localName || null,
      index: inner?.getAttribute('data-index') ?? null,
      role: inner?.getAttribute('role') ?? null,
      label: inner?.getAttribute('aria-label') ?? null,
      inner: inner
        ? inner.localName + (inner.getAttribute('part') ? `[part=${inner.getAttribute('part')}]` : '')
        : null,
    };
  });
}

async function runAxe(page: Page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}\n    ${n.html}`)
          .join('\n'),
    );
  });
}

const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(0)} ms`);

/**
 * Prints, per widget, when it was connected, fired phalang-load and was drawn (the animation
 * frame after rendering the data), in performance.now() ms since navigation; returns the
 * connected → drawn spans of the widgets that load with the page. Never asserted: for the record.
 */
function timings(record: PageRecord, label: string, lazyFrom?: number): number[] {
  const ids = Object.keys(record.connected).sort(
    (a, b) => (record.drawn[a] ?? Infinity) - (record.drawn[b] ?? Infinity),
  );
  const lines = ids.map((id) => {
    // The lazy widget is timed from the scroll that brought it near, not from the page start.
    const lazy = id === 'kpi-below';
    const start = lazy && lazyFrom !== undefined ? lazyFrom : record.connected[id]!;
    const drawn = record.drawn[id];
    const span =
      drawn === undefined
        ? lazy
          ? 'not scrolled to'
          : 'never drawn'
        : ms(drawn - start) + (lazy ? ' (from the scroll)' : '');
    return `  ${id.padEnd(11)} connected ${ms(record.connected[id]).padStart(7)}  phalang-load ${ms(record.loads[id]).padStart(7)}  drawn ${ms(drawn).padStart(7)}  → ${span}`;
  });
  const spans = [...CHARTS_AND_KPIS, ...TABLES]
    .filter((id) => record.drawn[id] !== undefined && record.connected[id] !== undefined)
    .map((id) => record.drawn[id]! - record.connected[id]!)
    .sort((a, b) => a - b);
  console.log(
    `[browser] connected → drawn (${label}):\n${lines.join('\n')}\n` +
      `  above the fold: min ${ms(spans[0])}, median ${ms(spans[Math.floor(spans.length / 2)])}, max ${ms(spans.at(-1))}`,
  );
  return spans;
}

beforeAll(async () => {
  buildState = await ensureWidgetsBuilt();
  [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
  // A port that refuses connections now, and reaches the API once started again.
  proxy = await startSwitchableProxy(Number(new URL(api.base).port));
  await proxy.stop();
  host = await startHostServer({
    '/host.html': () => fixture('host.html', { API_ORIGIN: api.base }),
    '/api-down.html': () => fixture('api-down.html', { API_ORIGIN: api.base, DOWN_ENDPOINT: proxy.origin }),
  });
  mkdirSync(SHOTS_DIR, { recursive: true });
  ({ page: main, watch: mainWatch, missing: mainMissing, defined: tableDefined } = await openHostPage());
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([host?.close(), proxy?.stop(), api?.close()]);
});

describe('widgets embedded in a partner page on another origin', () => {
  it('load across origins and fire phalang-load once each', async () => {
    expect(new URL(host.origin).origin, 'the host page must not share the API origin').not.toBe(
      new URL(api.base).origin,
    );
    const record = await pageRecord(main);
    expect(record.errors, 'phalang-error fired on the host page').toEqual({});
    expect(mainMissing, `widgets that never fired phalang-load (build: ${buildState})`).toEqual([]);
    const expected = [...CHARTS_AND_KPIS, ...(tableDefined ? TABLES : [])];
    expect(record.loadCount, 'phalang-load fires once per widget (kpi-below waits for the scroll)').toEqual(
      Object.fromEntries(expected.map((id) => [id, 1])),
    );
    // Every data request went to the API's origin, as persisted GETs.
    expect(mainWatch.graphqlRequests.length).toBeGreaterThan(0);
    for (const url of mainWatch.graphqlRequests) {
      expect(new URL(url).origin).toBe(new URL(api.base).origin);
      expect(parseGraphqlRequest(url).documentId, url).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('shows Thai figures, labels and sources', async () => {
    const kpi = await view(main, 'kpi-th');
    expect(kpi.value).toBe('18.95 ล้านบาท');
    expect(kpi.title).toBe('ยอดจำหน่ายสินค้าในงานกระตุ้นเศรษฐกิจ');
    expect(kpi.source).toBe('ที่มา: 3 ธ.ค. 2567 · กรุงเทพมหานคร');
    expect(kpi.summary).toContain('18,951,686 บาท');

    const bar = await view(main, 'bar-th');
    expect(bar.points).toHaveLength(6);
    expect(bar.labels).toContain('กลุ่มเขตกรุงเทพกลาง');
    const central = bar.labels.indexOf('กลุ่มเขตกรุงเทพกลาง');
    expect(bar.valueLabels[central]).toBe('8.17 ล้านบาท');
    expect(bar.points[central]).toBe('กลุ่มเขตกรุงเทพกลาง: 8,170,000 บาท · 43.1%');
    expect(bar.source).toBe('ที่มา: 3 ธ.ค. 2567 · กรุงเทพมหานคร');

    const donut = await view(main, 'donut-th');
    expect(donut.legend).toEqual([
      ['ดี', '76 แห่ง · 37.4%'],
      ['ปานกลาง', '121 แห่ง · 59.6%'],
      ['ปรับปรุง', '6 แห่ง · 3%'],
    ]);

    const byCategory = await view(main, 'bar-narrow');
    expect(byCategory.points).toHaveLength(7);
    expect(byCategory.labels[0]).toBe('การผลิตพืช');
    expect(byCategory.valueLabels[0]).toBe('77 แห่ง');

    const line = await view(main, 'line-th');
    expect(line.points[0]).toBe('ปีงบประมาณ 2567: 36 ครั้ง · 100%');
  });

  it('shows English figures, labels and sources', async () => {
    const kpi = await view(main, 'kpi-en');
    expect(kpi.value).toBe('THB 18.95 M');
    expect(kpi.source).toBe('Source: 3 Dec 2024 · Bangkok Metropolitan Administration');

    const bar = await view(main, 'bar-en');
    expect(bar.points).toHaveLength(6);
    expect(bar.points).toContain('Central Krungthep District Group: THB 8,170,000 · 43.1%');
    const central = bar.points.findIndex((p) => p.startsWith('Central Krungthep District Group:'));
    expect(bar.valueLabels[central]).toBe('THB 8.17 M');
    // The visible label may be shortened with an ellipsis to fit; it must still start the same.
    expect(bar.labels[central]).toMatch(/^Central Krungthep/);

    const donut = await view(main, 'donut-en');
    expect(donut.legend).toEqual([
      ['Good', '76 enterprises · 37.4%'],
      ['Medium', '121 enterprises · 59.6%'],
      ['Needs improvement', '6 enterprises · 3%'],
    ]);
    expect(donut.source).toBe('Source: 23 Aug 2023 · Bangkok Metropolitan Administration');
  });

  it('draw the donut legend and total without overlapping text', async () => {
    const problems = await main.evaluate(
      (ids) => {
        const found: string[] = [];
        const overlap = (a: DOMRect, b: DOMRect) =>
          Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
          Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        for (const id of ids) {
          const root = document.getElementById(id)!.shadowRoot!;
          for (const li of Array.from(root.querySelectorAll('[part~="legend"] li'))) {
            const name = li.querySelector('.name');
            const num = li.querySelector('.num');
            if (!name || !num) continue;
            // The rendered text of the name (it may overflow its own box), against the value's box.
            const range = document.createRange();
            range.selectNodeContents(name);
            const numBox = num.getBoundingClientRect();
            const hit = Array.from(range.getClientRects()).reduce((n, r) => n + overlap(r, numBox), 0);
            if (hit > 1)
              found.push(
                `#${id}: legend "${name.textContent?.trim()}" overlaps "${num.textContent?.trim()}" (${hit.toFixed(0)} px²)`,
              );
            const host = li.closest('ul')!.getBoundingClientRect();
            if (numBox.right > host.right + 0.5)
              found.push(
                `#${id}: legend value "${num.textContent?.trim()}" is cut off at the right (${(numBox.right - host.right).toFixed(0)} px)`,
              );
          }
          const svg = root.querySelector('svg[part~="chart"]');
          const centre = root.querySelector('text.centre');
          if (svg && centre) {
            const hole = svg.getBoundingClientRect().width * 0.58;
            const width = centre.getBoundingClientRect().width;
            if (width > hole)
              found.push(
                `#${id}: the total "${centre.textContent}" is ${width.toFixed(0)} px wide, the hole ${hole.toFixed(0)} px`,
              );
          }
        }
        return found;
      },
      ['donut-th', 'donut-en'],
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('does not shift the layout of the host page (CLS 0)', async () => {
    // Let any resize-driven re-render settle before reading.
    await main.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const record = await pageRecord(main);
    const shifts = record.shifts.filter((s) => !s.hadRecentInput);
    const total = shifts.reduce((n, s) => n + s.value, 0);
    const count = (times: Record<string, number>, at: number) => Object.values(times).filter((t) => t <= at).length;
    const explain = shifts
      .map(
        (s) =>
          `  ${s.value.toFixed(4)} at ${ms(s.at)} (${count(record.connected, s.at)} widgets connected, ${count(record.drawn, s.at)} drawn by then)\n` +
          s.sources.map((src) => `      ${src}`).join('\n'),
      )
      .join('\n');
    expect(total, `cumulative layout shift ${total.toFixed(4)}; shifts:\n${explain}`).toBe(0);
  });

  it('load a widget far below the fold only when it is scrolled near', async () => {
    const kpiDocument = documentIdOf(WIDGET_DOCUMENTS.WidgetIndicatorKpi);
    const forBelow = () =>
      mainWatch.graphqlRequests.filter((url) => {
        const { documentId, variables } = parseGraphqlRequest(url);
        return documentId === kpiDocument && variables.code === 'CE_POTENTIAL_ASSESSED';
      });
    expect(forBelow(), 'the widget 4000px below the fold asked for its data before it was near the viewport').toEqual(
      [],
    );
    expect((await pageRecord(main)).loads['kpi-below']).toBeUndefined();
    expect((await view(main, 'kpi-below')).parts).toContain('loading');

    scrolledAt = await main.evaluate(() => performance.now());
    await main.locator('#kpi-below').scrollIntoViewIfNeeded();
    expect(await waitForWidgets(main, ['kpi-below'], LOAD_TIMEOUT), 'kpi-below never loaded after scrolling').toEqual(
      [],
    );
    expect(forBelow()).toHaveLength(1);
    expect((await view(main, 'kpi-below')).value).toBe('203 enterprises');
    await main.evaluate(() => window.scrollTo(0, 0));
  });

  it('report the time from connected to drawn', async () => {
    const spans = timings(
      await pageRecord(main),
      `first page load, cold API server; widget build ${buildState}`,
      scrolledAt,
    );
    expect(spans.length).toBeGreaterThan(0);
    const { longTasks } = await pageRecord(main);
    console.log(
      `[browser] main-thread tasks over 50 ms on the host page (14 widgets, cold): ${longTasks.length}` +
        (longTasks.length ? ` (${longTasks.join(', ')} ms)` : ''),
    );
  });

  it('offer the same figures as a table ("show as table")', async () => {
    const chart = await view(main, 'bar-th');
    const toggle = main.locator('#bar-th [part~="table-toggle"]');
    expect(await toggle.textContent()).toContain('แสดงเป็นตาราง');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await main.locator('#bar-th table').waitFor();
    const table = await tableRows(main, 'bar-th');
    expect(table?.caption).toBe(chart.title);
    expect(table?.head).toEqual(['รายการ', 'ค่า', 'สัดส่วน']);
    // Each row says what the chart's point says: "label: value · share".
    expect(table?.rows.map(([label, value, share]) => `${label}: ${value} · ${share}`)).toEqual(chart.points);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.textContent()).toContain('แสดงเป็นแผนภูมิ');
    await toggle.click();
    await main.locator('#bar-th svg[part~="chart"]').waitFor();
    expect(await tableRows(main, 'bar-th')).toBeNull();

    const donut = await view(main, 'donut-en');
    await main.locator('#donut-en [part~="table-toggle"]').click();
    const donutTable = await tableRows(main, 'donut-en');
    expect(donutTable?.head).toEqual(['Item', 'Value', 'Share']);
    expect(donutTable?.rows).toEqual([
      ['Good', '76 enterprises', '37.4%'],
      ['Medium', '121 enterprises', '59.6%'],
      ['Needs improvement', '6 enterprises', '3%'],
    ]);
    expect(donutTable?.rows.map(([label, value, share]) => `${label}: ${value} · ${share}`)).toEqual(donut.points);
    await main.locator('#donut-en [part~="table-toggle"]').click();
  });

  it('apply the dark theme and page-set colours through custom properties', async () => {
    const styles = await main.evaluate(() => {
      const css = (id: string) => getComputedStyle(document.getElementById(id)!);
      const fill = (id: string) => {
        const bar = document.getElementById(id)?.shadowRoot?.querySelector('rect.bar');
        return bar ? getComputedStyle(bar).fill : null;
      };
      return {
        lightBackground: css('kpi-th').backgroundColor,
        darkBackground: css('kpi-dark').backgroundColor,
        darkText: css('kpi-dark').color,
        lightFill: fill('bar-th'),
        brandFill: fill('bar-en'),
        darkFill: fill('bar-dark'),
      };
    });
    expect(styles).toEqual({
      lightBackground: 'rgb(255, 255, 255)',
      darkBackground: 'rgb(22, 24, 29)',
      darkText: 'rgb(238, 240, 244)',
      lightFill: 'rgb(0, 114, 178)',
      // --phalang-color-series-1: #c2185b, set by the page on an ancestor (.brand).
      brandFill: 'rgb(194, 24, 91)',
      darkFill: 'rgb(86, 180, 233)',
    });
    // Set on the element itself, at run time.
    const restyled = await main.evaluate(() => {
      const el = document.getElementById('bar-th')!;
      el.style.setProperty('--phalang-color-series-1', 'rgb(10, 120, 40)');
      el.style.setProperty('--phalang-color-background', 'rgb(250, 240, 220)');
      const result = {
        fill: getComputedStyle(el.shadowRoot!.querySelector('rect.bar')!).fill,
        background: getComputedStyle(el).backgroundColor,
      };
      el.removeAttribute('style');
      return result;
    });
    expect(restyled).toEqual({ fill: 'rgb(10, 120, 40)', background: 'rgb(250, 240, 220)' });
  });

  it('can be used with the keyboard: one tab stop, arrows move between points, the tooltip follows', async () => {
    const tooltip = () => shadowText(main, '#bar-th', 'tooltip');
    await main.locator('#before-bar').focus();
    await main.keyboard.press('Tab');
    let now = await focused(main);
    expect(now, 'Tab from the button before the chart should land on its first bar').toMatchObject({
      host: 'bar-th',
      index: '0',
      role: 'img',
    });
    expect(now.label).toBe('กลุ่มเขตกรุงเทพกลาง: 8,170,000 บาท · 43.1%');
    expect(await tooltip()).toBe(now.label);

    await main.keyboard.press('ArrowRight');
    now = await focused(main);
    expect(now).toMatchObject({ host: 'bar-th', index: '1', label: 'กลุ่มเขตกรุงเทพตะวันออก: 1,740,000 บาท · 9.2%' });
    expect(await tooltip()).toBe('กลุ่มเขตกรุงเทพตะวันออก: 1,740,000 บาท · 9.2%');
    expect(await main.locator('#bar-th [part~="tooltip"]').isVisible()).toBe(true);
    await main.locator('#bar-th').screenshot({ path: path.join(SHOTS_DIR, 'bar-keyboard-focus.png') });

    await main.keyboard.press('End');
    expect(await focused(main)).toMatchObject({ index: '5', label: 'กลุ่มเขตกรุงธนใต้: 2,600,000 บาท · 13.7%' });
    await main.keyboard.press('ArrowRight');
    expect(await focused(main), 'ArrowRight on the last bar wraps to the first').toMatchObject({ index: '0' });
    await main.keyboard.press('ArrowLeft');
    expect(await focused(main)).toMatchObject({ index: '5' });
    await main.keyboard.press('Home');
    expect(await focused(main)).toMatchObject({ index: '0' });
    expect(await tooltip()).toBe('กลุ่มเขตกรุงเทพกลาง: 8,170,000 บาท · 43.1%');

    // One tab stop: Tab leaves the bars (for the source link or the table toggle).
    await main.keyboard.press('Tab');
    now = await focused(main);
    expect(now.index, `the second Tab should leave the bars, focus is on ${JSON.stringify(now)}`).toBeNull();
    expect(await main.locator('#bar-th [part~="tooltip"]').count(), 'the tooltip goes when focus leaves').toBe(0);
    await main.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('pass axe-core with no violations', async () => {
    const violations = await runAxe(main);
    expect(violations, `axe-core violations:\n${violations.join('\n')}`).toEqual([]);
  });

  it('log no console errors and throw no uncaught exceptions', () => {
    expect(mainWatch.pageErrors, 'uncaught exceptions on the host page').toEqual([]);
    expect(mainWatch.consoleErrors, 'console errors on the host page').toEqual([]);
    expect(mainWatch.failedRequests, 'failed requests on the host page').toEqual([]);
  });
});

describe('<phalang-table>', () => {
  const requireTable = () =>
    expect(
      tableDefined,
      '<phalang-table> is not defined after the loader ran: widgets/table/table.ts does not define it yet',
    ).toBe(true);

  /**
   * Sorts by a sortable column (a numeric one where there is one, so the order check means
   * something) and checks aria-sort and the order of the visible rows, both ways.
   */
  async function checkSorting(id: string, lang: 'th' | 'en') {
    const headers = main.locator(`#${id} th[aria-sort]`);
    expect(await headers.count(), `#${id}: no sortable column headers (th[aria-sort])`).toBeGreaterThan(0);
    const numeric = main.locator(`#${id} th.num[aria-sort]`);
    const header = (await numeric.count()) > 0 ? numeric.first() : headers.first();
    const column = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
    const control = (await header.locator('button').count()) > 0 ? header.locator('button').first() : header;
    const collator = new Intl.Collator(lang === 'th' ? 'th' : 'en', { numeric: true });
    const numberIn = (s: string) => {
      const m = /-?\d[\d,]*(\.\d+)?/.exec(s);
      return m ? Number(m[0].replace(/,/g, '')) : NaN;
    };
    const isOrdered = (cells: string[], direction: number) => {
      const numbers = cells.map(numberIn);
      const compare = numbers.every((n) => !Number.isNaN(n))
        ? (i: number) => numbers[i - 1]! - numbers[i]!
        : (i: number) => collator.compare(cells[i - 1]!, cells[i]!);
      return cells.every((_, i) => i === 0 || compare(i) * direction <= 0);
    };

    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      const before = await header.getAttribute('aria-sort');
      await control.click();
      await main.waitForFunction(
        ([id, before, column]) => {
          const th = document.getElementById(id)?.shadowRoot?.querySelectorAll('thead th')[column];
          return (
            th?.getAttribute('aria-sort') !== before &&
            !document.getElementById(id)?.shadowRoot?.querySelector('[part~="loading"]')
          );
        },
        [id, before, column] as const,
        { timeout: 5000 },
      );
      const sort = await header.getAttribute('aria-sort');
      expect(['ascending', 'descending'], `#${id}: aria-sort after a click`).toContain(sort);
      seen.push(sort!);
      const rows = (await tableRows(main, id))!.rows;
      const cells = rows.map((r) => r[column] ?? '');
      expect(
        isOrdered(cells, sort === 'ascending' ? 1 : -1),
        `#${id}: column ${column} is not ${sort}: ${JSON.stringify(cells)}`,
      ).toBe(true);
    }
    expect(new Set(seen).size, `#${id}: a second click should reverse the order`).toBe(2);
  }

  it('is defined by the loader and loads both kinds of table', () => {
    requireTable();
    expect(mainMissing.filter((m) => m.startsWith('table-'))).toEqual([]);
  });

  it('lists an indicator’s observations in Thai, with sortable columns', async () => {
    requireTable();
    const table = await tableRows(main, 'table-obs');
    expect(table, '#table-obs renders no <table>').not.toBeNull();
    expect(table!.rows.length).toBeGreaterThan(0);
    expect(table!.rows.flat().join(' ')).toMatch(/แห่ง|\d/);
    await checkSorting('table-obs', 'th');
  });

  it('lists enterprises of an area in English, with sortable columns and a pager', async () => {
    requireTable();
    const first = await tableRows(main, 'table-ent');
    expect(first, '#table-ent renders no <table>').not.toBeNull();
    expect(first!.rows.length).toBeGreaterThan(0);
    expect(first!.rows.length, '29 enterprises in TH-15: expected more than one page').toBeLessThan(29);
    expect(first!.rows.flat().join(' ')).toContain('Community Enterprise');
    await checkSorting('table-ent', 'en');

    const next = main.locator('#table-ent').getByRole('button', { name: /next/i });
    expect(await next.count(), '#table-ent: no "Next" button in the pager').toBeGreaterThan(0);
    const page1 = (await tableRows(main, 'table-ent'))!.rows;
    await next.first().click();
    await main.waitForFunction(
      (before) => {
        const rows = document.getElementById('table-ent')?.shadowRoot?.querySelectorAll('tbody tr');
        return rows && rows.length > 0 && rows[0]!.textContent !== before;
      },
      page1[0]!.join(''),
      { timeout: 5000 },
    );
    const page2 = (await tableRows(main, 'table-ent'))!.rows;
    expect(page2[0], 'the second page starts with a different row').not.toEqual(page1[0]);
  });

  it('<phalang-enterprise-list> shows what <phalang-table source="enterprises"> shows, and sorts', async () => {
    requireTable();
    const list = await tableRows(main, 'list-ent');
    expect(list, '#list-ent renders no <table>').not.toBeNull();
    expect(list!.rows.length).toBeGreaterThan(0);
    // The same sort as the test above gave #table-ent (its first column, twice), then both on page 1.
    await checkSorting('list-ent', 'en');
    const back = main.locator('#table-ent').getByRole('button', { name: /previous/i });
    if ((await back.getAttribute('aria-disabled')) === 'false') await back.click();
    await main.waitForFunction(() =>
      /^Rows 1–/.test(document.getElementById('table-ent')!.shadowRoot!.querySelector('.status')!.textContent!.trim()),
    );
    const [sortedList, table] = [await tableRows(main, 'list-ent'), await tableRows(main, 'table-ent')];
    expect(sortedList).toEqual(table);
  });
});

describe('when the API is down', () => {
  it('shows the error state with a retry button, fires phalang-error, and recovers on retry', async () => {
    const { page, watch } = await openPage('/api-down.html');
    try {
      const missing = await waitForWidgets(page, ['kpi-down', 'bar-down'], LOAD_TIMEOUT);
      expect(missing, 'widgets that neither failed nor loaded against a refused endpoint').toEqual([]);
      const record = await pageRecord(page);
      expect(Object.keys(record.errors).sort()).toEqual(['bar-down', 'kpi-down']);
      expect(record.errors['kpi-down']!.message, 'phalang-error detail.message').not.toBe('');
      expect(record.loads).toEqual({});

      const kpiError = page.locator('#kpi-down [part~="error"]');
      expect(await kpiError.isVisible()).toBe(true);
      expect(await kpiError.getAttribute('role')).toBe('alert');
      expect(await kpiError.textContent()).toContain('โหลดข้อมูลไม่สำเร็จ');
      expect((await page.locator('#kpi-down [part~="retry"]').textContent())?.trim()).toBe('ลองอีกครั้ง');
      expect(await page.locator('#bar-down [part~="error"]').textContent()).toContain('Could not load the data');
      expect((await page.locator('#bar-down [part~="retry"]').textContent())?.trim()).toBe('Try again');
      await page.locator('main').screenshot({ path: path.join(SHOTS_DIR, 'api-down.png') });

      expect(watch.pageErrors, 'uncaught exceptions while the API is down').toEqual([]);
      // The browser itself logs each refused request; nothing else may reach the console.
      expect(
        watch.consoleErrors.filter((e) => !/ERR_CONNECTION_REFUSED/.test(e)),
        'console errors besides the refused requests',
      ).toEqual([]);
      const violations = await runAxe(page);
      expect(violations, `axe-core violations in the error state:\n${violations.join('\n')}`).toEqual([]);

      // The API comes back: "retry" loads the data.
      await proxy.start();
      await page.locator('#kpi-down [part~="retry"]').click();
      await page.waitForFunction(() => 'kpi-down' in window.__phalang.drawn, undefined, { timeout: LOAD_TIMEOUT });
      expect((await view(page, 'kpi-down')).value).toBe('18.95 ล้านบาท');
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await proxy.stop();
      await page.context().close();
    }
  });
});

describe('screenshots', () => {
  it('of the host page, light and dark, go to .tmp/browser-shots/', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page, missing } = await openHostPage(theme === 'dark' ? '?theme=dark' : '');
      try {
        expect(missing.filter((m) => !m.includes('not defined'))).toEqual([]);
        timings(await pageRecord(page), `${theme} page, warm API server, fresh browser context`);
        const bottom = await page.evaluate(
          () => document.querySelector('[aria-labelledby="h-tables"]')!.getBoundingClientRect().bottom,
        );
        const file = path.join(SHOTS_DIR, `host-${theme}.png`);
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.ceil(bottom) + 16 },
        });
        console.log(`[browser] screenshot: ${path.relative(process.cwd(), file)}`);
      } finally {
        await page.context().close();
      }
    }
  });
});
