import { z } from 'zod';
import { PartnerRoles, keysOf } from '../domain/labels.ts';
import { searchTextOf } from '../domain/search-text.ts';
import { type Problem, WHAT, checkEach, duplicateProblems, unknownReference } from './problems.ts';
import {
  categoryCode,
  slug,
  optionalText,
  orUndefined,
  publication,
  text,
  type RecordType,
  columnsOf,
} from './record.ts';

/** A Thai fiscal year (B.E.), in the range the seed data files accept. */
const fiscalYear = z
  .number()
  .int()
  .min(2500, 'a Thai fiscal year (B.E.) from 2500')
  .max(2700, 'a Thai fiscal year (B.E.) up to 2700');

export const partner = z.strictObject({
  /** org-id of the partner organisation. */
  organisation: z.string().min(1),
  role: z.enum(keysOf(PartnerRoles)),
});
type Partner = z.infer<typeof partner>;

/**
 * Where each partner stood in the caller's list. Partners are a set (the table keeps no order), so
 * the schema sorts them the way `read` returns them, or the same partners listed in another order
 * would count as a change; problems found after sorting still name the entry the caller wrote.
 */
const partnerIndex = new WeakMap<Partner, number>();
const byOrganisationAndRole = (a: Partner, b: Partner) =>
  a.organisation < b.organisation
    ? -1
    : a.organisation > b.organisation
      ? 1
      : a.role < b.role
        ? -1
        : +(a.role > b.role);

const schema = z
  .strictObject({
    slug: slug(),
    nameTh: text(),
    nameEn: text(),
    descriptionTh: optionalText(),
    descriptionEn: optionalText(),
    /** org-id of the lead organisation. */
    lead: z.string().min(1),
    partners: z.array(partner).optional(),
    area: z.string().optional(),
    /** First and last fiscal year (B.E.) the documents place the programme in. */
    fromFiscalYear: fiscalYear.optional(),
    toFiscalYear: fiscalYear.optional(),
    /** Theme codes (scheme THEME). */
    themes: z.array(categoryCode('THEME')).optional(),
    sources: z.array(z.string()).min(1, 'at least one source document'),
    publication: publication(),
  })
  .superRefine((row, ctx) => {
    if (row.fromFiscalYear !== undefined && row.toFiscalYear !== undefined && row.fromFiscalYear > row.toFiscalYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['toFiscalYear'],
        message: `The programme ends (FY${row.toFiscalYear}) before it starts (FY${row.fromFiscalYear})`,
        params: { th: `โครงการสิ้นสุด (ปีงบประมาณ ${row.toFiscalYear}) ก่อนเริ่ม (ปีงบประมาณ ${row.fromFiscalYear})` },
      });
    }
  })
  .transform((row) => {
    if (!row.partners) return row;
    row.partners.forEach((p, i) => partnerIndex.set(p, i));
    return { ...row, partners: [...row.partners].sort(byOrganisationAndRole) };
  });

export type ProgrammeRecordRow = z.infer<typeof schema>;

export const programmeRecord: RecordType<ProgrammeRecordRow> = {
  type: 'Programme',
  label: { th: 'โครงการ', en: 'programme' },
  schema,
  columns: columnsOf(schema.in),
  key: (row) => row.slug,
  keyName: 'slug',
  async read(tx, slug) {
    const p = await tx.programme.findUnique({
      where: { slug },
      include: {
        lead: { select: { orgId: true } },
        area: { select: { code: true } },
        partners: { select: { role: true, organisation: { select: { orgId: true } } } },
        themes: { select: { code: true } },
        sources: { select: { key: true } },
      },
    });
    if (!p) return null;
    const partners = p.partners
      .map((x) => ({ organisation: x.organisation.orgId, role: x.role }))
      .sort(byOrganisationAndRole);
    const themes = p.themes.map((c) => c.code).sort();
    return {
      slug: p.slug,
      nameTh: p.nameTh,
      nameEn: p.nameEn,
      descriptionTh: orUndefined(p.descriptionTh),
      descriptionEn: orUndefined(p.descriptionEn),
      lead: p.lead.orgId,
      partners: partners.length ? partners : undefined,
      area: p.area?.code,
      fromFiscalYear: orUndefined(p.fromFiscalYear),
      toFiscalYear: orUndefined(p.toFiscalYear),
      themes: themes.length ? themes : undefined,
      sources: p.sources.map((s) => s.key).sort(),
      publication: p.publication,
    };
  },
  async check(row, refs) {
    const problems: Problem[] = [];
    const organisation = WHAT.organisation;
    if (!(await refs.organisation(row.lead))) problems.push(unknownReference('lead', organisation, row.lead));
    const partners = row.partners ?? [];
    const at = (p: Partner, i: number) => partnerIndex.get(p) ?? i;
    for (const [i, p] of partners.entries()) {
      if (!(await refs.organisation(p.organisation)))
        problems.push(unknownReference(`partners.${at(p, i)}.organisation`, organisation, p.organisation));
    }
    problems.push(...duplicateProblems('partners', partners, (p) => `${p.organisation} ${p.role}`, at));
    if (row.area && !(await refs.area(row.area))) problems.push(unknownReference('area', WHAT.area, row.area));
    problems.push(...(await checkEach('themes', row.themes, (c) => refs.category('THEME', c), WHAT.theme)));
    problems.push(...(await checkEach('sources', row.sources, (k) => refs.source(k), WHAT.source)));
    return problems;
  },
  async write(tx, row, refs) {
    const sources = await Promise.all(row.sources.map(async (k) => ({ id: (await refs.source(k))! })));
    const themes = await Promise.all(
      (row.themes ?? []).map(async (code) => ({ id: (await refs.category('THEME', code))! })),
    );
    const data = {
      nameTh: row.nameTh,
      nameEn: row.nameEn,
      descriptionTh: row.descriptionTh ?? null,
      descriptionEn: row.descriptionEn ?? null,
      leadId: (await refs.organisation(row.lead))!,
      areaId: row.area ? ((await refs.area(row.area)) ?? null) : null,
      fromFiscalYear: row.fromFiscalYear ?? null,
      toFiscalYear: row.toFiscalYear ?? null,
      searchText: searchTextOf(row.nameTh, row.nameEn),
      publication: row.publication ?? 'DRAFT',
    };
    const { id } = await tx.programme.upsert({
      where: { slug: row.slug },
      create: { slug: row.slug, ...data, sources: { connect: sources }, themes: { connect: themes } },
      update: { ...data, sources: { set: sources }, themes: { set: themes } },
      select: { id: true },
    });
    // Partners are replaced as a set. Budget lines and activities are records of their own
    // (budget-line.ts, activity.ts): they stay as they are.
    await tx.programmePartner.deleteMany({ where: { programmeId: id } });
    const partners = await Promise.all(
      (row.partners ?? []).map(async (p) => ({
        programmeId: id,
        organisationId: (await refs.organisation(p.organisation))!,
        role: p.role,
      })),
    );
    if (partners.length) await tx.programmePartner.createMany({ data: partners });
  },
  tags: () => ['Programme'],
};
