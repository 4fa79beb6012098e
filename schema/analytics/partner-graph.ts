/**
 * partnerGraph: organisations and agreements as nodes, signatures as edges, from one statement:
 * the `first` most recent matching agreements (newest `date` first, undated last, then newest id)
 * and every visible signature of theirs with its organisation.
 *
 * Why bounded: the whole graph of a national dataset (2,000 MOUs, 8,000 signatures) is a 4 MB
 * answer; building, resolving and serialising it cost 130 ms of CPU a request against 39 ms for
 * its statement (profiled with `node --cpu-prof`), and a network diagram cannot show it anyway.
 * The agreements are read through `Agreement(date, id)` newest first and the walk stops after
 * `first + 1` of them (the extra one only says whether the graph is complete), so the statement
 * reads rows in proportion to the answer.
 */
import { AgreementStatuses, OrganisationKinds } from '../../prisma/domain/labels.ts';
import type { AgreementStatus, OrganisationKind } from '../../prisma/generated/kysely/types.ts';
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import { runCompiled } from './compiled.ts';

export interface PartnerGraphFilterValue {
  agreementStatus?: AgreementStatus[] | null;
  organisationKind?: OrganisationKind[] | null;
  theme?: string[] | null;
}

/** Agreements in a graph when `first` is not given. @default 50 */
export const PARTNER_GRAPH_DEFAULT_AGREEMENTS = 50;
/** The most agreements one graph may hold (more is an error). @default 100 */
export const PARTNER_GRAPH_MAX_AGREEMENTS = 100;

export interface GraphNode {
  id: string;
  entityId: string;
  kind: 'ORGANISATION' | 'AGREEMENT';
  key: string;
  labelTh: string;
  labelEn: string;
  shortLabelTh: string;
  shortLabelEn: string;
  groupTh: string;
  groupEn: string;
  group: string;
  degree: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  role: 'SIGNATORY' | 'PRESIDING' | 'WITNESS';
}

export interface PartnerGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** False when more agreements matched than the graph holds. */
  complete: boolean;
}

const gid = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString('base64');
// A graph node is not the record it stands for: a client cache keyed by id must not merge them.
const nodeId = (type: string, id: number) => gid('PartnerGraphNode', `${type}:${id}`);

export async function partnerGraph(
  sql: SqlReader,
  filter: PartnerGraphFilterValue | null | undefined,
  first: number = PARTNER_GRAPH_DEFAULT_AGREEMENTS,
): Promise<PartnerGraph> {
  // An empty list in the filter matches nothing.
  if ([filter?.agreementStatus, filter?.organisationKind, filter?.theme].some((list) => list?.length === 0))
    return { nodes: [], edges: [], complete: true };
  const kinds = filter?.organisationKind ?? null;
  const query = () => {
    const db = sql.db;
    let agreements = db
      .selectFrom('Agreement as a')
      .select(['a.id', 'a.slug', 'a.nameTh', 'a.nameEn', 'a.status', 'a.date'])
      // Only agreements that will have an edge: a bare node would take a place in the limit.
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('Signatory as s1')
            .innerJoin('Organisation as o1', 'o1.id', 's1.organisationId')
            .select(eb.lit(1).as('one'))
            .whereRef('s1.agreementId', '=', 'a.id')
            .$if(kinds !== null, (q) => q.where('o1.kind', 'in', kinds!)),
        ),
      )
      // Both dialects put undated agreements last (PostgreSQL would put NULL first in DESC).
      .orderBy('a.date', (o) => o.desc().nullsLast())
      .orderBy('a.id', 'desc')
      .limit(first + 1);
    if (filter?.agreementStatus) agreements = agreements.where('a.status', 'in', filter.agreementStatus);
    if (filter?.theme) {
      const themes = filter.theme;
      // Prisma's implicit many-to-many table: A is the agreement, B the category.
      agreements = agreements.where((eb) =>
        eb.exists(
          eb
            .selectFrom('_AgreementToCategory as at')
            .innerJoin('Category as c', 'c.id', 'at.B')
            .select(eb.lit(1).as('one'))
            .whereRef('at.A', '=', 'a.id')
            .where('c.code', 'in', themes),
        ),
      );
    }
    return db
      .with('picked', () => agreements)
      .selectFrom('picked as p')
      .innerJoin('Signatory as s', 's.agreementId', 'p.id')
      .innerJoin('Organisation as o', 'o.id', 's.organisationId')
      .select([
        's.role',
        'o.id as oId',
        'o.orgId',
        'o.nameTh as oNameTh',
        'o.nameEn as oNameEn',
        'o.acronymTh',
        'o.acronymEn',
        'o.kind as oKind',
        'p.id as aId',
        'p.slug',
        'p.nameTh as aNameTh',
        'p.nameEn as aNameEn',
        'p.status',
      ])
      .$if(kinds !== null, (q) => q.where('o.kind', 'in', kinds!))
      .orderBy('p.date', (o) => o.desc().nullsLast())
      .orderBy('p.id', 'desc')
      .orderBy('s.position');
  };
  const rows = await runCompiled(sql, ['partner-graph', filter, first], query);
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const agreements = new Set<number>();
  let complete = true;
  for (const r of rows) {
    if (!agreements.has(r.aId) && agreements.size === first) {
      complete = false; // the (first + 1)th agreement: read only to know that there are more
      break;
    }
    agreements.add(r.aId);
    const oid = nodeId('Organisation', r.oId);
    const aid = nodeId('Agreement', r.aId);
    if (!nodes.has(oid)) {
      const k = OrganisationKinds[r.oKind as keyof typeof OrganisationKinds];
      nodes.set(oid, {
        id: oid,
        entityId: gid('Organisation', r.oId),
        kind: 'ORGANISATION',
        key: r.orgId,
        labelTh: r.oNameTh,
        labelEn: r.oNameEn,
        shortLabelTh: r.acronymTh ?? r.oNameTh,
        shortLabelEn: r.acronymEn ?? r.oNameEn,
        group: r.oKind,
        groupTh: k.th,
        groupEn: k.en,
        degree: 0,
      });
    }
    if (!nodes.has(aid)) {
      const s = AgreementStatuses[r.status as keyof typeof AgreementStatuses];
      nodes.set(aid, {
        id: aid,
        entityId: gid('Agreement', r.aId),
        kind: 'AGREEMENT',
        key: r.slug,
        labelTh: r.aNameTh,
        labelEn: r.aNameEn,
        shortLabelTh: r.aNameTh,
        shortLabelEn: r.aNameEn,
        group: r.status,
        groupTh: s.th,
        groupEn: s.en,
        degree: 0,
      });
    }
    nodes.get(oid)!.degree++;
    nodes.get(aid)!.degree++;
    edges.push({ source: oid, target: aid, role: r.role });
  }
  return { nodes: [...nodes.values()], edges, complete };
}
