/**
 * The public rule table (visibility.ts PUBLIC_RULES) applied to SQL built with Kysely, so one
 * definition serves both the Prisma reader and the analytics' statements. Anonymous callers get a
 * `PublicSql` handle: every table a statement reads from (FROM, JOIN, in subqueries and CTEs too)
 * is replaced by its visible rows, `(SELECT * FROM Observation WHERE publication = 'PUBLISHED' AND
 * <its indicator and programme are visible>)`, which SQLite and PostgreSQL flatten back into the
 * query. It runs only SELECTs and refuses raw SQL that names tables it cannot see into.
 */
import {
  AliasNode,
  FromNode,
  IdentifierNode,
  JoinNode,
  OperationNodeTransformer,
  RawNode,
  SelectQueryNode,
  TableNode,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  type SqlBool,
  type UnknownRow,
} from 'kysely';
import type { PrismaClient } from './client.ts';
import { getDatamodel } from './generated/pothos-types.ts';
import type { DB, SqlDb } from './sql.ts';
import { sqlDbOf } from './sql-registry.ts';
import { PublicReaderRefusal, ruleFacts } from './visibility.ts';

/** What the analytics receive: a builder, and whose reads it makes. */
export interface SqlReader {
  /**
   * For anonymous callers, a builder whose every statement sees published rows only. Typed from
   * the Prisma schema (prisma-kysely): a statement whose parts read CTEs by name declares them with
   * `db.withTables<{ name: Row }>()` (types only, the SQL is unchanged), enum filters take the enum
   * types exported by prisma/sql.ts, and an empty filter list is `noRow` (schema/analytics/sql-scope.ts).
   */
  db: Kysely<DB>;
  audience: 'public' | 'staff';
}

const models = getDatamodel().datamodel.models;
for (const model of Object.keys(models)) {
  for (const link of ruleFacts(model)?.belongsTo ?? []) {
    if (!models[link.target]!.fields.some((f) => f.name === 'id'))
      throw new Error(`visibility-sql: ${model} belongs to ${link.target}, which has no id column to join on`);
  }
}

/**
 * The condition a row of `model` (read as `alias`) must meet to be public, as a Kysely expression;
 * undefined when every row is. Built from the same rule as visibility.ts's Prisma condition.
 */
export function publicCondition(
  eb: ExpressionBuilder<any, any>,
  model: string,
  alias: string,
  depth = 0,
): Expression<SqlBool> | undefined {
  const rule = ruleFacts(model);
  if (!rule) return undefined;
  if (rule.staffOnly) return sql<SqlBool>`1 = 0`; // never true
  const parts: Expression<SqlBool>[] = [];
  if (rule.published) parts.push(eb(eb.ref(`${alias}.publication`), '=', 'PUBLISHED'));
  for (const link of rule.belongsTo) {
    const inner = `v${depth}_${link.target}`;
    const targetRule = ruleFacts(link.target);
    if (!targetRule) continue;
    const linked = eb.exists(
      eb
        .selectFrom(`${link.target} as ${inner}` as any)
        .select(eb.lit(1).as('one'))
        .where((ib: ExpressionBuilder<any, any>) =>
          ib.and([
            ib(ib.ref(`${inner}.id`), '=', ib.ref(`${alias}.${link.fromField}`)),
            ...[publicCondition(ib, link.target, inner, depth + 1)].filter((x): x is Expression<SqlBool> => !!x),
          ]),
        ),
    );
    parts.push(link.required ? linked : eb.or([eb(eb.ref(`${alias}.${link.fromField}`), 'is', null), linked]));
  }
  return parts.length ? eb.and(parts) : undefined;
}

const tableName = (node: OperationNode): string | undefined =>
  TableNode.is(node) ? node.table.identifier.name : undefined;

/** Rewrites FROM and JOIN items naming a ruled model into that model's visible rows. */
class VisibleRows extends OperationNodeTransformer {
  /**
   * Trees this transformer already made visible. Kysely applies a builder's plugins when the
   * builder becomes a node, so a subquery built from the public reader and embedded in another
   * statement arrives here a second time with the whole statement: wrapping it again would check
   * every row twice (the partner graph checked each signatory's agreement and organisation twice).
   */
  private readonly done = new WeakSet<OperationNode>();

  constructor(private readonly base: SqlDb) {
    super();
  }

  /** The visible form of a whole statement, transformed at most once. */
  visibleStatement<T extends OperationNode>(node: T): T {
    if (this.done.has(node)) return node;
    const out = this.transformNode(node);
    this.done.add(out);
    return out;
  }

  protected override transformNodeImpl<T extends OperationNode>(node: T, queryId?: QueryId): T {
    return this.done.has(node) ? node : super.transformNodeImpl(node, queryId);
  }

  private visible(node: OperationNode): OperationNode {
    let table: string | undefined;
    let alias: string | undefined;
    if (AliasNode.is(node) && TableNode.is(node.node)) {
      table = tableName(node.node);
      alias = IdentifierNode.is(node.alias) ? node.alias.name : undefined;
    } else if (TableNode.is(node)) {
      table = alias = tableName(node);
    }
    if (!table || !alias || !ruleFacts(table)) return node;
    const rows = this.base
      .selectFrom(table as keyof DB)
      .selectAll()
      .where((eb) => publicCondition(eb, table, table)!)
      .toOperationNode();
    return AliasNode.create(rows, IdentifierNode.create(alias));
  }

  protected override transformFrom(node: FromNode): FromNode {
    const walked = super.transformFrom(node);
    return FromNode.create(walked.froms.map((f) => this.visible(f)));
  }

  protected override transformJoin(node: JoinNode): JoinNode {
    const walked = super.transformJoin(node);
    return Object.freeze({ ...walked, table: this.visible(walked.table) });
  }

  protected override transformRaw(node: RawNode): RawNode {
    // Raw fragments are for functions and literals; a table named in one would escape the rules.
    if (node.sqlFragments.some((f) => /\b(from|join|into|update|delete)\b/i.test(f)))
      throw new PublicReaderRefusal('The public reader does not run raw SQL that reads tables.');
    return super.transformRaw(node);
  }
}

class PublicOnly implements KyselyPlugin {
  private readonly rows: VisibleRows;
  constructor(base: SqlDb) {
    this.rows = new VisibleRows(base);
  }
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (!SelectQueryNode.is(node)) throw new PublicReaderRefusal(`The public reader does not write (${node.kind}).`);
    return this.rows.visibleStatement(node);
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

const readers = new WeakMap<SqlDb, { public: SqlReader; staff: SqlReader }>();

/** The public and staff SQL readers of a Prisma client's database, made once. */
export function sqlReaders(prisma: PrismaClient): { public: SqlReader; staff: SqlReader } {
  const base = sqlDbOf(prisma);
  let r = readers.get(base);
  if (!r) {
    r = {
      public: { db: base.withPlugin(new PublicOnly(base)), audience: 'public' },
      staff: { db: base, audience: 'staff' },
    };
    readers.set(base, r);
  }
  return r;
}
