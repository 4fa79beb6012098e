/** The indicator series the bar, line and donut charts draw (see series-element.ts). */
import { graphql, persisted, REFERENCE_TAGS, type Found, type ResultOf, type VariablesOf } from './graphql.ts';
import { IndicatorMeta, WidgetSource } from './fragments.graphql.ts';

const text = /* GraphQL */ `
  query WidgetIndicatorSeries($code: String!, $groupBy: SeriesGrouping!, $filter: ObservationFilter) {
    indicator(code: $code) {
      ...WidgetIndicatorMeta
      series(groupBy: $groupBy, filter: $filter) {
        groupBy
        total
        points {
          key
          labelTh
          labelEn
          value
          target
          share
          period {
            start
            end
            fiscalYear
          }
        }
        sources {
          ...WidgetSource
        }
      }
    }
  }
`;

export const SERIES = persisted(
  'WidgetIndicatorSeries',
  graphql(text, [IndicatorMeta.document, WidgetSource.document]),
  {
    text,
    fragments: [IndicatorMeta, WidgetSource],
    tags: [`Indicator:$code`, ...REFERENCE_TAGS],
  },
);

export type SeriesData = Found<ResultOf<typeof SERIES.document>, 'indicator'>;
export type SeriesPoint = SeriesData['indicator']['series']['points'][number];
export type SeriesVariables = VariablesOf<typeof SERIES.document>;
