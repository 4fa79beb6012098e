import { describe, expect, it } from 'vitest';
import {
  fiscalYearOf,
  fiscalYearRange,
  fiscalYearWithin,
  toBuddhistYear,
  toGregorianYear,
} from '../../prisma/thai-calendar.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('Thai calendar', () => {
  it('converts between the Buddhist and Gregorian eras', () => {
    expect(toBuddhistYear(2024)).toBe(2567);
    expect(toGregorianYear(2566)).toBe(2023);
  });

  it.each([
    ['2023-09-30', 2566],
    ['2023-10-01', 2567],
    ['2024-09-30', 2567],
    ['2024-10-01', 2568],
    ['2024-01-15', 2567],
  ])('%s falls in FY%i', (date, fy) => {
    expect(fiscalYearOf(d(date))).toBe(fy);
  });

  it('gives FY2567 as 1 Oct 2023 – 30 Sep 2024', () => {
    const { start, end } = fiscalYearRange(2567);
    expect(start.toISOString().slice(0, 10)).toBe('2023-10-01');
    expect(end.toISOString().slice(0, 10)).toBe('2024-09-30');
  });

  it('gives the fiscal year a period lies in, or null when it straddles two', () => {
    expect(fiscalYearWithin(d('2023-10-01'), d('2024-09-30'))).toBe(2567);
    expect(fiscalYearWithin(d('2024-08-01'), d('2024-11-30'))).toBeNull();
  });
});
