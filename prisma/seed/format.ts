/**
 * The format of the hand-entered seed data files in `prisma/seed/data/`.
 *
 * Every file is validated against these schemas before anything is written, so a typo in a
 * data file fails the seed with the file, the row and the field named. Rows refer to each other
 * by natural keys (source `key`, area `code`, organisation `orgId`, category `scheme:code`,
 * `slug`s), never by database ids, which is what makes the seed idempotent.
 */
import { z } from 'zod';
import { httpUrl } from '../records/record.ts';
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
/** A reference to a `categories.json` row as `SCHEME:CODE`, e.g. `BUSINESS_TYPE:PLANT_PRODUCTION`. */
const categoryRef = z.string().regex(/^[A-Z_]+:[A-Z0-9_]+$/, 'expected SCHEME:CODE');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug');

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

export const OrganisationKind = z.enum(keysOf(OrganisationKinds));

export const OrganisationRow = z.strictObject({
  /** org-id.guide style identifier: `TH-MOI-…` style where a register exists, else `XI-PHALANG-…`. */
  orgId: z.string().regex(/^[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9._-]+$/, 'expected an org-id such as TH-GOV-CDD'),
  kind: OrganisationKind,
  ...names,
  acronymTh: z.string().optional(),
  acronymEn: z.string().optional(),
  /** orgId of the parent body (a department's ministry). */
  parent: z.string().optional(),
  /** Area code for bodies tied to a place (a provincial office). */
  area: z.string().optional(),
  url: httpUrl().optional(),
  sources: z.array(sourceRef).min(1),
});

export const EnterpriseKind = z.enum(keysOf(EnterpriseKinds));

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

export const EnterpriseRow = z.strictObject({
  slug,
  kind: EnterpriseKind,
  ...names,
  registrationNo: z.string().optional(),
  registeredOn: isoDate.optional(),
  /** Most specific area code known (subdistrict, else district, else province). */
  area: z.string().optional(),
  /** หมู่ที่ — village number inside the subdistrict. */
  villageNo: z.number().int().positive().optional(),
  /** Category refs in the BUSINESS_TYPE scheme. */
  businessTypes: z.array(categoryRef).optional(),
  tourismLevel: z.enum(keysOf(TourismLevels)).optional(),
  descriptionTh: z.string().optional(),
  descriptionEn: z.string().optional(),
  assessments: z.array(AssessmentRow).optional(),
  awards: z.array(AwardRow).optional(),
  certifications: z.array(CertificationRow).optional(),
  sources: z.array(sourceRef).min(1),
});

export const NetworkRow = z.strictObject({
  slug,
  ...names,
  themeTh: z.string().optional(),
  themeEn: z.string().optional(),
  area: z.string().optional(),
  /** orgId of the coordinating organisation. */
  coordinator: z.string().optional(),
  /** Enterprise slugs. */
  members: z.array(slug),
  sources: z.array(sourceRef).min(1),
});

export const AgreementRow = z.strictObject({
  slug,
  ...names,
  status: z.enum(keysOf(AgreementStatuses)),
  /** Signing date for SIGNED agreements; the date the status was reported otherwise. */
  date: isoDate.optional(),
  venueTh: z.string().optional(),
  venueEn: z.string().optional(),
  descriptionTh: z.string().optional(),
  descriptionEn: z.string().optional(),
  /** Category refs in the THEME scheme. */
  themes: z.array(categoryRef).optional(),
  signatories: z.array(
    z.strictObject({
      organisation: z.string(),
      role: z.enum(keysOf(SignatoryRoles)),
      /** Who signed for the organisation, as the document gives it (title or name). */
      representativeTh: z.string().optional(),
      representativeEn: z.string().optional(),
    }),
  ),
  /** Programme slugs this agreement relates to. */
  programmes: z.array(slug).optional(),
  sources: z.array(sourceRef).min(1),
});

export const ProgrammeRow = z.strictObject({
  slug,
  ...names,
  descriptionTh: z.string().optional(),
  descriptionEn: z.string().optional(),
  /** orgId of the lead organisation. */
  lead: z.string(),
  partners: z
    .array(
      z.strictObject({
        organisation: z.string(),
        role: z.enum(keysOf(PartnerRoles)),
      }),
    )
    .optional(),
  area: z.string().optional(),
  /** First and last fiscal year (B.E.) the documents place the programme in. */
  fromFiscalYear: fiscalYear.optional(),
  toFiscalYear: fiscalYear.optional(),
  /** Category refs in the THEME scheme. */
  themes: z.array(categoryRef).optional(),
  budgetLines: z
    .array(
      z.strictObject({
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
      }),
    )
    .optional(),
  activities: z
    .array(
      z.strictObject({
        slug,
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
        enterprises: z.array(slug).optional(),
        source: sourceRef,
      }),
    )
    .optional(),
  sources: z.array(sourceRef).min(1),
});

export const ObservationRow = z.strictObject({
  kind: z.enum(keysOf(ObservationKinds)).default('ACTUAL'),
  value: z.number(),
  /** Period the value covers (C.E. dates). For a stock "as of" a date, start = end = that date. */
  periodStart: isoDate,
  periodEnd: isoDate,
  /** Thai fiscal year (B.E.) the document attributes the value to, if any. */
  fiscalYear: fiscalYear.optional(),
  area: z.string().optional(),
  /** Breakdown category; omit for the total. */
  category: categoryRef.optional(),
  /** Programme slug. */
  programme: slug.optional(),
  /** True where the document says "about" / rounds (e.g. "about 1.74 million"). */
  approximate: z.boolean().optional(),
  noteTh: z.string().optional(),
  noteEn: z.string().optional(),
  source: sourceRef,
});

export const IndicatorRow = z.strictObject({
  /** Stable public code, upper snake case, e.g. `CE_REGISTERED`. */
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  ...names,
  descriptionTh: z.string().optional(),
  descriptionEn: z.string().optional(),
  /** Unit code from units.json. */
  unit: z.string(),
  measure: z.enum(keysOf(Measures)),
  higherIsBetter: z.boolean().default(true),
  /** Whether a value may be below zero (a net balance); the seed check refuses negatives otherwise. */
  allowsNegative: z.boolean().default(false),
  /** How values over several periods combine: SUM for flows (sales, meals), LAST for stocks
   *  (registered enterprises, members), where the latest period stands for the whole. */
  aggregation: z.enum(keysOf(PeriodAggregations)).default('SUM'),
  /** The category scheme its breakdown uses, if any. */
  categoryScheme: CategoryScheme.optional(),
  /** IRIS+ metric id (e.g. `PI4060`), if one fits. */
  irisRef: z.string().optional(),
  /** SDG targets, e.g. `["8.3", "12.3"]`. */
  sdgTargets: z.array(z.string()).optional(),
  programme: slug.optional(),
  observations: z.array(ObservationRow).min(1),
});

export const files = {
  'sources.json': z.array(SourceRow),
  'areas.json': z.array(AreaRow),
  'categories.json': z.array(CategoryRow),
  'units.json': z.array(UnitRow),
  'organisations.json': z.array(OrganisationRow),
  'enterprises.json': z.array(EnterpriseRow),
  'networks.json': z.array(NetworkRow),
  'programmes.json': z.array(ProgrammeRow),
  'agreements.json': z.array(AgreementRow),
  'indicators.json': z.array(IndicatorRow),
} as const;

export type SeedFile = keyof typeof files;
export type SeedData = { [K in SeedFile]: z.infer<(typeof files)[K]> };
