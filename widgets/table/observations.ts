/** <phalang-table>'s rows: an indicator's observations (period, area, category, kind, value, source). */
import { html, nothing } from 'lit';
import { formatDate, formatPeriod, formatValue, type Lang } from '../base/format.ts';
import { msg } from '../base/messages.ts';
import type { SourceInfo } from '../base/phalang-element.ts';
import { nameOf, none, type CellContext, type Column, type TableDefinition } from '../base/table-definition.ts';
import { labelOf, ObservationKinds } from '../../prisma/domain/labels.ts';
import type { ObservationsData } from './observations.graphql.ts';

export type Observation = ObservationsData['indicator']['observations']['edges'][number]['node'];

const KIND_HEADER: Record<Lang, string> = { th: 'ชนิดข้อมูล', en: 'Kind' };

const publisher = (s: SourceInfo, lang: Lang) => (lang === 'th' ? s.publisherTh : s.publisherEn);

/** A source cell: publisher and date, linked to the document (or to its entry on /sources). */
function sourceLink(s: SourceInfo, { lang, origin }: CellContext) {
  const href = s.url ?? `${origin}/sources#${s.key}`;
  return html`<a href=${href} target="_blank" rel="noopener" title=${lang === 'th' ? s.title : s.titleEn}
    >${publisher(s, lang)}, <span class="nowrap">${formatDate(s.publishedOn, lang)}</span></a
  >`;
}

export const OBSERVATIONS: TableDefinition<ObservationsData, Observation> = {
  document: 'WidgetIndicatorObservations',
  connection: (data) => data.indicator.observations,
  title: (data, lang) => nameOf(data.indicator, lang),
  sources: (row) => [row.source],
  columns(rows, data, cx) {
    const { lang, compact } = cx;
    const name = (x: { nameTh: string; nameEn: string }) => nameOf(x, lang);
    const { unit } = data.indicator;
    // A range wraps only after its dash: "ส.ค. 2567 –" / "พ.ย. 2567", never inside a date.
    const period = (o: Observation) =>
      formatPeriod(o.period.start, o.period.end, lang)
        .replace(/ /g, '\u00a0')
        .replace(/–\u00a0/g, '– ');
    const columns: Column<Observation>[] = [
      {
        key: 'period',
        label: msg('period', lang),
        cellClass: 'nowrap',
        sortValue: (o) => `${o.period.start}|${o.period.end}`,
        render: period,
        text: period,
      },
      {
        key: 'area',
        label: msg('area', lang),
        sortValue: (o) => (o.area ? name(o.area) : null),
        render: (o) => (o.area ? name(o.area) : none(lang)),
        text: (o) => (o.area ? name(o.area) : ''),
      },
    ];
    if (rows.some((o) => o.category)) {
      // No category: the row is the total of its period and area.
      const category = (o: Observation) => (o.category ? name(o.category) : msg('total', lang));
      columns.push({
        key: 'category',
        label: msg('category', lang),
        sortValue: category,
        render: (o) => (o.category ? name(o.category) : html`<span class="none">${msg('total', lang)}</span>`),
        text: category,
      });
    }
    const kindOf = (o: Observation) => labelOf(ObservationKinds, o.kind, lang);
    if (rows.some((o) => o.kind !== 'ACTUAL')) {
      // Compact: said under the value instead ("5 ครั้ง / เป้าหมาย").
      columns.push({ key: 'kind', label: KIND_HEADER[lang], wideOnly: true, sortValue: kindOf, render: kindOf });
    }
    columns.push(
      {
        key: 'value',
        label: msg('value', lang),
        numeric: true,
        sortValue: (o) => o.value,
        render: (o) =>
          html`${
            o.approximate
              ? html`<span class="approx" title=${msg('approximate', lang)} aria-hidden="true">≈</span
                  ><span class="sr-only">${msg('approximate', lang)}</span> `
              : nothing
          }${formatValue(o.value, unit, lang)}${
            compact && o.kind !== 'ACTUAL' ? html`<span class="sub">${kindOf(o)}</span>` : nothing
          }`,
      },
      {
        key: 'source',
        label: msg('source', lang),
        cellClass: 'source-cell',
        wideOnly: true,
        sortValue: (o) => `${publisher(o.source, lang)}|${o.source.publishedOn}`,
        render: (o) => sourceLink(o.source, cx),
      },
    );
    return columns;
  },
};
