/**
 * The format of the hand-entered seed data files in `prisma/seed/data/`. Reference data (sources,
 * areas, categories, units) is defined here; every other file holds rows of a record type, in the
 * record's own format (prisma/records/), with its child records nested in it (noted at `files`).
 *
 * Every file is validated against these schemas before anything is written, so a typo in a
 * data file fails the seed with the file, the row and the field named. Rows refer to each other
 * by natural keys (source `key`, area `code`, organisation `orgId`, category `scheme:code`,
 * `slug`s), never by database ids, which is what makes the seed idempotent.
 */
import { z } from 'zod';
import { activityRecord } from '../records/activity.ts';
import { agreementRecord } from '../records/agreement.ts';
import { assessmentRecord } from '../records/assessment.ts';
import { awardRecord } from '../records/award.ts';
import { budgetLineRecord } from '../records/budget-line.ts';
import { certificationRecord } from '../records/certification.ts';
import { enterpriseRecord } from '../records/enterprise.ts';
import { indicatorRecord } from '../records/indicator.ts';
import { networkRecord } from '../records/network.ts';
import { observationRecord } from '../records/observation.ts';
import { organisationRecord } from '../records/organisation.ts';
import { programmeRecord } from '../records/programme.ts';
import { httpUrl, type RecordType } from '../records/record.ts';
import {
  AgreementStatuses,
  AreaKinds,
  CategorySchemes,
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
function recordRows<Row extends object, Nested extends z.ZodRawShape>(record: RecordType<Row>, nested: Nested) {
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

/**
 * A child record nested under its parent's row: the child record's row less the field naming the
 * parent (the enclosing row says it), checked with the record's own field rules.
 */
function nestedRow<Row extends object, Parent extends keyof Row & string>(
  record: RecordType<Row>,
  parent: Parent,
  /** A valid stand-in for the parent's key while the rest of the row is checked. */
  placeholder: string,
) {
  return z.looseObject({}).transform((input, ctx): Omit<Row, Parent> => {
    const parsed = record.schema.safeParse({ ...input, [parent]: placeholder });
    for (const issue of parsed.error?.issues ?? []) {
      const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` ${issue.keys.join(', ')}` : '';
      ctx.addIssue({ code: 'custom', message: `${issue.message}${keys}`, path: issue.path });
    }
    if (!parsed.success) return z.NEVER;
    const { [parent]: _parent, ...row } = parsed.data;
    return row;
  });
}

export const AssessmentRow = nestedRow(assessmentRecord, 'enterprise', 'x');
export const AwardRow = nestedRow(awardRecord, 'enterprise', 'x');
export const CertificationRow = nestedRow(certificationRecord, 'enterprise', 'x');
export const BudgetLineRow = nestedRow(budgetLineRecord, 'programme', 'x');
export const ActivityRow = nestedRow(activityRecord, 'programme', 'x');
/** An observation under its indicator: the observation record's row but for `indicator` (the enclosing row's code). */
export const ObservationRow = nestedRow(observationRecord, 'indicator', 'X');

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
