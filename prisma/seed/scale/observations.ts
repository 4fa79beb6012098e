/**
 * The synthetic observations: for each indicator and fiscal year an equal share of the requested
 * count, as periods that each hold, per province, a total, its breakdown by the indicator's
 * categories, its breakdown by district (where districts are known) and, for some indicators, a
 * target. Breakdowns add up exactly to their total, and there is no national row, so the rules in
 * schema/analytics/indicator-aggregates.ts (totals before breakdowns, then the coarsest area)
 * count every value once: an indicator's total is the sum of its province totals.
 *
 * When the share is smaller than one period's rows (small datasets), a period holds the first
 * provinces of an order that rotates from period to period; when it is larger, the year is cut
 * into more periods (quarters, months, then runs of days).
 */
import { fiscalYearRange } from '../../domain/thai-calendar.ts';
import { createRandom, splitInteger } from './random.ts';
import { FISCAL_YEARS, type SyntheticIndicator } from './vocabulary.ts';

export interface PlaceRef {
  id: number;
  code: string;
}

export interface Province extends PlaceRef {
  /** Relative size: how much of a national figure this province holds. */
  weight: number;
  districts: PlaceRef[];
}

export interface ObservationRow {
  key: string;
  indicatorId: number;
  kind: 'ACTUAL' | 'TARGET';
  value: number;
  /** `YYYY-MM-DD` */
  periodStart: string;
  periodEnd: string;
  fiscalYear: number;
  areaId: number;
  categoryId: number | null;
}

export interface ObservationPlanInput {
  seed: number;
  count: number;
  indicators: readonly (SyntheticIndicator & { id: number })[];
  provinces: readonly Province[];
  /** Categories of each scheme, in their display order. */
  categories: ReadonlyMap<string, readonly PlaceRef[]>;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The `count` periods a fiscal year is cut into: whole months when they divide the year, else runs of days. */
export function periodsOf(fiscalYear: number, count: number): { start: string; end: string }[] {
  const { start, end } = fiscalYearRange(fiscalYear);
  const days = Math.round((end.getTime() - start.getTime()) / DAY) + 1;
  if (count > days) throw new Error(`cannot cut fiscal year ${fiscalYear} into ${count} periods`);
  const out: { start: string; end: string }[] = [];
  if (12 % count === 0) {
    const months = 12 / count;
    for (let k = 0; k < count; k++) {
      const from = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k * months, 1);
      const to = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + (k + 1) * months, 1) - DAY;
      out.push({ start: iso(from), end: iso(to) });
    }
    return out;
  }
  for (let k = 0; k < count; k++) {
    const from = start.getTime() + Math.floor((k * days) / count) * DAY;
    const to = start.getTime() + (Math.floor(((k + 1) * days) / count) - 1) * DAY;
    out.push({ start: iso(from), end: iso(to) });
  }
  return out;
}

/** Rows one period of an indicator has when it covers every province. */
export function rowsPerFullPeriod(indicator: SyntheticIndicator, input: ObservationPlanInput): number {
  const categories = indicator.categoryScheme ? (input.categories.get(indicator.categoryScheme)?.length ?? 0) : 0;
  let rows = 0;
  for (const p of input.provinces) rows += 1 + categories + p.districts.length + (indicator.targets ? 1 : 0);
  return rows;
}

/** Calls `emit` once per observation, exactly `input.count` times, in a fixed order. */
export function generateObservations(input: ObservationPlanInput, emit: (row: ObservationRow) => void): void {
  const { indicators, provinces } = input;
  const cells = indicators.length * FISCAL_YEARS.length;
  let cell = 0;
  for (const [ii, indicator] of indicators.entries()) {
    const random = createRandom(input.seed, `observations:${indicator.code}`);
    const scheme = indicator.categoryScheme;
    const categories = scheme ? (input.categories.get(scheme) ?? []) : [];
    const full = rowsPerFullPeriod(indicator, input);
    for (const [yi, fiscalYear] of FISCAL_YEARS.entries()) {
      // An equal share for each (indicator, year); the first few take one more to reach the count.
      const share = Math.floor(input.count / cells) + (cell < input.count % cells ? 1 : 0);
      cell++;
      if (share === 0) continue;
      const periodCount = Math.ceil(share / full);
      const periods = periodsOf(fiscalYear, periodCount);
      // Flows are spread over the periods; stocks are a level at each period's end.
      const perPeriod = indicator.aggregation === 'SUM' ? 1 / periodCount : 1;
      const growth = 1 + 0.06 * yi;
      for (const [k, period] of periods.entries()) {
        let budget = Math.floor(share / periodCount) + (k < share % periodCount ? 1 : 0);
        const keyPrefix = `${indicator.code}|`;
        const keySuffix = `|${period.start}|${period.end}|`;
        const row = (kind: 'ACTUAL' | 'TARGET', value: number, area: PlaceRef, category: PlaceRef | null) => {
          if (budget <= 0) return;
          budget--;
          emit({
            key: `${keyPrefix}${kind}${keySuffix}${area.code}|${category ? `${scheme}:${category.code}` : ''}`,
            indicatorId: indicator.id,
            kind,
            value,
            periodStart: period.start,
            periodEnd: period.end,
            fiscalYear,
            areaId: area.id,
            categoryId: category?.id ?? null,
          });
        };
        const rotation = (yi * 31 + k * 13 + ii * 7) % provinces.length;
        for (let n = 0; n < provinces.length && budget > 0; n++) {
          const province = provinces[(rotation + n) % provinces.length]!;
          const expected = indicator.scale * province.weight * growth * perPeriod;
          const value = Math.max(0, Math.round(expected * (0.75 + 0.5 * random.next())));
          row('ACTUAL', value, province, null);
          if (categories.length) {
            const parts = splitInteger(
              value,
              categories.map(() => 0.2 + random.next()),
            );
            categories.forEach((c, j) => row('ACTUAL', parts[j]!, province, c));
          }
          if (province.districts.length) {
            const parts = splitInteger(
              value,
              province.districts.map(() => 0.2 + random.next()),
            );
            province.districts.forEach((d, j) => row('ACTUAL', parts[j]!, d, null));
          }
          if (indicator.targets) row('TARGET', Math.round(expected * 1.1), province, null);
        }
      }
    }
  }
}
