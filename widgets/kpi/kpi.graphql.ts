/** `<phalang-kpi>`'s document: an indicator's total and latest period for a filter. */
import { graphql, persisted, REFERENCE_TAGS, type Found, type ResultOf, type VariablesOf } from '../base/graphql.ts';
import { IndicatorMeta, WidgetSource } from '../base/fragments.graphql.ts';

const text = /* GraphQL */ `
  query WidgetIndicatorKpi($code: String!, $filter: ObservationFilter) {
    indicator(code: $code) {
      ...WidgetIndicatorMeta
      total(filter: $filter) {
        value
        approximate
        observationCount
        period {
          start
          end
          fiscalYear
        }
        sources {
          ...WidgetSource
        }
      }
      latest(filter: $filter) {
        value
        target
        progress
        previousValue
        change
        changePercent
        period {
          start
          end
          fiscalYear
        }
        previousPeriod {
          start
          end
          fiscalYear
        }
      }
    }
  }
`;

export const KPI = persisted('WidgetIndicatorKpi', graphql(text, [IndicatorMeta.document, WidgetSource.document]), {
  text,
  fragments: [IndicatorMeta, WidgetSource],
  tags: [`Indicator:$code`, ...REFERENCE_TAGS],
});

export type KpiData = Found<ResultOf<typeof KPI.document>, 'indicator'>;
export type KpiVariables = VariablesOf<typeof KPI.document>;
