/**
 * Thai calendar rules in one place: Buddhist-era years (B.E. = C.E. + 543) and Thai fiscal years,
 * which run from 1 October to 30 September and are named for the B.E. year they end in
 * (FY2567 = 1 Oct 2023 – 30 Sep 2024).
 */
export const BE_OFFSET = 543;

export const toBuddhistYear = (gregorianYear: number): number => gregorianYear + BE_OFFSET;
export const toGregorianYear = (buddhistYear: number): number => buddhistYear - BE_OFFSET;

/** The fiscal year (B.E.) a date falls in, judged by its UTC calendar day. */
export function fiscalYearOf(date: Date): number {
  const year = date.getUTCFullYear() + (date.getUTCMonth() >= 9 ? 1 : 0);
  return toBuddhistYear(year);
}

/** First and last day (UTC midnight) of a fiscal year given in B.E. */
export function fiscalYearRange(fiscalYear: number): { start: Date; end: Date } {
  const endYear = toGregorianYear(fiscalYear);
  return { start: new Date(Date.UTC(endYear - 1, 9, 1)), end: new Date(Date.UTC(endYear, 8, 30)) };
}
