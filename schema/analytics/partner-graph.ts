/**
 * partnerGraph: organisations and agreements as nodes, signatures as edges, from one statement
 * (every visible signature with its organisation and agreement), built into a graph in memory.
 */
import type { Kysely } from 'kysely';
import { AgreementStatuses, OrganisationKinds } from '../../prisma/domain/labels.ts';
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import { runCompiled } from './compiled.ts';

export interface PartnerGraphFilterValue {
  agreementStatus?: string[] | null;
  organisationKind?: string[] | null;
  theme?: string[] | null;
}

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

const gid = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString('base64');
// A graph node is not the record it stands for: a client cache keyed by id must not merge them.
const nodeId = (type: string, id: number) => gid('PartnerGraphNode', `${type}:${id}`);

export async function partnerGraph(
  sql: SqlReader,
  filter: PartnerGraphFilterValue | null | undefined,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const db = sql.db as unknown as Kysely<any>;
  let query = db
    .selectFrom('Signatory as s')
    .innerJoin('Organisation as o', 'o.id', 's.organisationId')
    .innerJoin('Agreement as a', 'a.id', 's.agreementId')
    .select([
      's.role',
      'o.id as oId',
      'o.orgId',
      'o.nameTh as oNameTh',
      'o.nameEn as oNameEn',
      'o.acronymTh',
      'o.acronymEn',
      'o.kind as oKind',
      'a.id as aId',
      'a.slug',
      'a.nameTh as aNameTh',
      'a.nameEn as aNameEn',
      'a.status',
    ])
    .orderBy('s.agreementId')
    .orderBy('s.position');
  if (filter?.agreementStatus)
    query = query.where('a.status', 'in', filter.agreementStatus.length ? filter.agreementStatus : ['']);
  if (filter?.organisationKind)
    query = query.where('o.kind', 'in', filter.organisationKind.length ? filter.organisationKind : ['']);
  if (filter?.theme) {
    const themes = filter.theme.length ? filter.theme : [''];
    // Prisma's implicit many-to-many table: A is the agreement, B the category.
    query = query.where((eb) =>
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
  const rows = await runCompiled(sql, ['partner-graph', filter], () => query);
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const r of rows) {
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
  return { nodes: [...nodes.values()], edges };
}
