/**
 * enterpriseStats and the enterprise count: counts of enterprise records by a dimension, one
 * statement per question. The filter is a CTE of the matching enterprises' ids (area by path range,
 * `areaId IN (…)`, so a filtered question reads the enterprises of its areas through
 * `Enterprise(areaId, publication, kind)`, not the whole table); each grouping joins it to what it
 * counts by and labels the groups in the same statement.
 *
 * The public's counts by KIND and by AREA, filtered by area at most, read the count table instead
 * (`EnterpriseCount`, prisma/enterprise-count.ts: published enterprises per area and kind), so
 * they read rows in proportion to the areas, not to the enterprises. Every other question, and
 * staff (who count drafts too), read the enterprises.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { AssessmentGrades, EnterpriseKinds } from '../../prisma/domain/labels.ts';
import type { AreaKind, EnterpriseKind } from '../../prisma/sql.ts';
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import { runCompiled } from './compiled.ts';
import type { EnterpriseModel } from '../../prisma/client.ts';
import { prismaRow } from '../../prisma/sql-rows.ts';
import { areaScope, noRow } from './sql-scope.ts';
import { PATH_END } from '../area-scope.ts';

export type EnterpriseStatsGroupingValue = 'AREA' | 'KIND' | 'BUSINESS_TYPE' | 'ASSESSMENT_GRADE' | 'NETWORK';

export interface EnterpriseFilterValue {
  area?: string | null;
  kind?: EnterpriseKind[] | null;
  businessType?: string[] | null;
  network?: string | null;
}

export interface StatPoint {
  key: string;
  labelTh: string;
  labelEn: string;
  count: number;
  share: number | null;
}

export interface EnterpriseStats {
  total: number;
  fiscalYear: number | null;
  points: StatPoint[];
}

type AnyEb = ExpressionBuilder<any, any>;
const GROUPINGS: AreaKind[] = ['DISTRICT_GROUP', 'PROVINCE_CLUSTER'];

/** The CTEs `enterpriseStats` declares on its outer statement, which its parts read by name. */
type StatsTables = {
  /** The enterprises the filter selects. */
  e: { id: number; kind: EnterpriseKind; areaId: number | null };
  /** AREA: the areas directly inside the filter's area. */
  b: { id: number; code: string; nameTh: string; nameEn: string; path: string };
  /** AREA: how many of those enterprises each area holds. */
  ea: { areaId: number | null; n: number };
  /** From the count table: the published enterprises per area and kind the area filter selects. */
  ec: { areaId: number | null; kind: EnterpriseKind; n: number };
};

export interface EnterpriseStatsOptions {
  /** False: read the enterprises even where the count table answers (tests compare the two). */
  counts?: boolean;
}

/** Whether the count table answers exactly: the public's KIND and AREA counts, filtered by area at most. */
export function readsEnterpriseCounts(
  sql: SqlReader,
  groupBy: EnterpriseStatsGroupingValue,
  filter: EnterpriseFilterValue | null | undefined,
  options: EnterpriseStatsOptions = {},
): boolean {
  return (
    sql.audience === 'public' &&
    options.counts !== false &&
    (groupBy === 'KIND' || groupBy === 'AREA') &&
    filter?.kind == null &&
    filter?.businessType == null &&
    filter?.network == null
  );
}

/** The filter's conditions on an enterprise read as `alias`. */
export function enterpriseConditions(eb: AnyEb, filter: EnterpriseFilterValue | null | undefined, alias = 'e') {
  const parts: Expression<SqlBool>[] = [];
  if (filter?.area) parts.push(eb(`${alias}.areaId`, 'in', areaScope(eb, filter.area)));
  if (filter?.kind) parts.push(filter.kind.length ? eb(`${alias}.kind`, 'in', filter.kind) : noRow);
  if (filter?.businessType)
    parts.push(
      eb.exists(
        eb
          .selectFrom('EnterpriseBusinessType as fbt')
          .innerJoin('Category as fc', 'fc.id', 'fbt.categoryId')
          .select(eb.lit(1).as('one'))
          .whereRef('fbt.enterpriseId', '=', `${alias}.id`)
          .where('fc.scheme', '=', 'BUSINESS_TYPE')
          .where('fc.code', 'in', filter.businessType.length ? filter.businessType : ['']),
      ),
    );
  if (filter?.network)
    parts.push(
      eb.exists(
        eb
          .selectFrom('NetworkMember as fm')
          .innerJoin('Network as fn', 'fn.id', 'fm.networkId')
          .select(eb.lit(1).as('one'))
          .whereRef('fm.enterpriseId', '=', `${alias}.id`)
          .where('fn.slug', '=', filter.network),
      ),
    );
  return eb.and(parts);
}

/** How many enterprise records match a filter (the enterprises connection's totalCount). */
export async function enterpriseCount(sql: SqlReader, filter: EnterpriseFilterValue | null | undefined) {
  const [row] = await runCompiled(sql, ['enterprise-count', filter], () =>
    sql.db
      .selectFrom('Enterprise as e')
      .select((eb) => eb.fn.countAll().as('n'))
      .where((eb) => enterpriseConditions(eb, filter)),
  );
  return Number(row?.n ?? 0);
}

/**
 * The first page of the enterprises connection (by id, `take` rows) for a filter, in one statement
 * with the same conditions as its totalCount: the enterprise list widget's rows without the ORM's
 * cost per statement. Whole rows, in the Prisma client's shape.
 */
export async function enterpriseFirstPage(
  sql: SqlReader,
  filter: EnterpriseFilterValue | null | undefined,
  take: number,
): Promise<EnterpriseModel[]> {
  // The page's ids first, from the filter's index entries alone, then those rows: sorting whole
  // rows read every matching enterprise (1,300 in TH-10 at 100,000) for 21 (0.39 → 0.30 ms at 1M).
  const rows = await runCompiled(sql, ['enterprise-first-page', filter, take], () =>
    sql.db
      .selectFrom('Enterprise as e')
      .selectAll('e')
      .where('e.id', 'in', (qc) =>
        qc
          .selectFrom('Enterprise as p')
          .select('p.id')
          .where((eb) => enterpriseConditions(eb, filter, 'p'))
          .orderBy('p.id')
          .limit(take),
      )
      .orderBy('e.id'),
  );
  return rows.map((r) => prismaRow('Enterprise', r));
}

interface Row {
  key: string | null;
  labelTh: string | null;
  labelEn: string | null;
  count: number | bigint;
  /** `total`, `direct` (AREA: placed in the filter's area itself) or `group`. */
  role: string;
  year: number | null;
}

export async function enterpriseStats(
  sql: SqlReader,
  groupBy: EnterpriseStatsGroupingValue,
  filter: EnterpriseFilterValue | null | undefined,
  fiscalYear: number | null | undefined,
  options: EnterpriseStatsOptions = {},
): Promise<EnterpriseStats> {
  // The parts below read the CTEs by name; the CTEs go on the one outer statement.
  const db = sql.db.withTables<StatsTables>();
  const counts = readsEnterpriseCounts(sql, groupBy, filter, options);
  let outer = counts
    ? db.with('ec', (qc) =>
        qc
          .selectFrom('EnterpriseCount as c')
          .select(['c.areaId', 'c.kind', 'c.count as n'])
          .$if(!!filter?.area, (q) => q.where((eb) => eb('c.areaId', 'in', areaScope(eb, filter!.area!)))),
      )
    : db.with('e', (qc) =>
        qc
          .selectFrom('Enterprise as e')
          .select(['e.id', 'e.kind', 'e.areaId'])
          .where((eb) => enterpriseConditions(eb, filter)),
      );
  const nothing = (eb: AnyEb) => eb.cast<string | null>(eb.val(null), 'text');
  const noYear = (eb: AnyEb) => eb.cast<number | null>(eb.val(null), 'integer');
  // An enum column as the `key`, as text: PostgreSQL unites an enum with the text keys no other way.
  const enumKey = (eb: AnyEb, column: string) => eb.cast<string>(eb.ref(column), 'text').as('key');
  // Typed loosely like `groups` below: the two forms differ only in the table they count.
  const totalRow: any = counts
    ? db
        .selectFrom('ec')
        .select((eb) => [
          nothing(eb).as('key'),
          nothing(eb).as('labelTh'),
          nothing(eb).as('labelEn'),
          eb.fn.coalesce(eb.fn.sum<number>('ec.n'), eb.lit(0)).as('count'),
          eb.val('total').as('role'),
          noYear(eb).as('year'),
        ])
    : db
        .selectFrom('e')
        .select((eb) => [
          nothing(eb).as('key'),
          nothing(eb).as('labelTh'),
          nothing(eb).as('labelEn'),
          eb.fn.countAll().as('count'),
          eb.val('total').as('role'),
          noYear(eb).as('year'),
        ]);
  // The assessment year: the one asked for, else the latest any matching enterprise was assessed in.
  const year = (eb: AnyEb) =>
    fiscalYear != null
      ? eb.val(fiscalYear)
      : eb
          .selectFrom('Assessment as ya')
          .innerJoin('e as ye', 'ye.id', 'ya.enterpriseId')
          .select(eb.fn.max('ya.fiscalYear').as('y'));
  let groups: any;
  if (groupBy === 'KIND' && counts) {
    groups = db
      .selectFrom('ec')
      .select((eb) => [
        enumKey(eb, 'ec.kind'),
        nothing(eb).as('labelTh'),
        nothing(eb).as('labelEn'),
        eb.fn.sum('ec.n').as('count'),
        eb.val('group').as('role'),
        noYear(eb).as('year'),
      ])
      .groupBy('ec.kind');
  } else if (groupBy === 'KIND') {
    groups = db
      .selectFrom('e')
      .select((eb) => [
        enumKey(eb, 'e.kind'),
        nothing(eb).as('labelTh'),
        nothing(eb).as('labelEn'),
        eb.fn.countAll().as('count'),
        eb.val('group').as('role'),
        noYear(eb).as('year'),
      ])
      .groupBy('e.kind');
  } else if (groupBy === 'BUSINESS_TYPE') {
    groups = db
      .selectFrom('EnterpriseBusinessType as bt')
      .innerJoin('e', 'e.id', 'bt.enterpriseId')
      .innerJoin('Category as c', 'c.id', 'bt.categoryId')
      .select((eb) => [
        'c.code as key',
        'c.nameTh as labelTh',
        'c.nameEn as labelEn',
        eb.fn.countAll().as('count'),
        eb.val('group').as('role'),
        noYear(eb).as('year'),
      ])
      .groupBy(['c.id', 'c.code', 'c.nameTh', 'c.nameEn']);
  } else if (groupBy === 'NETWORK') {
    groups = db
      .selectFrom('NetworkMember as nm')
      .innerJoin('e', 'e.id', 'nm.enterpriseId')
      .innerJoin('Network as n', 'n.id', 'nm.networkId')
      .select((eb) => [
        'n.slug as key',
        'n.nameTh as labelTh',
        'n.nameEn as labelEn',
        eb.fn.countAll().as('count'),
        eb.val('group').as('role'),
        noYear(eb).as('year'),
      ])
      .groupBy(['n.id', 'n.slug', 'n.nameTh', 'n.nameEn']);
  } else if (groupBy === 'ASSESSMENT_GRADE') {
    groups = db
      .selectFrom('Assessment as s')
      .innerJoin('e', 'e.id', 's.enterpriseId')
      .select((eb) => [
        enumKey(eb, 's.grade'),
        nothing(eb).as('labelTh'),
        nothing(eb).as('labelEn'),
        eb.fn.countAll().as('count'),
        eb.val('group').as('role'),
        eb.fn.max('s.fiscalYear').as('year'),
      ])
      .where((eb) => eb('s.fiscalYear', '=', year(eb)))
      .groupBy('s.grade');
  } else {
    // By the areas directly inside the filter's area (provinces when none is given): a grouping's
    // members, else its administrative children; each counts what lies on or below its path.
    const parentCode = filter?.area ?? 'TH';
    const withBuckets = db;
    outer = outer.with('b', (qc) =>
      qc
        .selectFrom('Area as p')
        .innerJoin('Area as b', 'b.parentId', 'p.id')
        .select(['b.id', 'b.code', 'b.nameTh', 'b.nameEn', 'b.path'])
        .where('p.code', '=', parentCode)
        .where('p.kind', 'not in', GROUPINGS)
        .where('b.kind', 'not in', GROUPINGS)
        .unionAll(
          qc
            .selectFrom('Area as p')
            .innerJoin('AreaGroupMember as gm', 'gm.groupId', 'p.id')
            .innerJoin('Area as b', 'b.id', 'gm.memberId')
            .select(['b.id', 'b.code', 'b.nameTh', 'b.nameEn', 'b.path'])
            .where('p.code', '=', parentCode)
            .where('p.kind', 'in', GROUPINGS),
        ),
    );
    // Counted per area first (one pass over the index, or the count table's rows summed per area),
    // then the few area counts rolled up.
    outer = counts
      ? outer.with('ea', (qc) =>
          qc
            .selectFrom('ec')
            .select((eb) => ['ec.areaId', eb.fn.sum<number>('ec.n').as('n')])
            .groupBy('ec.areaId'),
        )
      : outer.with('ea', (qc) =>
          qc
            .selectFrom('e')
            .select((eb) => ['e.areaId', eb.fn.countAll<number>().as('n')])
            .groupBy('e.areaId'),
        );
    // The direct row first: its labels are null, and a union's first part sets its row type.
    // Typed loosely like `groups`: the two forms differ only in the table they count.
    const direct: any = counts
      ? withBuckets
          .selectFrom('ea')
          .innerJoin('Area as p', 'p.id', 'ea.areaId')
          .select((eb) => [
            'p.code as key',
            nothing(eb).as('labelTh'),
            nothing(eb).as('labelEn'),
            eb.fn.sum('ea.n').as('count'),
            eb.val('direct').as('role'),
            noYear(eb).as('year'),
          ])
          .where('p.code', '=', parentCode)
          .groupBy('p.code')
      : withBuckets
          .selectFrom('e')
          .innerJoin('Area as p', 'p.id', 'e.areaId')
          .select((eb) => [
            'p.code as key',
            nothing(eb).as('labelTh'),
            nothing(eb).as('labelEn'),
            eb.fn.countAll().as('count'),
            eb.val('direct').as('role'),
            noYear(eb).as('year'),
          ])
          .where('p.code', '=', parentCode)
          .groupBy('p.code');
    groups = direct.unionAll(
      withBuckets
        .selectFrom('b')
        .innerJoin('Area as a', (join) =>
          join.onRef('a.path', '>=', 'b.path').on((eb) => eb('a.path', '<', eb(eb.ref('b.path'), '||', PATH_END))),
        )
        .innerJoin('ea', 'ea.areaId', 'a.id')
        .select((eb) => [
          'b.code as key',
          'b.nameTh as labelTh',
          'b.nameEn as labelEn',
          eb.fn.sum('ea.n').as('count'),
          eb.val('group').as('role'),
          noYear(eb).as('year'),
        ])
        .groupBy(['b.id', 'b.code', 'b.nameTh', 'b.nameEn']),
    );
  }
  const rows = (await runCompiled(sql, ['enterprise-stats', groupBy, filter, fiscalYear, counts], () =>
    outer.selectFrom(totalRow.unionAll(groups).as('r')).selectAll(),
  )) as Row[];
  const total = Number(rows.find((r) => r.role === 'total')?.count ?? 0);
  let points: Omit<StatPoint, 'share'>[] = rows
    .filter((r) => r.role !== 'total' && Number(r.count) > 0)
    .map((r) => {
      const key = String(r.key);
      const labels =
        r.role === 'direct'
          ? { labelTh: 'ไม่ระบุพื้นที่ย่อย', labelEn: 'Not placed more precisely' }
          : groupBy === 'KIND'
            ? {
                labelTh: EnterpriseKinds[key as keyof typeof EnterpriseKinds].th,
                labelEn: EnterpriseKinds[key as keyof typeof EnterpriseKinds].en,
              }
            : groupBy === 'ASSESSMENT_GRADE'
              ? {
                  labelTh: AssessmentGrades[key as keyof typeof AssessmentGrades].th,
                  labelEn: AssessmentGrades[key as keyof typeof AssessmentGrades].en,
                }
              : { labelTh: String(r.labelTh), labelEn: String(r.labelEn) };
      return { key, ...labels, count: Number(r.count) };
    });
  let assessed: number | null = null;
  if (groupBy === 'ASSESSMENT_GRADE') {
    const years = rows.filter((r) => r.role === 'group' && r.year != null).map((r) => Number(r.year));
    assessed = fiscalYear ?? (years.length ? Math.max(...years) : null);
  }
  const base = groupBy === 'ASSESSMENT_GRADE' ? points.reduce((n, p) => n + p.count, 0) : total;
  points = points.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    total,
    fiscalYear: assessed,
    points: points.map((p) => ({ ...p, share: base ? (p.count / base) * 100 : null })),
  };
}
