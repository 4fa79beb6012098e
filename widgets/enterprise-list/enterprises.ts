/**
 * The enterprise list's rows: what it asks the API for (from its filter attributes) and its
 * columns. Used by <phalang-enterprise-list> and by <phalang-table source="enterprises">.
 */
import { html, nothing } from 'lit';
import type { Lang } from '../base/format.ts';
import { msg } from '../base/messages.ts';
import { FETCH_SIZE } from '../base/paged-connection.ts';
import { nameOf, none, type Column, type TableDefinition } from '../base/table-definition.ts';
import { EnterpriseKinds, labelOf } from '../../prisma/domain/labels.ts';
import type { EnterpriseListData } from './enterprise-list.graphql.ts';

export type Enterprise = EnterpriseListData['enterprises']['edges'][number]['node'];

const WORDS = {
  enterprises: { th: 'วิสาหกิจชุมชน', en: 'Community enterprises' },
  businessTypes: { th: 'ประเภทกิจการ', en: 'Business types' },
} satisfies Record<string, Record<Lang, string>>;

/** The filter attributes, as both elements hold them. */
export interface EnterpriseFilters {
  area?: string;
  kind?: string;
  businessType?: string;
  network?: string;
}

/** A comma-separated attribute as a list; enum values upper-cased (`farm-housewives-group` works too). */
export function listOf(value: string | undefined, asEnum = false): string[] {
  return (value ?? '')
    .split(',')
    .map((v) =>
      asEnum
        ? v
            .trim()
            .toUpperCase()
            .replace(/[-\s]+/g, '_')
        : v.trim(),
    )
    .filter(Boolean);
}

/** The variables of `WidgetEnterpriseList` for these filters: the first 100 rows. */
export function enterpriseVariables(f: EnterpriseFilters): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (f.area) filter.area = f.area;
  const kind = listOf(f.kind, true);
  if (kind.length) filter.kind = kind;
  const businessType = listOf(f.businessType);
  if (businessType.length) filter.businessType = businessType;
  if (f.network?.trim()) filter.network = f.network.trim();
  return { filter, first: FETCH_SIZE };
}

export const ENTERPRISES: TableDefinition<EnterpriseListData, Enterprise> = {
  document: 'WidgetEnterpriseList',
  connection: (data) => data.enterprises,
  title: (_data, lang) => WORDS.enterprises[lang],
  sources: (row) => row.sources,
  columns(rows, _data, { lang }) {
    const name = (x: { nameTh: string; nameEn: string }) => nameOf(x, lang);
    const kindLabel = (e: Enterprise) => labelOf(EnterpriseKinds, e.kind, lang);
    // The parent of a district or subdistrict says where it is; a province's parent (the country) says nothing.
    const parentOf = (e: Enterprise) => {
      const parent = e.area?.parent;
      return parent && parent.code.includes('-') ? name(parent) : null;
    };
    const types = (e: Enterprise) => e.businessTypes.map(name).join(', ');
    const columns: Column<Enterprise>[] = [
      {
        key: 'name',
        label: msg('name', lang),
        rowHeader: true,
        cellClass: 'name',
        sortValue: name,
        render: name,
      },
      { key: 'kind', label: msg('kind', lang), sortValue: kindLabel, render: kindLabel, text: kindLabel },
      {
        key: 'area',
        label: msg('area', lang),
        sortValue: (e) => (e.area ? `${name(e.area)}|${parentOf(e) ?? ''}` : null),
        render: (e) => {
          if (!e.area) return none(lang);
          const parent = parentOf(e);
          return html`${name(e.area)}${parent ? html`<span class="sub">${parent}</span>` : nothing}`;
        },
        text: (e) => (e.area ? [name(e.area), parentOf(e)].filter(Boolean).join(', ') : ''),
      },
    ];
    // Shown when any loaded row has a business type; otherwise an empty column would only take room.
    if (rows.some((e) => e.businessTypes.length > 0)) {
      columns.push({
        key: 'businessTypes',
        label: WORDS.businessTypes[lang],
        sortValue: (e) => types(e) || null,
        render: (e) => types(e) || none(lang),
        text: types,
      });
    }
    return columns;
  },
};
