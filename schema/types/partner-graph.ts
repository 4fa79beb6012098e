/** The partner network: organisations and agreements as nodes, signatures as edges. */
import {
  PARTNER_GRAPH_DEFAULT_AGREEMENTS,
  PARTNER_GRAPH_MAX_AGREEMENTS,
  partnerGraph,
  type GraphEdge,
  type GraphNode,
  type PartnerGraph,
} from '../analytics/partner-graph.ts';
import { builder } from '../builder.ts';
import { AGGREGATE_COST } from '../cost.ts';
import { badInput } from '../errors.ts';
import { AgreementStatus, OrganisationKind, SignatoryRole } from '../enums.ts';

const PartnerNodeKind = builder.enumType('PartnerNodeKind', {
  description: 'What a node of the partner graph stands for.',
  values: {
    ORGANISATION: { description: 'A partner organisation.' },
    AGREEMENT: { description: 'An agreement (MOU).' },
  },
});

const PartnerNodeRef = builder.objectRef<GraphNode>('PartnerGraphNode').implement({
  description: 'A node of the partner graph.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        "The node's own ID, unique across every type (edges refer to it); `entityId` is the organisation's or agreement's.",
    }),
    entityId: t.exposeID('entityId', {
      description: 'The global ID of the organisation or agreement (usable with `node(id:)`).',
    }),
    kind: t.field({ type: PartnerNodeKind, description: 'Organisation or agreement.', resolve: (n) => n.kind }),
    key: t.exposeString('key', { description: 'The org-id of an organisation, or the slug of an agreement.' }),
    labelTh: t.exposeString('labelTh', { description: 'Name in Thai.' }),
    labelEn: t.exposeString('labelEn', { description: 'Name in English.' }),
    shortLabelTh: t.exposeString('shortLabelTh', {
      description: 'Short Thai label for compact diagrams: the acronym where one exists.',
    }),
    shortLabelEn: t.exposeString('shortLabelEn', {
      description: 'Short English label for compact diagrams: the acronym where one exists.',
    }),
    group: t.exposeString('group', { description: 'For colouring: the organisation kind, or the agreement status.' }),
    groupTh: t.exposeString('groupTh', { description: 'The group in Thai.' }),
    groupEn: t.exposeString('groupEn', { description: 'The group in English.' }),
    degree: t.exposeInt('degree', { description: 'How many edges touch the node.' }),
  }),
});

const PartnerEdgeRef = builder.objectRef<GraphEdge>('PartnerGraphEdge').implement({
  description: "An organisation's part in an agreement.",
  fields: (t) => ({
    source: t.exposeID('source', { description: 'The organisation node id.' }),
    target: t.exposeID('target', { description: 'The agreement node id.' }),
    role: t.field({ type: SignatoryRole, description: 'Signatory, presiding or witness.', resolve: (e) => e.role }),
  }),
});

const PartnerGraphRef = builder.objectRef<PartnerGraph>('PartnerGraph').implement({
  description: 'Organisations and the agreements they are party to, ready for a network diagram.',
  fields: (t) => ({
    nodes: t.field({ type: [PartnerNodeRef], description: 'Organisations and agreements.', resolve: (g) => g.nodes }),
    edges: t.field({ type: [PartnerEdgeRef], description: 'Who is party to what, and how.', resolve: (g) => g.edges }),
    complete: t.exposeBoolean('complete', {
      description:
        'True when every matching agreement is in the graph; false when more matched than `first` (ask for more, or narrow the filter).',
    }),
  }),
});

const PartnerGraphFilter = builder.inputType('PartnerGraphFilter', {
  description: 'Narrows the partner graph.',
  fields: (t) => ({
    agreementStatus: t.field({ type: [AgreementStatus], description: 'Only agreements with one of these statuses.' }),
    organisationKind: t.field({ type: [OrganisationKind], description: 'Only organisations of these kinds.' }),
    theme: t.stringList({ description: 'Only agreements with one of these theme codes.' }),
  }),
});

builder.queryField('partnerGraph', (t) =>
  t.field({
    type: PartnerGraphRef,
    description:
      'The graph of partner organisations and agreements (MOUs), for a network diagram: the newest `first` matching agreements and everyone party to them.',
    complexity: (args) => ({
      field: AGGREGATE_COST.partnerGraph,
      multiplier: args.first ?? PARTNER_GRAPH_DEFAULT_AGREEMENTS,
    }),
    args: {
      filter: t.arg({ type: PartnerGraphFilter, description: 'Which agreements and organisations to include.' }),
      first: t.arg.int({
        description: `How many agreements, newest first (by date, undated last), each with every signatory (default ${PARTNER_GRAPH_DEFAULT_AGREEMENTS}, at most ${PARTNER_GRAPH_MAX_AGREEMENTS}).`,
      }),
    },
    resolve: (_root, { filter, first }, ctx) => {
      const size = first ?? PARTNER_GRAPH_DEFAULT_AGREEMENTS;
      if (size < 1 || size > PARTNER_GRAPH_MAX_AGREEMENTS)
        throw badInput(`Argument "first" must be between 1 and ${PARTNER_GRAPH_MAX_AGREEMENTS}; got ${size}.`, 'first');
      return partnerGraph(ctx.sql, filter, size);
    },
  }),
);
