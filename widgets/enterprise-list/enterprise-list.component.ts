import { DataTableElement } from '../base/data-table.ts';
import type { EnterpriseListData } from './enterprise-list.graphql.ts';
import { enterpriseListStyles } from './enterprise-list.styles.ts';
import { ENTERPRISES, enterpriseVariables, type Enterprise } from './enterprises.ts';

/**
 * @summary A sortable, paged list of community enterprises (name, kind, area, business types),
 * filtered by area, kind, business type or network. The same as `<phalang-table
 * source="enterprises">`, under its own name. The table is itself the accessible form of the data.
 *
 * The pager counts the rows in view ("Rows 1–5 of 7" when five of a page's seven rows fit the
 * reserved height; scrolling the table updates it). Rows are loaded 100 at a time; sorting is
 * done in the browser over every row, so a sort first loads the rest (up to 1,000 rows).
 *
 * @attr area - Area code; the area and everything inside it.
 * @attr kind - Enterprise kind(s), comma-separated, e.g. `COMMUNITY_ENTERPRISE,OTOP_PRODUCER`.
 * @attr business-type - Business type code(s), comma-separated, e.g. `PLANT_PRODUCTION`.
 * @attr network - Slug of a network: its members only.
 * @attr page-size - Rows per page (default 10, at most 100).
 * @attr lang - `th` (default) or `en`.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr endpoint - API origin or GraphQL URL; defaults to the script's origin.
 * @attr refresh - Reload every this many seconds.
 * @attr heading - Replaces the title ("Community enterprises").
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
export class PhalangEnterpriseList extends DataTableElement<EnterpriseListData, Enterprise> {
  static override styles = [...DataTableElement.styles, enterpriseListStyles];

  static override properties = {
    ...DataTableElement.properties,
    kind: { type: String },
    businessType: { type: String, attribute: 'business-type' },
    network: { type: String },
  };

  /** Enterprise kind(s), comma-separated; enum values in any case, `-` for `_`. */
  kind?: string;
  /** Business type code(s), comma-separated. */
  businessType?: string;
  /** Network slug: its members only. */
  network?: string;

  protected override readonly reloadOn = ['kind', 'businessType', 'network'];
  protected readonly definition = ENTERPRISES;

  protected variables(): Record<string, unknown> {
    return enterpriseVariables(this);
  }
}
