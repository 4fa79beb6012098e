/** Persisted ahead of an element (the planned network widget): who works with whom, and in what role. */
import { graphql, persisted, type ResultOf, type VariablesOf } from '../base/graphql.ts';

const text = /* GraphQL */ `
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

export const PARTNER_GRAPH = persisted('WidgetPartnerGraph', graphql(text), {
  text,
  tags: ['Agreement', 'Organisation'],
});

export type PartnerGraphData = ResultOf<typeof PARTNER_GRAPH.document>;
export type PartnerGraphVariables = VariablesOf<typeof PARTNER_GRAPH.document>;
