/** Indicator.total: the headline figure for a filter, without double counting, in one statement. */
import type { SqlReader } from '../../prisma/visibility-sql.ts';
import { levelRows } from './level-rows.ts';
import { rowSource } from './row-source.ts';
import {
  remembered,
  totalOf,
  totalPick,
  type AggregateOptions,
  type IndicatorRow,
  type Total,
} from './period-rules.ts';

export function indicatorTotal(sql: SqlReader, indicator: IndicatorRow, options: AggregateOptions): Promise<Total> {
  return remembered(options, `total:${indicator.id}`, async () =>
    totalOf(
      await levelRows(
        sql,
        indicator.id,
        options.filter,
        [totalPick(options, indicator.aggregation)],
        rowSource(sql, indicator, 'TOTAL', options),
      ),
      indicator.aggregation,
    ),
  );
}
