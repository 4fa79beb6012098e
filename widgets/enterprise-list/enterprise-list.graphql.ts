/** `<phalang-table source="enterprises">`'s rows: one page of community enterprises. */
import { graphql, persisted, REFERENCE_TAGS, type ResultOf, type VariablesOf } from '../base/graphql.ts';
import { WidgetSource } from '../base/fragments.graphql.ts';

const text = /* GraphQL */ `
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
`;

export const ENTERPRISE_LIST = persisted('WidgetEnterpriseList', graphql(text, [WidgetSource.document]), {
  text,
  fragments: [WidgetSource],
  tags: ['Enterprise', 'Network', ...REFERENCE_TAGS],
});

export type EnterpriseListData = ResultOf<typeof ENTERPRISE_LIST.document>;
export type EnterpriseListVariables = VariablesOf<typeof ENTERPRISE_LIST.document>;
