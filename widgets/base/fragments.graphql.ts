/** Fragments shared by several widget documents. */
import { graphql, type Fragment, type ResultOf } from './graphql.ts';

const INDICATOR_META = /* GraphQL */ `
  fragment WidgetIndicatorMeta on Indicator {
    code
    nameTh
    nameEn
    measure
    higherIsBetter
    aggregation
    unit {
      code
      nameTh
      nameEn
      symbolTh
      symbolEn
    }
  }
`;

const SOURCE_FIELDS = /* GraphQL */ `
  fragment WidgetSource on Source {
    key
    title
    titleEn
    publisherTh
    publisherEn
    publishedOn
    url
  }
`;

export const IndicatorMeta = { text: INDICATOR_META, document: graphql(INDICATOR_META) } satisfies Fragment<unknown>;
export const WidgetSource = { text: SOURCE_FIELDS, document: graphql(SOURCE_FIELDS) } satisfies Fragment<unknown>;

export type IndicatorMetaData = ResultOf<typeof IndicatorMeta.document>;
export type SourceData = ResultOf<typeof WidgetSource.document>;
