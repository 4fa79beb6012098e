/**
 * What each widget document's answer depends on, as cache tags. A write names the tags it
 * changes (see prisma/seed/load.ts and the ChangeLog table); answers carrying those tags are
 * dropped. `Indicator:<code>` ties an answer to one indicator, so editing one indicator's figures
 * leaves every other indicator's cached charts in place.
 */
import type { WidgetDocumentName } from '../../widgets/documents.ts';

const REFERENCE = ['Area', 'Category', 'Unit', 'Source'];

export function tagsFor(name: WidgetDocumentName, variables: Record<string, unknown>): string[] {
  switch (name) {
    case 'WidgetIndicatorKpi':
    case 'WidgetIndicatorSeries':
    case 'WidgetIndicatorObservations':
      return [`Indicator:${String(variables.code)}`, ...REFERENCE];
    case 'WidgetEnterpriseList':
    case 'WidgetEnterpriseStats':
      return ['Enterprise', 'Network', ...REFERENCE];
    case 'WidgetPartnerGraph':
      return ['Agreement', 'Organisation'];
  }
}
