/** `<phalang-table>`'s observation rows: one page of an indicator's observations. */
import { graphql, persisted, REFERENCE_TAGS, type Found, type ResultOf, type VariablesOf } from '../base/graphql.ts';
import { IndicatorMeta, WidgetSource } from '../base/fragments.graphql.ts';

const text = /* GraphQL */ `
  query WidgetIndicatorObservations($code: String!, $filter: ObservationFilter, $first: Int, $after: String) {
    indicator(code: $code) {
      ...WidgetIndicatorMeta
      observations(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            value
            approximate
            period {
              start
              end
              fiscalYear
            }
            area {
              code
              nameTh
              nameEn
            }
            category {
              code
              nameTh
              nameEn
            }
            source {
              ...WidgetSource
            }
          }
        }
      }
    }
  }
`;

export const OBSERVATIONS = persisted(
  'WidgetIndicatorObservations',
  graphql(text, [IndicatorMeta.document, WidgetSource.document]),
  {
    text,
    fragments: [IndicatorMeta, WidgetSource],
    tags: [`Indicator:$code`, ...REFERENCE_TAGS],
  },
);

export type ObservationsData = Found<ResultOf<typeof OBSERVATIONS.document>, 'indicator'>;
export type ObservationsVariables = VariablesOf<typeof OBSERVATIONS.document>;
