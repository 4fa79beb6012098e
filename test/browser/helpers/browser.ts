/**
 * Helpers for the real-browser widget tests: the system Chromium driven by playwright-core (never
 * a downloaded browser), an up-to-date widget build, a partner "host" page served from another
 * origin than the API, a proxy that can be switched off to play a stopped API, and in-page
 * instrumentation (phalang-load / phalang-error events, connected → drawn times, layout shifts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, connect, type AddressInfo, type Socket } from 'node:net';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWidgets, WIDGETS_DIST } from '../../../widgets/build.ts';
import { ROOT } from '../../helpers/paths.ts';

/** The system Chromium (Debian's `chromium` package); PHALANG_CHROMIUM overrides it. */
export const CHROMIUM_PATH = process.env.PHALANG_CHROMIUM || '/usr/bin/chromium';

export const AXE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const SHOTS_DIR = path.join(ROOT, '.tmp', 'browser-shots');
export const FIXTURES_DIR = path.join(ROOT, 'test', 'browser', 'fixtures');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's package (apt-get install chromium) or set PHALANG_CHROMIUM; ` +
        'the tests never download a browser.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Builds dist/widgets/ unless it is already newer than every file it was built from (esbuild's
 * metafile lists them), so a fresh checkout and an edited widget both get a current bundle.
 */
export async function ensureWidgetsBuilt(): Promise<'built' | 'up to date'> {
  const metaFile = path.join(WIDGETS_DIST, 'meta.json');
  if (existsSync(metaFile) && existsSync(path.join(WIDGETS_DIST, 'phalang.js'))) {
    const builtAt = statSync(metaFile).mtimeMs;
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Metafile;
    // The documents are not bundled (elements import their types only): the manifest lists them.
    const manifest = path.join(WIDGETS_DIST, 'build-manifest.json');
    const sources = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { sources: string[] }).sources : [];
    const inputs = [...Object.keys(meta.inputs), ...sources].map((input) => path.resolve(ROOT, input));
    // Files added since the build (e.g. a new widget) are caught through the files that import them.
    const stale = inputs.some((file) => !existsSync(file) || statSync(file).mtimeMs > builtAt);
    if (!stale) return 'up to date';
  }
  await buildWidgets({ quiet: true });
  return 'built';
}

/** A static server for the partner page, on its own port: a different origin from the API. */
export async function startHostServer(pages: Record<string, () => string>) {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const render = pages[url.pathname];
    if (!render) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(render());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A fixture file with `{{NAME}}` placeholders filled in. */
export function fixture(name: string, values: Record<string, string>): string {
  const text = readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    if (!(key in values)) throw new Error(`fixture ${name}: no value for ${whole}`);
    return values[key]!;
  });
}

/**
 * A TCP proxy in front of the API on a port of its own. Stopped, the port refuses connections —
 * what a widget sees when the API is down; started again on the same port, the API is back.
 */
export async function startSwitchableProxy(targetPort: number) {
  const sockets = new Set<Socket>();
  let server: ReturnType<typeof createTcpServer> | undefined;
  let port = 0;
  const listen = async () => {
    server = createTcpServer((client) => {
      const upstream = connect(targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  };
  const stop = async () => {
    const s = server;
    server = undefined;
    if (!s) return;
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return {
    get port() {
      return port;
    },
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    /** Listens again on the same port. */
    start: listen,
    stop,
  };
}

/** What a page did that a test may want to complain about or count. */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const graphqlRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message));
  page.on('requestfailed', (r) => failedRequests.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/graphql')) graphqlRequests.push(r.url());
  });
  return { consoleErrors, pageErrors, failedRequests, graphqlRequests };
}

/** The document id and variables of a persisted GET request to /graphql. */
export function parseGraphqlRequest(url: string): { documentId: string | null; variables: Record<string, unknown> } {
  const u = new URL(url);
  const extensions = u.searchParams.get('extensions');
  const documentId =
    u.searchParams.get('documentId') ??
    (extensions
      ? ((JSON.parse(extensions) as { persistedQuery?: { sha256Hash?: string } }).persistedQuery?.sha256Hash ?? null)
      : null);
  const variables = u.searchParams.get('variables');
  return { documentId, variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {} };
}

/** What the in-page instrumentation records, per widget id (`tag#index` for elements without one). */
export interface PageRecord {
  /** performance.now() when the element was first connected as a Phalang element (after upgrade). */
  connected: Record<string, number>;
  loads: Record<string, number>;
  /** How many times each widget fired phalang-load. */
  loadCount: Record<string, number>;
  /** performance.now() at the first animation frame after the rendered load. */
  drawn: Record<string, number>;
  errors: Record<string, { at: number; message: string }>;
  shifts: { value: number; at: number; hadRecentInput: boolean; sources: string[] }[];
  /** Durations (ms) of main-thread tasks over 50 ms. */
  longTasks: number[];
}

declare global {
  interface Window {
    __phalang: PageRecord;
  }
}

/**
 * Installed with page.addInitScript, so it runs before the host page and the widget loader. A
 * string, not a function, so nothing the test transpiler adds ends up in the page.
 *
 * - wraps customElements.define so each Phalang element records when it was connected;
 * - listens for the widgets' composed `phalang-load` / `phalang-error` events on the document,
 *   and marks "drawn" at the next animation frame after the element has rendered the data;
 * - sums layout shifts (buffered PerformanceObserver), remembering which nodes moved;
 * - records main-thread long tasks (over 50 ms).
 */
export const INSTRUMENTATION = `(() => {
  const record = { connected: {}, loads: {}, loadCount: {}, drawn: {}, errors: {}, shifts: [], longTasks: [] };
  window.__phalang = record;
  const keyOf = (el) => {
    if (el.id) return el.id;
    const all = Array.from(document.querySelectorAll(el.localName));
    return el.localName + '#' + all.indexOf(el);
  };
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ctor, options) {
    if (name.startsWith('phalang-')) {
      const connected = ctor.prototype.connectedCallback;
      ctor.prototype.connectedCallback = function () {
        const key = keyOf(this);
        if (!(key in record.connected)) record.connected[key] = performance.now();
        return connected && connected.call(this);
      };
    }
    return define.call(this, name, ctor, options);
  };
  document.addEventListener('phalang-load', (e) => {
    const el = e.composedPath()[0];
    const key = keyOf(el);
    if (!(key in record.loads)) record.loads[key] = performance.now();
    record.loadCount[key] = (record.loadCount[key] || 0) + 1;
    Promise.resolve(el.updateComplete).then(() =>
      requestAnimationFrame(() => {
        if (!(key in record.drawn)) record.drawn[key] = performance.now();
      }),
    );
  });
  document.addEventListener('phalang-error', (e) => {
    const el = e.composedPath()[0];
    record.errors[keyOf(el)] = { at: performance.now(), message: (e.detail && e.detail.message) || '' };
  });
  const WIDGETS = 'phalang-kpi, phalang-bar-chart, phalang-line-chart, phalang-donut, phalang-table, phalang-enterprise-list';
  const describe = (node, rect) => {
    if (!node) {
      // Nodes inside shadow roots are not exposed: name the widget whose box holds the rect.
      const inside = Array.from(document.querySelectorAll(WIDGETS)).find((el) => {
        const box = el.getBoundingClientRect();
        return rect.x >= box.left - 1 && rect.y >= box.top - 1 && rect.right <= box.right + 1 && rect.bottom <= box.bottom + 1;
      });
      return inside ? 'inside #' + keyOf(inside) : '(a node inside a shadow root, or removed)';
    }
    if (node.nodeType !== 1) return node.nodeName;
    return node.localName + (node.id ? '#' + node.id : '') + (node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\\s+/).join('.') : '');
  };
  const box = (r) => Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + '×' + Math.round(r.height);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.shifts.push({
        value: entry.value,
        at: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources || []).map((s) =>
          describe(s.node, s.currentRect) + ': ' + box(s.previousRect) + ' → ' + box(s.currentRect)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // Main-thread tasks over 50 ms (reported, not asserted: timings depend on the machine).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** The page's instrumentation record. */
export const pageRecord = (page: Page): Promise<PageRecord> => page.evaluate(() => window.__phalang);

/** Waits until every id has loaded (or failed); returns those that did neither. */
export async function waitForWidgets(page: Page, ids: string[], timeoutMs: number): Promise<string[]> {
  try {
    await page.waitForFunction(
      (wanted) => wanted.every((id) => id in window.__phalang.drawn || id in window.__phalang.errors),
      ids,
      {
        timeout: timeoutMs,
        polling: 50,
      },
    );
  } catch {
    // Reported by the caller, with the names of the widgets that never arrived.
  }
  const record = await pageRecord(page);
  return ids.filter((id) => !(id in record.drawn) && !(id in record.errors));
}

/** The text a reader sees inside an element's shadow root, whitespace collapsed. */
export function shadowText(page: Page, selector: string, part?: string): Promise<string> {
  return page.evaluate(
    ([sel, p]) => {
      const host = document.querySelector(sel);
      if (!host) throw new Error(`no element ${sel} on the page`);
      const root = host.shadowRoot;
      if (!root) throw new Error(`${sel} has no open shadow root (is the element defined?)`);
      const node = p ? root.querySelector(`[part~="${p}"]`) : root;
      return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    },
    [selector, part ?? ''] as const,
  );
}
