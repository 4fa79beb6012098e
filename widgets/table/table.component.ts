import { DataTableElement } from '../base/data-table.ts';
import { FETCH_SIZE } from '../base/paged-connection.ts';
import type { TableDefinition } from '../base/table-definition.ts';
import type { EnterpriseListData } from '../enterprise-list/enterprise-list.graphql.ts';
import type { ObservationsData } from './observations.graphql.ts';
import { enterpriseListStyles } from '../enterprise-list/enterprise-list.styles.ts';
import { ENTERPRISES, enterpriseVariables, type Enterprise } from '../enterprise-list/enterprises.ts';
import { OBSERVATIONS, type Observation } from './observations.ts';
import { tableStyles } from './table.styles.ts';

type TableData = ObservationsData | EnterpriseListData;

/**
 * @summary A sortable, paged table of an indicator's observations (period, area, category, value,
 * source). With `source="enterprises"` it shows what `<phalang-enterprise-list>` shows (name,
 * kind, area, business types), with the same attributes. The table is itself the accessible form
 * of the data.
 *
 * The pager counts the rows in view ("Rows 1–5 of 7" when five of a page's seven rows fit the
 * reserved height; scrolling the table updates it).
 *
 * Rows are loaded 100 at a time (the API's largest page): the next 100 when the reader pages past
 * what is loaded. Sorting is done in the browser over every row, so a sort first loads the rest
 * (up to 1,000 rows; beyond that the pager says only the first 1,000 are shown).
 *
 * @attr indicator - Indicator code (required unless `source="enterprises"`).
 * @attr source - `observations` (default: the indicator's observations) or `enterprises`.
 * @attr area - Area code; the area and everything inside it.
 * @attr fiscal-year - Thai fiscal year (B.E.); observations only.
 * @attr category - Category code(s), comma-separated; observations only.
 * @attr kind - Enterprise kind(s), comma-separated, e.g. `COMMUNITY_ENTERPRISE,OTOP_PRODUCER`; enterprises only.
 * @attr business-type - Business type code(s), comma-separated, e.g. `PLANT_PRODUCTION`; enterprises only.
 * @attr network - Slug of a network: its members only; enterprises only.
 * @attr page-size - Rows per page (default 10, at most 100).
 * @attr lang - `th` (default) or `en`.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr endpoint - API origin or GraphQL URL; defaults to the script's origin.
 * @attr refresh - Reload every this many seconds.
 * @attr heading - Replaces the title (the indicator name, or "Community enterprises").
 *
 * @event phalang-load - The data arrived; `detail.data` holds the first page.
 * @event phalang-error - Loading failed (the first page or a later one); `detail.message` says why.
 *
 * @csspart title - The title.
 * @csspart table - The table.
 * @csspart header - Each column header cell.
 * @csspart sort-button - The button in each column header that sorts by it.
 * @csspart row - Each body row.
 * @csspart pager - The row count and the Previous / Next buttons.
 * @csspart page-button - The Previous and Next buttons.
 * @csspart body - The table area (the table scrolls inside it; the pager stays below).
 * @csspart footer - Source line.
 * @csspart source - The source line.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The no-data message.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 * @csspart summary - The text summary (visually hidden).
 *
 * @cssprop --phalang-height - Height reserved for the widget (default 420px); the rows scroll inside it.
 * @cssprop --phalang-color-surface - Row hover and button background.
 * @cssprop --phalang-color-grid - Rules between rows.
 * @cssprop --phalang-color-accent - The active sort arrow.
 * @cssprop --phalang-color-text - Text colour.
 * @cssprop --phalang-color-muted - Secondary text (parent areas, the pager).
 * @cssprop --phalang-color-background - Background (also behind the sticky header).
 * @cssprop --phalang-font-family - Font (default: the host page's).
 */
export class PhalangTable extends DataTableElement<TableData, Observation | Enterprise> {
  static override styles = [...DataTableElement.styles, tableStyles, enterpriseListStyles];

  static override properties = {
    ...DataTableElement.properties,
    source: { type: String },
    kind: { type: String },
    businessType: { type: String, attribute: 'business-type' },
    network: { type: String },
  };

  /** `observations` (default) or `enterprises`. */
  source?: string;
  /** Enterprise kind(s), comma-separated (`source="enterprises"`). */
  kind?: string;
  /** Business type code(s), comma-separated (`source="enterprises"`). */
  businessType?: string;
  /** Network slug (`source="enterprises"`). */
  network?: string;

  protected override readonly reloadOn = ['source', 'kind', 'businessType', 'network'];

  private get enterpriseMode(): boolean {
    return this.source?.trim().toLowerCase() === 'enterprises';
  }

  // `source="enterprises"` is the enterprise list's definition, kept here as the public contract it was.
  protected get definition(): TableDefinition<TableData, Observation | Enterprise> {
    return this.enterpriseMode ? ENTERPRISES : OBSERVATIONS;
  }

  // While a changed `source` reloads, the rows on screen still come from the other document.
  protected override definitionOf(data: TableData): TableDefinition<TableData, Observation | Enterprise> {
    return 'enterprises' in data ? ENTERPRISES : OBSERVATIONS;
  }

  protected variables(): Record<string, unknown> | null {
    if (this.enterpriseMode) return enterpriseVariables(this);
    if (!this.indicator) return null;
    return { code: this.indicator, filter: this.observationFilter(), first: FETCH_SIZE };
  }
}
