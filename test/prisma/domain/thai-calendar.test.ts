import { describe, expect, it } from 'vitest';
import {
  dateLabel,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearRange,
  fiscalYearWithin,
  periodLabel,
  toBuddhistYear,
  toGregorianYear,
} from '../../../prisma/domain/thai-calendar.ts';

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

  it('names fiscal years the Thai way in Thai and by the C.E. year they end in in English', () => {
    expect(fiscalYearLabel(2567, 'th')).toBe('ปีงบประมาณ 2567');
    expect(fiscalYearLabel(2567, 'en')).toBe('FY2024');
  });

  it('labels days in the Buddhist era in Thai and in C.E. in English', () => {
    expect(dateLabel(d('2023-08-23'), 'th')).toBe('23 ส.ค. 2566');
    expect(dateLabel(d('2023-08-23'), 'en')).toBe('23 Aug 2023');
  });

  it('labels a whole fiscal year by name, a day as a date, a month as the month', () => {
    expect(periodLabel(d('2023-10-01'), d('2024-09-30'), 'en')).toBe('FY2024');
    expect(periodLabel(d('2024-03-05'), d('2024-03-05'), 'en')).toBe('5 Mar 2024');
    expect(periodLabel(d('2024-03-01'), d('2024-03-31'), 'en')).toBe('Mar 2024');
    expect(periodLabel(d('2024-01-01'), d('2024-03-31'), 'en')).toBe('Jan 2024 – Mar 2024');
  });
});
