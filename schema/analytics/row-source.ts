/**
 * Which rows an aggregate reads (level-rows.ts `RowSource`): the public reads the observation
 * rollup wherever its grain answers the question exactly, and the observations otherwise; staff
 * read the observations, drafts included, which the rollup never holds.
 *
 * - No area filter and no AREA grouping: the PERIOD rows (a depth's sums per period) answer every
 *   filter and grain exactly.
 * - Otherwise, without a date range: the YEAR rows (an area's sums per fiscal year) answer what
 *   only adds up by year (flows, other than by period) and what only needs a stock's latest period
 *   (its total, its FISCAL_YEAR series).
 * - What is left (PERIOD series and `latest` within an area, a stock's AREA or CATEGORY series
 *   within an area, date ranges within an area) reads the observations of that area.
 */
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import type { RowSource } from './level-rows.ts';
import type { AggregateOptions, IndicatorRow, SeriesGrouping } from './period-rules.ts';

export function rowSource(
  sql: SqlReader,
  indicator: IndicatorRow,
  question: SeriesGrouping | 'TOTAL',
  options: AggregateOptions,
): RowSource {
  if (sql.audience !== 'public' || options.rollup === false) return 'observations';
  const { filter } = options;
  if (!filter.area && question !== 'AREA') return 'rollup-period';
  if (filter.from || filter.to) return 'observations';
  if (indicator.aggregation === 'SUM') return question === 'PERIOD' ? 'observations' : 'rollup-year';
  return question === 'TOTAL' || question === 'FISCAL_YEAR' ? 'rollup-year' : 'observations';
}
