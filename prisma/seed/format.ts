/**
 * The format of the hand-entered seed data files in `prisma/seed/data/`. Reference data (sources,
 * areas, categories, units) is defined here; every other file holds rows of a record type, in the
 * record's own format (prisma/records/), with the nested lists noted at `files`.
 *
 * Every file is validated against these schemas before anything is written, so a typo in a
 * data file fails the seed with the file, the row and the field named. Rows refer to each other
 * by natural keys (source `key`, area `code`, organisation `orgId`, category `scheme:code`,
 * `slug`s), never by database ids, which is what makes the seed idempotent.
 */
import { z } from 'zod';
import { SLUG } from '../domain/keys.ts';
import { agreementRecord } from '../records/agreement.ts';
import { enterpriseRecord } from '../records/enterprise.ts';
import { indicatorRecord } from '../records/indicator.ts';
import { networkRecord } from '../records/network.ts';
import { observationRecord, type ObservationRecordRow } from '../records/observation.ts';
import { organisationRecord } from '../records/organisation.ts';
import { programmeRecord } from '../records/programme.ts';
import { httpUrl, type PublicationValue, type RecordType } from '../records/record.ts';
import {
  ActivityKinds,
  AgreementStatuses,
  AreaKinds,
  AssessmentGrades,
  AwardLevels,
  AwardRanks,
  BudgetKinds,
  CategorySchemes,
  CertificationStatuses,
  EnterpriseKinds,
  Measures,
  ObservationKinds,
  OrganisationKinds,
  PartnerRoles,
  PeriodAggregations,
  SignatoryRoles,
  TourismLevels,
  keysOf,
} from '../domain/labels.ts';

const nonEmpty = z.string().trim().min(1);
/** ISO calendar date, `YYYY-MM-DD` (Gregorian, C.E.). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD (C.E.)');
/** A Thai fiscal year in the Buddhist era, e.g. 2567 (= 1 Oct 2023 – 30 Sep 2024). */
const fiscalYear = z.number().int().min(2500).max(2700);
/** A reference to a `sources.json` row by its `key`. */
const sourceRef = nonEmpty;

/** Names in Thai (as in the source) and English (a translation), optional notes in both. */
const names = {
  nameTh: nonEmpty,
  nameEn: nonEmpty,
};

export const SourceRow = z.strictObject({
  /** The original file name without extension, e.g. `000_5c29c83b7f0bdca6`. */
  key: nonEmpty,
  fileName: nonEmpty,
  titleTh: nonEmpty,
  titleEn: nonEmpty,
  publisherTh: nonEmpty,
  publisherEn: nonEmpty,
  /** Date the document was published (or the event it reports, when it gives no other). */
  publishedOn: isoDate,
  url: httpUrl().optional(),
  summaryEn: z.string().optional(),
});

export const AreaKind = z.enum(keysOf(AreaKinds));

export const AreaRow = z.strictObject({
  /** Provinces: ISO 3166-2:TH (`TH-10`). Districts: `TH-` + DOPA 4-digit geocode (`TH-1001`).
   *  Subdistricts: `TH-` + 6-digit geocode (`TH-101001`). Groupings: a local code (`TH-10-G-KRUNGTHON-SOUTH`). */
  code: z.string().regex(/^TH(-[A-Z0-9]+)*$/, 'expected an area code such as TH-10 or TH-1001'),
  kind: AreaKind,
  ...names,
  /** Administrative parent's code (a district's province); omitted for the country. */
  parent: z.string().optional(),
  /** For DISTRICT_GROUP and PROVINCE_CLUSTER: the codes of the member areas. */
  members: z.array(z.string()).optional(),
  /** DOPA geocode where one exists. */
  geocode: z.string().optional(),
  sources: z.array(sourceRef).optional(),
});

export const CategoryScheme = z.enum(keysOf(CategorySchemes));

export const CategoryRow = z.strictObject({
  scheme: CategoryScheme,
  code: z.string().regex(/^[A-Z0-9_]+$/),
  ...names,
  descriptionTh: z.string().optional(),
  descriptionEn: z.string().optional(),
  /** Display order inside the scheme. */
  order: z.number().int().optional(),
});

export const UnitRow = z.strictObject({
  code: z.string().regex(/^[A-Z0-9_]+$/),
  ...names,
  /** Short symbol, e.g. `บาท` / `THB`, `%`, `kg`. */
  symbolTh: z.string().optional(),
  symbolEn: z.string().optional(),
});

/**
 * A seed file row of a record type: exactly the record's row (prisma/records/<entity>.ts), plus the
 * nested lists named in `nested` that the record does not hold (an enterprise's assessments, a
 * programme's budget lines, an indicator's observations). The file is checked against the
 * record's field rules here; rules across fields run again when the row is written, with the file,
 * row and field named either way.
 */
function recordRows<Row, Nested extends z.ZodRawShape>(
  record: RecordType<Row & { publication?: PublicationValue }>,
  nested: Nested,
) {
  const lists = z.object(nested);
  const names = Object.keys(nested);
  return z.array(
    z.looseObject({}).transform((input, ctx) => {
      const own = Object.fromEntries(Object.entries(input).filter(([k]) => !names.includes(k)));
      const parts = Object.fromEntries(Object.entries(input).filter(([k]) => names.includes(k)));
      const row = record.schema.safeParse(own);
      const more = lists.safeParse(parts);
      // Problems keep their field paths; the array above puts the row number in front.
      for (const issue of [...(row.error?.issues ?? []), ...(more.error?.issues ?? [])]) {
        const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` ${issue.keys.join(', ')}` : '';
        ctx.addIssue({ code: 'custom', message: `${issue.message}${keys}`, path: issue.path });
      }
      if (!row.success || !more.success) return z.NEVER;
      return { ...row.data, ...more.data };
    }),
  );
}

export const AssessmentRow = z.strictObject({
  fiscalYear,
  grade: z.enum(keysOf(AssessmentGrades)),
  source: sourceRef,
});

export const AwardRow = z.strictObject({
  contestTh: nonEmpty,
  contestEn: nonEmpty,
  level: z.enum(keysOf(AwardLevels)),
  /** Contest year, Buddhist era. */
  year: fiscalYear,
  rank: z.enum(keysOf(AwardRanks)),
  /** orgId of the organiser, where the document names one. */
  organiser: z.string().optional(),
  /** Area the award was contested for (e.g. TH-10 for Bangkok's provincial round). */
  area: z.string().optional(),
  source: sourceRef,
});

export const CertificationRow = z.strictObject({
  /** Standard code, e.g. `TCPS` (มผช., Thai Community Product Standard) or `THAI_HOMESTAY`. */
  standard: z.string().regex(/^[A-Z0-9_]+$/),
  productTh: z.string().optional(),
  productEn: z.string().optional(),
  status: z.enum(keysOf(CertificationStatuses)),
  /** Year or fiscal year (B.E.) the certification refers to. */
  year: fiscalYear.optional(),
  source: sourceRef,
});

export const BudgetLineRow = z.strictObject({
  kind: z.enum(keysOf(BudgetKinds)),
  fiscalYear,
  /** Baht. */
  amount: z.number().nonnegative().optional(),
  /** How many recipients the line covers (e.g. communities), with their unit code. */
  recipients: z.number().int().nonnegative().optional(),
  recipientUnit: z.string().optional(),
  /** The percentage the document itself reports for this line, if any. */
  reportedPercent: z.number().min(0).max(100).optional(),
  asOf: isoDate.optional(),
  noteTh: z.string().optional(),
  noteEn: z.string().optional(),
  source: sourceRef,
});

export const ActivityRow = z.strictObject({
  slug: z.string().regex(SLUG, 'expected a kebab-case slug'),
  kind: z.enum(keysOf(ActivityKinds)),
  ...names,
  startOn: isoDate.optional(),
  endOn: isoDate.optional(),
  area: z.string().optional(),
  venueTh: z.string().optional(),
  venueEn: z.string().optional(),
  /** Who presided, as the document gives it. */
  presidedByTh: z.string().optional(),
  presidedByEn: z.string().optional(),
  participants: z.number().int().nonnegative().optional(),
  /** Enterprise slugs the activity supported or involved. */
  enterprises: z.array(z.string().regex(SLUG, 'expected a kebab-case slug')).optional(),
  source: sourceRef,
});

/** An observation under its indicator: the observation record's row but for `indicator` (the enclosing row's code). */
export const ObservationRow = z.looseObject({}).transform((input, ctx): Omit<ObservationRecordRow, 'indicator'> => {
  const parsed = observationRecord.schema.safeParse({ ...input, indicator: 'X' });
  for (const issue of parsed.error?.issues ?? [])
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  if (!parsed.success) return z.NEVER;
  const { indicator: _, ...row } = parsed.data;
  return row;
});

export const files = {
  'sources.json': z.array(SourceRow),
  'areas.json': z.array(AreaRow),
  'categories.json': z.array(CategoryRow),
  'units.json': z.array(UnitRow),
  'organisations.json': recordRows(organisationRecord, {}),
  'enterprises.json': recordRows(enterpriseRecord, {
    assessments: z.array(AssessmentRow).optional(),
    awards: z.array(AwardRow).optional(),
    certifications: z.array(CertificationRow).optional(),
  }),
  'networks.json': recordRows(networkRecord, {}),
  'programmes.json': recordRows(programmeRecord, {
    budgetLines: z.array(BudgetLineRow).optional(),
    activities: z.array(ActivityRow).optional(),
  }),
  'agreements.json': recordRows(agreementRecord, {}),
  'indicators.json': recordRows(indicatorRecord, { observations: z.array(ObservationRow).min(1) }),
} as const;

export type SeedFile = keyof typeof files;
export type SeedData = { [K in SeedFile]: z.infer<(typeof files)[K]> };
