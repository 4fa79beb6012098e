/**
 * Persisted ahead of an element (for partners' own charts and the planned widgets): counts of
 * enterprises by kind, area, business type, network or assessment grade.
 */
import { graphql, persisted, REFERENCE_TAGS, type ResultOf, type VariablesOf } from '../base/graphql.ts';

const text = /* GraphQL */ `
  query WidgetEnterpriseStats($groupBy: EnterpriseStatsGrouping!, $filter: EnterpriseFilter, $fiscalYear: Int) {
    enterpriseStats(groupBy: $groupBy, filter: $filter, fiscalYear: $fiscalYear) {
      total
      fiscalYear
      points {
        key
        labelTh
        labelEn
        count
        share
      }
    }
  }
`;

export const ENTERPRISE_STATS = persisted('WidgetEnterpriseStats', graphql(text), {
  text,
  tags: ['Enterprise', 'Network', ...REFERENCE_TAGS],
});

export type EnterpriseStatsData = ResultOf<typeof ENTERPRISE_STATS.document>;
export type EnterpriseStatsVariables = VariablesOf<typeof ENTERPRISE_STATS.document>;
