/**
 * The GraphQL documents the embeddable widgets send. They are trusted ("persisted") documents:
 * widgets send only their SHA-256 hash, with GET, so browsers and CDNs can cache the answers, and
 * the server answers only documents it knows (see server/public-read/). Plain strings, so that the
 * server can import them without importing any widget code.
 *
 * Changing a document changes its hash: old embeds keep working only while the old text is kept
 * here too, so edit by adding a new version rather than rewriting one in place.
 */

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

export const INDICATOR_KPI = /* GraphQL */ `
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
  ${INDICATOR_META}
  ${SOURCE_FIELDS}
`;

export const INDICATOR_SERIES = /* GraphQL */ `
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
  ${INDICATOR_META}
  ${SOURCE_FIELDS}
`;

export const INDICATOR_OBSERVATIONS = /* GraphQL */ `
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
  ${INDICATOR_META}
  ${SOURCE_FIELDS}
`;

export const ENTERPRISE_LIST = /* GraphQL */ `
  query WidgetEnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {
    enterprises(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          kind
          nameTh
          nameEn
          area {
            code
            nameTh
            nameEn
            parent {
              code
              nameTh
              nameEn
            }
          }
          businessTypes {
            code
            nameTh
            nameEn
          }
          sources {
            ...WidgetSource
          }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
`;

export const ENTERPRISE_STATS = /* GraphQL */ `
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

export const PARTNER_GRAPH = /* GraphQL */ `
  query WidgetPartnerGraph($filter: PartnerGraphFilter) {
    partnerGraph(filter: $filter) {
      nodes {
        id
        kind
        key
        labelTh
        labelEn
        shortLabelTh
        shortLabelEn
        group
        groupTh
        groupEn
        degree
      }
      edges {
        source
        target
        role
      }
    }
  }
`;

/** Every persisted document, by operation name. */
export const WIDGET_DOCUMENTS = {
  WidgetIndicatorKpi: INDICATOR_KPI,
  WidgetIndicatorSeries: INDICATOR_SERIES,
  WidgetIndicatorObservations: INDICATOR_OBSERVATIONS,
  WidgetEnterpriseList: ENTERPRISE_LIST,
  WidgetEnterpriseStats: ENTERPRISE_STATS,
  WidgetPartnerGraph: PARTNER_GRAPH,
} as const;

export type WidgetDocumentName = keyof typeof WIDGET_DOCUMENTS;
