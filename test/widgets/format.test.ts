import { describe, expect, it } from 'vitest';
import {
  formatBaht,
  formatChangePercent,
  formatCompact,
  formatDate,
  formatFiscalYear,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatValue,
} from '../../widgets/base/format.ts';

describe('numbers', () => {
  it('groups digits the Thai way', () => {
    expect(formatNumber(18951686, 'th')).toBe('18,951,686');
    expect(formatNumber(295043.31, 'th')).toBe('295,043.31');
    expect(formatNumber(56629803.7, 'en')).toBe('56,629,803.7');
  });

  it('compacts millions as ล้าน / M and billions as พันล้าน / B', () => {
    expect(formatCompact(18951686, 'th')).toBe('18.95 ล้าน');
    expect(formatCompact(18951686, 'en')).toBe('18.95 M');
    expect(formatCompact(403000000, 'th')).toBe('403.00 ล้าน');
    expect(formatCompact(2_500_000_000, 'en')).toBe('2.50 B');
    expect(formatCompact(2_500_000_000, 'th')).toBe('2.50 พันล้าน');
    expect(formatCompact(7656, 'th')).toBe('7,656');
  });

  it('writes percentages with up to two decimals', () => {
    expect(formatPercent(48.87, 'th')).toBe('48.87%');
    expect(formatPercent(14.111, 'en')).toBe('14.11%');
  });

  it('signs changes with a true minus', () => {
    expect(formatChangePercent(12.34, 'en')).toBe('+12.3%');
    expect(formatChangePercent(-3.21, 'th')).toBe('−3.2%');
    expect(formatChangePercent(0, 'th')).toBe('±0%');
  });
});

describe('baht', () => {
  it('compact: 18.95 ล้านบาท / THB 18.95 M', () => {
    expect(formatBaht(18951686, 'th', true)).toBe('18.95 ล้านบาท');
    expect(formatBaht(18951686, 'en', true)).toBe('THB 18.95 M');
  });

  it('full: 217,000 บาท / THB 217,000', () => {
    expect(formatBaht(217000, 'th')).toBe('217,000 บาท');
    expect(formatBaht(217000, 'en')).toBe('THB 217,000');
  });
});

describe('values in units', () => {
  const enterprises = { code: 'ENTERPRISE', symbolTh: 'แห่ง', symbolEn: 'enterprises' };
  it('puts the unit after the number', () => {
    expect(formatValue(210, enterprises, 'th')).toBe('210 แห่ง');
    expect(formatValue(210, enterprises, 'en')).toBe('210 enterprises');
  });
  it('formats baht and percent units specially', () => {
    expect(formatValue(18951686, { code: 'THB' }, 'th', true)).toBe('18.95 ล้านบาท');
    expect(formatValue(48.87, { code: 'PERCENT' }, 'en')).toBe('48.87%');
  });
  it('says when there is no value', () => {
    expect(formatValue(null, enterprises, 'th')).toBe('ไม่มีข้อมูล');
    expect(formatValue(undefined, enterprises, 'en')).toBe('no data');
  });
});

describe('dates and fiscal years', () => {
  it('uses Buddhist-era years in Thai and Gregorian in English', () => {
    expect(formatDate('2023-08-23', 'th')).toBe('23 ส.ค. 2566');
    expect(formatDate('2023-08-23', 'en')).toBe('23 Aug 2023');
  });

  it('names fiscal years: ปีงบประมาณ 2567 / FY2024', () => {
    expect(formatFiscalYear(2567, 'th')).toBe('ปีงบประมาณ 2567');
    expect(formatFiscalYear(2567, 'en')).toBe('FY2024');
  });

  it('labels periods: a whole fiscal year by name, a day as a date, a span by months', () => {
    expect(formatPeriod('2023-10-01', '2024-09-30', 'th')).toBe('ปีงบประมาณ 2567');
    expect(formatPeriod('2023-10-01', '2024-09-30', 'en')).toBe('FY2024');
    expect(formatPeriod('2023-07-31', '2023-07-31', 'th')).toBe('31 ก.ค. 2566');
    expect(formatPeriod('2024-10-01', '2024-11-30', 'en')).toBe('Oct 2024 – Nov 2024');
    expect(formatPeriod('2024-08-01', '2024-08-31', 'th')).toBe('ส.ค. 2567');
  });
});

describe('axis ticks', () => {
  it('are short and unit-free', async () => {
    const { formatTick } = await import('../../widgets/base/format.ts');
    expect(formatTick(8_000_000, 'th')).toBe('8 ล้าน');
    expect(formatTick(2_500_000, 'en')).toBe('2.5 M');
    expect(formatTick(250_000, 'en')).toBe('250,000');
    expect(formatTick(0, 'th')).toBe('0');
  });
});
