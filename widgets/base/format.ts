/**
 * Number, money and date formatting for the widgets, Thai first: Thai digit grouping, baht the
 * Thai way ("18.95 ล้านบาท" / "THB 18.95 M"), Buddhist-era years and fiscal years in Thai,
 * Gregorian in English.
 */
import { dateLabel, fiscalYearLabel, periodLabel } from '../../prisma/domain/thai-calendar.ts';

export type Lang = 'th' | 'en';

export interface UnitLike {
  code: string;
  symbolTh?: string | null;
  symbolEn?: string | null;
  nameTh?: string;
  nameEn?: string;
}

const locale = (lang: Lang) => (lang === 'th' ? 'th-TH' : 'en-GB');
const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, maximumFractionDigits: number, minimumFractionDigits = 0): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}:${minimumFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(key, (f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits, minimumFractionDigits })));
  return f;
}

/** A number with grouping: 18,951,686 — up to two decimals, none for whole numbers. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return nf(lang, maximumFractionDigits).format(value);
}

const SCALES: Record<Lang, [number, string][]> = {
  // Thai reads large numbers in ล้าน (10^6) and พันล้าน (10^9), ล้านล้าน (10^12).
  th: [
    [1e12, 'ล้านล้าน'],
    [1e9, 'พันล้าน'],
    [1e6, 'ล้าน'],
  ],
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
  ],
};

/** Compact form for headline figures: 18.95 ล้าน / 18.95 M; below a million, the full number. */
export function formatCompact(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  for (const [size, word] of SCALES[lang]) {
    if (abs >= size) return `${nf(lang, 2, 2).format(value / size)} ${word}`;
  }
  return formatNumber(value, lang, abs < 100 ? 2 : 0);
}

/** Baht: 18.95 ล้านบาท / THB 18.95 M (compact), 18,951,686 บาท / THB 18,951,686 (full). */
export function formatBaht(value: number, lang: Lang, compact = false): string {
  const n = compact ? formatCompact(value, lang) : formatNumber(value, lang);
  if (lang === 'en') return `THB ${n}`;
  return compact && Math.abs(value) >= 1e6 ? `${n}บาท` : `${n} บาท`;
}

export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return `${formatNumber(value, lang, maximumFractionDigits)}%`;
}

/** A value in its unit: baht and percentages the Thai way, other units with their symbol. */
export function formatValue(value: number | null | undefined, unit: UnitLike, lang: Lang, compact = false): string {
  if (value == null || Number.isNaN(value)) return lang === 'th' ? 'ไม่มีข้อมูล' : 'no data';
  if (unit.code === 'THB') return formatBaht(value, lang, compact);
  if (unit.code === 'PERCENT') return formatPercent(value, lang);
  const n = compact ? formatCompact(value, lang) : formatNumber(value, lang);
  const symbol = lang === 'th' ? unit.symbolTh : unit.symbolEn;
  return symbol ? `${n} ${symbol}` : n;
}

/** A calendar date (ISO `YYYY-MM-DD`): 23 ส.ค. 2566 / 23 Aug 2023. */
export function formatDate(iso: string, lang: Lang): string {
  return dateLabel(new Date(`${iso.slice(0, 10)}T00:00:00Z`), lang);
}

/** A period: a fiscal year by name, a day as a date, otherwise by months. */
export function formatPeriod(start: string, end: string, lang: Lang): string {
  return periodLabel(new Date(`${start.slice(0, 10)}T00:00:00Z`), new Date(`${end.slice(0, 10)}T00:00:00Z`), lang);
}

export function formatFiscalYear(fiscalYear: number, lang: Lang): string {
  return fiscalYearLabel(fiscalYear, lang);
}

/** A signed change: +1.5% / −3.2% (with a true minus sign). */
export function formatChangePercent(value: number, lang: Lang): string {
  const n = formatNumber(Math.abs(value), lang, 1);
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${n}%`;
}

/** Axis ticks: short, without the unit (the title and tooltips carry it): 8 ล้าน / 8 M, 250,000. */
export function formatTick(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  for (const [size, word] of SCALES[lang]) {
    if (abs >= size) return `${nf(lang, 1).format(value / size)} ${word}`;
  }
  return formatNumber(value, lang, abs < 10 ? 1 : 0);
}
