/**
 * Natural keys: the shapes of the codes, slugs and org-ids that records are known by in data
 * files, imports and URLs, and the observation key that makes observation writes idempotent.
 */

/** A record's slug: kebab-case, `a-z`, `0-9` and single hyphens (`ban-rai-weaving`). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An organisation's org-id (IATI style): country, register, identifier (`TH-GOV-CDD`). */
export const ORG_ID = /^[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9._-]+$/;

/** An area code: `TH`, then ISO 3166-2 and deeper codes (`TH-10`, `TH-1001`). */
export const AREA_CODE = /^TH(-[A-Z0-9]+)*$/;

/** An indicator code: upper snake case starting with a letter (`CE_REGISTERED`). */
export const INDICATOR_CODE = /^[A-Z][A-Z0-9_]*$/;

/** A category reference across schemes, `SCHEME:CODE` (`BUSINESS_TYPE:FOOD`). */
export const CATEGORY_REF = /^[A-Z_]+:[A-Z0-9_]+$/;

/** The `SCHEME:CODE` reference of a category. */
export const categoryRef = (scheme: string, code: string): string => `${scheme}:${code}`;

/** What identifies one observation: what it measures, when, where and in which breakdown. */
export interface ObservationKeyParts {
  kind: string;
  /** `YYYY-MM-DD`. */
  periodStart: string;
  /** `YYYY-MM-DD`. */
  periodEnd: string;
  /** Area code, when the value is for an area. */
  area?: string | undefined;
  /** `SCHEME:CODE`, when the value is for one category of a breakdown. */
  category?: string | undefined;
}

/** The natural key of an observation, as stored in `Observation.key`. */
export function observationKey(indicatorCode: string, o: ObservationKeyParts): string {
  return [indicatorCode, o.kind, o.periodStart, o.periodEnd, o.area ?? '', o.category ?? ''].join('|');
}

/** A category code inside its scheme (`PLANT_PRODUCTION`). */
export const CATEGORY_CODE = /^[A-Z0-9_]+$/;

/**
 * The one parser of category references: `SCHEME:CODE` gives both parts, a bare `CODE` only the
 * code (its scheme is the field's); null for anything else.
 */
export function parseCategoryRef(ref: string): { scheme?: string; code: string } | null {
  if (CATEGORY_REF.test(ref)) {
    const [scheme, code] = ref.split(':') as [string, string];
    return { scheme, code };
  }
  return CATEGORY_CODE.test(ref) ? { code: ref } : null;
}
