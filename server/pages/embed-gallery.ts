/**
 * `/embed`: every widget, live on the seed data, in Thai and English and in the light and dark
 * themes, each with the snippet a partner pastes.
 */
import { readWidgetManifest, type WidgetManifest } from '../widget-manifest.ts';
import { escapeHtml, page } from './html.ts';

interface Example {
  tag: string;
  title: string;
  attributes: Record<string, string>;
}

const EXAMPLES: Example[] = [
  {
    tag: 'phalang-kpi',
    title: 'Headline figure · ตัวเลขสำคัญ',
    attributes: { indicator: 'STIMULUS_FAIR_SALES', area: 'TH-10' },
  },
  {
    tag: 'phalang-bar-chart',
    title: 'Bar chart by area · แผนภูมิแท่งตามพื้นที่',
    attributes: { indicator: 'STIMULUS_FAIR_SALES', 'group-by': 'area', area: 'TH-10' },
  },
  {
    tag: 'phalang-bar-chart',
    title: 'Bar chart by category · แผนภูมิแท่งตามประเภท',
    attributes: { indicator: 'CE_REGISTERED', 'group-by': 'category', area: 'TH-10' },
  },
  {
    tag: 'phalang-line-chart',
    title: 'Line chart by fiscal year · แผนภูมิเส้นตามปีงบประมาณ',
    attributes: { indicator: 'STIMULUS_FAIRS', 'group-by': 'fiscal-year', area: 'TH-10' },
  },
  {
    tag: 'phalang-donut',
    title: 'Composition · สัดส่วน',
    attributes: { indicator: 'CE_POTENTIAL_ASSESSED', 'group-by': 'category' },
  },
  { tag: 'phalang-table', title: 'Table of observations · ตารางข้อมูล', attributes: { indicator: 'CE_REGISTERED' } },
  {
    tag: 'phalang-enterprise-list',
    title: 'List of enterprises · รายชื่อวิสาหกิจ',
    attributes: { area: 'TH-15' },
  },
];

const VARIANTS = [
  { lang: 'th', theme: 'light' },
  { lang: 'en', theme: 'light' },
  { lang: 'th', theme: 'dark' },
  { lang: 'en', theme: 'dark' },
];

const attrs = (a: Record<string, string>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');

/**
 * `origin`: the configured public origin (PUBLIC_URL), which the snippets point at. The elements
 * and their default heights (which the snippets reserve, so the host page never moves while the
 * script loads) come from the widget build's manifest.
 */
export function embedGallery(origin: string, manifest: WidgetManifest = readWidgetManifest()): Response {
  const heights = new Map(manifest.elements.map((e) => [e.tag, e.height]));
  const heightOf = (tag: string) => heights.get(tag) ?? 320;
  // Only built elements are shown; an element without an example here is shown bare.
  const examples = manifest.elements.flatMap((e) => {
    const own = EXAMPLES.filter((ex) => ex.tag === e.tag);
    return own.length ? own : [{ tag: e.tag, title: e.tag, attributes: {} }];
  });
  const sections = examples
    .map((ex, i) => {
      const snippet = `<script type="module" src="${origin}/widgets/phalang.js"></script>\n<${ex.tag}${attrs(ex.attributes)} lang="th" style="display:block;height:${heightOf(ex.tag)}px"></${ex.tag}>`;
      const cells = VARIANTS.map(
        (v) => `<div class="cell ${v.theme}"><h3>lang="${v.lang}" theme="${v.theme}"</h3>
        <${ex.tag}${attrs({ ...ex.attributes, lang: v.lang, theme: v.theme, style: `display:block;height:${heightOf(ex.tag)}px` })}></${ex.tag}></div>`,
      ).join('\n');
      return `<section aria-labelledby="ex-${i}">
      <h2 id="ex-${i}">&lt;${ex.tag}&gt; — ${escapeHtml(ex.title)}</h2>
      <pre><code id="snippet-${i}">${escapeHtml(snippet)}</code></pre>
      <button class="copy" type="button" data-copy="snippet-${i}">Copy snippet · คัดลอก</button>
      <div class="grid">${cells}</div>
    </section>`;
    })
    .join('\n');
  return page(
    'Phalang widgets · วิดเจ็ตพลัง',
    `<header>
      <h1>Phalang widgets · วิดเจ็ตพลัง</h1>
      <p>Paste two lines into any page, on any site. Attributes: <code>indicator</code>, <code>group-by</code>
      (<code>area</code>, <code>category</code>, <code>fiscal-year</code>, <code>period</code>), <code>area</code>,
      <code>fiscal-year</code>, <code>category</code>, <code>lang</code> (<code>th</code>, <code>en</code>),
      <code>theme</code> (<code>light</code>, <code>dark</code>, <code>auto</code>), <code>refresh</code> (seconds),
      <code>endpoint</code>. Theme with <code>--phalang-*</code> custom properties and <code>::part()</code>;
      see <a href="/widgets/custom-elements.json">custom-elements.json</a>. <code>phalang-enterprise-list</code> takes
      <code>area</code>, <code>kind</code>, <code>business-type</code>, <code>network</code> and <code>page-size</code>;
      <code>phalang-table source="enterprises"</code> with the same attributes shows the same list. The <code>style</code> in each snippet reserves the widget's height before the script
      arrives, so the page does not move; change the height there.</p>
    </header>
    <main>${sections}</main>
    <script>
      document.addEventListener('click', async (e) => {
        const id = e.target instanceof HTMLElement && e.target.dataset.copy;
        if (!id) return;
        await navigator.clipboard.writeText(document.getElementById(id).textContent);
        e.target.textContent = 'Copied · คัดลอกแล้ว';
      });
    </script>`,
    `<script type="module" src="${escapeHtml(origin)}/widgets/phalang.js"></script>`,
  );
}
