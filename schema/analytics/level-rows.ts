/**
 * The one statement behind each indicator aggregate: for every "pick" (a kind of value and how its
 * level is chosen), the observations of the level that counts, grouped by group, period and source.
 *
 * Observations of one indicator often exist at several levels at once (a total and its breakdown
 * by category; a province and its districts), and adding all of them up would count the same thing
 * twice. Per pick, in SQL: totals before breakdowns (unless categories are asked for), then the
 * coarsest area among what is left (no area at all counts as the coarsest). The result has a row
 * per group, period and source, so its size follows the answer, not the data; the aggregates
 * (total.ts, series.ts) finish from it with the period rules in period-rules.ts.
 *
 * Rows are read through the `Observation(indicatorId, kind, categoryId, areaId, …)` covering index,
 * and only those of the chosen level: which level is decided by index probes (is there a total? a
 * row without an area? then areas in depth order, stopping at the first with a row), each arm of the
 * statement is guarded by those once-evaluated probes, and the level's rows are read as
 * `areaId IN (areas of that depth)`. A total-first pick never reads breakdown or district rows.
 *
 * The same statement reads the observation rollup instead (`ObservationRollup`, prisma/rollup.ts)
 * where the question allows (row-source.ts): its YEAR rows (an area's sums per fiscal year) go
 * through the same level logic; its PERIOD rows (a depth's sums per period) decide the level by
 * depth alone. Either way the rows read follow the answer's size, not the number of observations.
 */
import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import { fromSqlTime } from '../../prisma/sql.ts';
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import { runCompiled } from './compiled.ts';
import { areaScope, observationConditions, type ObservationScope } from './sql-scope.ts';

export type ObservationKindValue = 'ACTUAL' | 'TARGET' | 'BASELINE';

export interface LevelPick {
  /** Names the pick's rows in the result. */
  tag: string;
  kind: ObservationKindValue;
  /** `categories`: breakdown rows only; `total-first`: totals where there are any, else the breakdown. */
  breakdown: 'total-first' | 'categories';
  /** For AREA series: only rows placed in an area, other than the filter's own (`code`). */
  belowArea?: { code: string | null };
  /** The column rows are grouped by besides period and source. */
  group: 'none' | 'area' | 'category';
  /**
   * `period`: a row per period. `fiscal-year`: a row per fiscal year (from its first start to its
   * last end), enough where periods are only added up and compared by year (flows). @default 'period'
   */
  grain?: 'period' | 'fiscal-year';
}

export interface LevelRow {
  tag: string;
  groupId: number | null;
  /** The group's area or category code, names and (categories) order. */
  group: { code: string; nameTh: string; nameEn: string; order: number } | null;
  fiscalYear: number | null;
  periodStart: Date;
  periodEnd: Date;
  value: number;
  count: number;
  approximate: boolean;
  sourceId: number;
}

type AnyEb = ExpressionBuilder<any, any>;

/** Between a group's code, names and order in its label row (the ASCII unit separator). */
const SEP = '\u001f';

/**
 * Where the rows come from: the observations themselves; the rollup's YEAR rows (per area and
 * fiscal year: for a `period` pick, their latest end's rows, which is all a stock's latest value
 * needs); or its PERIOD rows (per period, summed over each area depth: no area filter, no AREA grouping).
 */
export type RowSource = 'observations' | 'rollup-year' | 'rollup-period';

/** Reads the level rows of every pick for one indicator and filter, in one statement. */
export async function levelRows(
  sql: SqlReader,
  indicatorId: number,
  filter: ObservationScope,
  picks: LevelPick[],
  source: RowSource = 'observations',
): Promise<LevelRow[]> {
  if (!picks.length) return [];
  const rows = (await runCompiled(sql, ['level-rows', indicatorId, filter, picks, source], () =>
    levelStatement(sql, indicatorId, filter, picks, source),
  )) as Record<string, unknown>[];
  // Rows repeat the same few periods (years shared by every group): one Date per distinct instant.
  const times = new Map<unknown, Date>();
  const timeOf = (v: unknown) => {
    let t = times.get(v);
    if (!t) times.set(v, (t = fromSqlTime(v as string)));
    return t;
  };
  // Label rows first: a group's labels, per pick.
  const labels = new Map<string, NonNullable<LevelRow['group']>>();
  for (const r of rows)
    if (Number(r.tag) >= picks.length) {
      const [code, nameTh, nameEn, order] = String(r.label).split(SEP);
      labels.set(`${Number(r.tag) - picks.length}|${r.groupId}`, {
        code: code!,
        nameTh: nameTh!,
        nameEn: nameEn!,
        order: Number(order ?? 0),
      });
    }
  const out: LevelRow[] = [];
  for (const r of rows) {
    const index = Number(r.tag);
    if (index >= picks.length) continue;
    out.push({
      tag: picks[index]!.tag,
      groupId: r.groupId == null ? null : Number(r.groupId),
      group: r.groupId == null ? null : (labels.get(`${index}|${r.groupId}`) ?? null),
      fiscalYear: r.fiscalYear == null ? null : Number(r.fiscalYear),
      periodStart: timeOf(r.periodStart),
      periodEnd: timeOf(r.periodEnd),
      value: Number(r.value),
      count: Number(r.count),
      approximate: Number(r.approximate) > 0,
      sourceId: Number(r.sourceId),
    });
  }
  return out;
}

function levelStatement(
  sql: SqlReader,
  indicatorId: number,
  filter: ObservationScope,
  picks: LevelPick[],
  source: RowSource,
) {
  // The per-pick CTEs (`m0`, `m1`, …) by name; their columns are the arms' (types only).
  const db = sql.db.withTables<Record<`m${number}`, Record<string, unknown>>>();
  const table = source === 'observations' ? 'Observation' : 'ObservationRollup';
  const grain = source === 'rollup-year' ? 'YEAR' : source === 'rollup-period' ? 'PERIOD' : null;
  const where = (eb: AnyEb, pick: LevelPick, o: string, categories: 'null' | 'not null') => {
    const parts = [
      eb(`${o}.indicatorId`, '=', indicatorId),
      eb(`${o}.kind`, '=', pick.kind),
      ...(grain ? [eb(`${o}.grain`, '=', grain)] : []),
      // "Has a category" as an IN list rather than IS NOT NULL: the index then still narrows by area.
      categories === 'null'
        ? eb(`${o}.categoryId`, 'is', null)
        : eb(`${o}.categoryId`, 'in', eb.selectFrom('Category as cat').select('cat.id')),
      ...observationConditions(eb, filter, o, filter.area ? 'scope' : undefined),
    ];
    if (pick.belowArea) {
      parts.push(eb(`${o}.areaId`, 'is not', null));
      if (pick.belowArea.code)
        parts.push(
          // A scalar, not NOT IN: the planner keeps probing by area (an unknown code excludes nothing).
          eb(
            `${o}.areaId`,
            '<>',
            eb.fn.coalesce(
              eb.selectFrom('Area as own').select('own.id').where('own.code', '=', pick.belowArea.code),
              eb.lit(-1),
            ),
          ),
        );
    }
    return eb.and(parts);
  };
  const probe = (eb: AnyEb, pick: LevelPick, categories: 'null' | 'not null', area?: (pb: AnyEb) => any) =>
    eb.exists(
      eb
        .selectFrom(`${table} as p`)
        .select(eb.lit(1).as('one'))
        .where((pb: AnyEb) => pb.and([where(pb, pick, 'p', categories), ...(area ? [area(pb)] : [])])),
    );
  // The coarsest level present, by index probes only: -1 when some row has no area, else the
  // smallest depth of an area (in depth order, stopping at the first) that has a row.
  const coarsestArea = (eb: AnyEb, pick: LevelPick, categories: 'null' | 'not null') =>
    eb
      .case()
      // Nothing at all: no walk over the areas.
      .when(eb.not(probe(eb, pick, categories)))
      .then(eb.lit(null))
      .when(probe(eb, pick, categories, (pb) => pb('p.areaId', 'is', null)))
      .then(-1)
      .else(
        eb
          .selectFrom('Area as lv')
          .select('lv.depth')
          .where((lb: AnyEb) =>
            lb.and([
              ...(filter.area ? [lb('lv.id', 'in', lb.selectFrom('scope').select('scope.id'))] : []),
              probe(lb, pick, categories, (pb) => pb('p.areaId', '=', pb.ref('lv.id'))),
            ]),
          )
          .orderBy('lv.depth')
          .limit(1),
      )
      .end();
  // By depth alone (PERIOD rows): the smallest depth with a row, -1 (no area) first.
  const coarsestDepth = (eb: AnyEb, pick: LevelPick, categories: 'null' | 'not null') =>
    eb
      .selectFrom(`${table} as p`)
      .select('p.areaDepth')
      .where((pb: AnyEb) => where(pb, pick, 'p', categories))
      .orderBy('p.areaDepth')
      .limit(1);
  // Each pick's level, decided once (a one-row CTE, read by every arm): whether totals exist, and
  // the coarsest depth among totals (`dn`) or, without totals, among breakdown rows (`dc`).
  const decision = (qc: Kysely<any>, pick: LevelPick) =>
    qc.selectNoFrom((eb: AnyEb) => {
      const coarsest = source === 'rollup-period' ? coarsestDepth : coarsestArea;
      return pick.breakdown === 'categories'
        ? [eb.lit(0).as('t'), eb.lit(null).as('dn'), coarsest(eb, pick, 'not null').as('dc')]
        : [
            eb
              .case()
              .when(probe(eb, pick, 'null'))
              .then(1)
              .else(0)
              .end()
              .as('t'),
            coarsest(eb, pick, 'null').as('dn'),
            eb
              .case()
              .when(probe(eb, pick, 'null'))
              .then(eb.lit(null))
              .else(coarsest(eb, pick, 'not null'))
              .end()
              .as('dc'),
          ];
    });
  // A pick's columns: a stock's latest rows of each year come from the YEAR rows' `last…` columns.
  const columns = (pick: LevelPick) => {
    const last = source === 'rollup-year' && pick.grain !== 'fiscal-year';
    return {
      periodStart: last ? 'o.lastPeriodStart' : 'o.periodStart',
      periodEnd: last ? 'o.lastPeriodEnd' : 'o.periodEnd',
      value: last ? 'o.lastValue' : 'o.value',
      count: last ? 'o.lastCount' : 'o.count',
      approximate: last ? 'o.lastApproximate' : 'o.approximate',
    };
  };
  // The rows of one level: with no area, or placed in an area of the chosen depth (PERIOD rollup
  // rows: of the chosen depth, -1 being no area).
  const arm = (
    qc: Kysely<any>,
    i: number,
    pick: LevelPick,
    categories: 'null' | 'not null',
    placed: boolean | 'by-depth',
  ) => {
    const lv = `lv${i}`;
    const depth = (eb: AnyEb) => eb.selectFrom(lv).select(categories === 'null' ? `${lv}.dn` : `${lv}.dc`);
    const c = columns(pick);
    return qc
      .selectFrom(`${table} as o`)
      .select((eb) => [
        'o.areaId',
        'o.categoryId',
        'o.fiscalYear',
        eb.ref(c.periodStart).as('periodStart'),
        eb.ref(c.periodEnd).as('periodEnd'),
        eb.ref(c.value).as('value'),
        // A row stands for one observation, a rollup row for `count` of them.
        (source === 'observations' ? eb.lit(1) : eb.ref(c.count)).as('n'),
        'o.sourceId',
        eb.case().when(eb.ref(c.approximate)).then(1).else(0).end().as('approximate'),
      ])
      .where((eb) =>
        eb.and([
          where(eb, pick, 'o', categories),
          // Totals unless there are none (or categories are asked for).
          ...(pick.breakdown === 'categories'
            ? []
            : [eb(eb.selectFrom(lv).select(`${lv}.t`), '=', categories === 'null' ? 1 : 0)]),
          placed === 'by-depth'
            ? eb('o.areaDepth', '=', depth(eb))
            : placed
              ? eb('o.areaId', 'in', eb.selectFrom('Area as la').select('la.id').where('la.depth', '=', depth(eb)))
              : eb.and([eb('o.areaId', 'is', null), eb(depth(eb), '=', -1)]),
        ]),
      );
  };

  let query: any = db;
  // The filter's areas, once for every probe and arm.
  // Computed once and kept (MATERIALIZED, on SQLite and PostgreSQL alike), however often it is read.
  const kept = (name: string) => (cte: any) => cte(name).materialized();
  if (filter.area) query = query.with(kept('scope'), (qc: Kysely<any>) => areaScope(qc as any, filter.area!));
  picks.forEach((pick, i) => {
    const levels: ('null' | 'not null')[] = pick.breakdown === 'categories' ? ['not null'] : ['null', 'not null'];
    query = query.with(kept(`lv${i}`), (qc: Kysely<any>) => decision(qc, pick));
    query = query.with(`m${i}`, (qc: Kysely<any>) => {
      let rows: any = null;
      for (const categories of levels)
        for (const placed of source === 'rollup-period' ? (['by-depth'] as const) : [true, false]) {
          const next = arm(qc, i, pick, categories, placed);
          rows = rows ? rows.unionAll(next) : next;
        }
      return rows;
    });
  });
  // Typed as the column it stands beside in the union: PostgreSQL will not unite a text null with
  // a timestamp (SQLite casts a null to anything).
  const none = (eb: AnyEb, type: 'integer' | 'real' | 'text' | 'timestamp') => eb.cast(eb.val(null), type);
  const rowsOf = (i: number) => {
    const pick = picks[i]!;
    const group = pick.group === 'area' ? 'areaId' : pick.group === 'category' ? 'categoryId' : null;
    const m = `m${i}` as const;
    const byYear = pick.grain === 'fiscal-year';
    return db
      .selectFrom(m)
      .select((eb: AnyEb) => [
        // The pick by its index: a number per row rather than a string.
        eb.val(i).as('tag'),
        (group ? eb.ref(`${m}.${group}`) : none(eb, 'integer')).as('groupId'),
        // The groups' labels come on rows of their own (labelsOf).
        none(eb, 'text').as('label'),
        `${m}.fiscalYear`,
        ...(byYear
          ? [eb.fn.min(`${m}.periodStart`).as('periodStart'), eb.fn.max(`${m}.periodEnd`).as('periodEnd')]
          : [`${m}.periodStart`, `${m}.periodEnd`]),
        eb.fn.sum(`${m}.value`).as('value'),
        eb.fn.sum(`${m}.n`).as('count'),
        eb.fn.max(`${m}.approximate`).as('approximate'),
        `${m}.sourceId`,
      ])
      .groupBy([
        ...(group ? [`${m}.${group}`] : []),
        `${m}.fiscalYear`,
        // A period filed under no fiscal year stays a group of its own.
        ...(byYear
          ? [
              (eb: AnyEb) =>
                eb
                  .case()
                  .when(`${m}.fiscalYear`, 'is', null)
                  .then(eb.ref(`${m}.periodStart`))
                  .end(),
              (eb: AnyEb) =>
                eb
                  .case()
                  .when(`${m}.fiscalYear`, 'is', null)
                  .then(eb.ref(`${m}.periodEnd`))
                  .end(),
            ]
          : [`${m}.periodStart`, `${m}.periodEnd`]),
        `${m}.sourceId`,
      ]);
  };
  // A row per group a pick's rows name, with its labels (areas and categories are public reference
  // data), tagged `picks.length + i`: once per group, where joining them to the rows repeated the
  // same names on every year and source of a group, and handing those over cost more than the
  // rest of the statement.
  const labelsOf = (i: number) => {
    const pick = picks[i]!;
    const table = pick.group === 'area' ? 'Area' : 'Category';
    const column = pick.group === 'area' ? 'areaId' : 'categoryId';
    // Either table, read alike: typed by what both have.
    const from: SelectQueryBuilder<any, 'g', object> =
      table === 'Area' ? db.selectFrom('Area as g') : db.selectFrom('Category as g');
    return from
      .select((eb: AnyEb) => [
        eb.val(picks.length + i).as('tag'),
        'g.id as groupId',
        // Code, names and order in one column (a column more on every row costs more than splitting).
        eb(
          eb(
            eb(
              eb(eb(eb('g.code', '||', eb.val(SEP)), '||', eb.ref('g.nameTh')), '||', eb.val(SEP)),
              '||',
              eb.ref('g.nameEn'),
            ),
            '||',
            eb.val(SEP),
          ),
          '||',
          table === 'Category' ? eb.cast(eb.ref('g.order'), 'text') : eb.val('0'),
        ).as('label'),
        none(eb, 'integer').as('fiscalYear'),
        none(eb, 'timestamp').as('periodStart'),
        none(eb, 'timestamp').as('periodEnd'),
        none(eb, 'real').as('value'),
        none(eb, 'integer').as('count'),
        none(eb, 'integer').as('approximate'),
        none(eb, 'integer').as('sourceId'),
      ])
      .where((eb: AnyEb) =>
        table === 'Area'
          ? // The areas of the level the pick settled on (what its rows can name), not its rows again.
            eb.and([
              eb(
                'g.depth',
                '=',
                eb.selectFrom(`lv${i}`).select((lb: AnyEb) =>
                  lb
                    .case()
                    .when(`lv${i}.t`, '=', 1)
                    .then(lb.ref(`lv${i}.dn`))
                    .else(lb.ref(`lv${i}.dc`))
                    .end()
                    .as('d'),
                ),
              ),
              ...(filter.area ? [eb('g.id', 'in', eb.selectFrom('scope').select('scope.id'))] : []),
            ])
          : eb('g.id', 'in', eb.selectFrom(`m${i}` as const).select(`m${i}.${column}`)),
      );
  };
  let select: any = rowsOf(0);
  for (let i = 1; i < picks.length; i++) select = select.unionAll(rowsOf(i));
  picks.forEach((pick, i) => {
    if (pick.group !== 'none') select = select.unionAll(labelsOf(i));
  });
  // The CTEs go on the outermost statement; the compound above is its body.
  const statement = query.selectFrom(select.as('r')).selectAll();
  return statement;
}
