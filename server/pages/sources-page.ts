/** `/sources`: the source documents, one anchor each (`#key`): where widgets' source links point. */
import type { Reader } from '../../prisma/visibility.ts';
import { escapeHtml, page } from './html.ts';

export async function sourcesPage(prisma: Reader): Promise<Response> {
  const sources = await prisma.source.findMany({ orderBy: { publishedOn: 'desc' } });
  const items = sources
    .map(
      (s) => `<section id="${escapeHtml(s.key)}">
      <h2>${escapeHtml(s.titleTh)}</h2>
      <p>${escapeHtml(s.titleEn)}</p>
      <dl>
        <dt>ผู้เผยแพร่ · Publisher</dt><dd>${escapeHtml(s.publisherTh)} · ${escapeHtml(s.publisherEn)}</dd>
        <dt>วันที่ · Date</dt><dd>${s.publishedOn.toISOString().slice(0, 10)}</dd>
        <dt>ไฟล์ · File</dt><dd><code>${escapeHtml(s.fileName)}</code></dd>
        ${s.url ? `<dt>ต้นฉบับ · Original</dt><dd><a href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a></dd>` : ''}
      </dl>
      ${s.summaryEn ? `<p>${escapeHtml(s.summaryEn)}</p>` : ''}
    </section>`,
    )
    .join('\n');
  return page('Sources · ที่มาของข้อมูล', `<header><h1>ที่มาของข้อมูล · Sources</h1></header><main>${items}</main>`);
}
