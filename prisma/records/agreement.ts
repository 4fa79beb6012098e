import { z } from 'zod';
import { AgreementStatuses, SignatoryRoles, keysOf } from '../domain/labels.ts';
import { searchTextOf } from '../domain/search-text.ts';
import { type Problem, WHAT, checkEach, duplicateProblems, unknownReference } from './problems.ts';
import {
  day,
  isoDate,
  isoOf,
  categoryCode,
  slug,
  optionalText,
  orUndefined,
  publication,
  text,
  type RecordType,
  columnsOf,
} from './record.ts';

export const signatory = z.strictObject({
  /** org-id of the organisation. */
  organisation: z.string().min(1),
  role: z.enum(keysOf(SignatoryRoles)),
  /** Who acted for the organisation, as the document gives it (title or name). */
  representativeTh: optionalText(),
  representativeEn: optionalText(),
});

const schema = z.strictObject({
  slug: slug(),
  nameTh: text(),
  nameEn: text(),
  status: z.enum(keysOf(AgreementStatuses)),
  /** Signing date for SIGNED agreements; the date the status was reported otherwise. */
  date: isoDate().optional(),
  venueTh: optionalText(),
  venueEn: optionalText(),
  descriptionTh: optionalText(),
  descriptionEn: optionalText(),
  /** Theme codes (scheme THEME). */
  themes: z.array(categoryCode('THEME')).optional(),
  /**
   * The parties in the order the document lists them (stored as `position`). Unlike the other
   * lists this one is ordered: `canonical` keeps the order of lists of objects, so listing the
   * same parties in another order is a change, and is written and audited as one.
   */
  signatories: z.array(signatory),
  /** Slugs of the programmes the agreement relates to. */
  programmes: z.array(z.string()).optional(),
  sources: z.array(z.string()).min(1, 'at least one source document'),
  publication: publication(),
});

export type AgreementRecordRow = z.infer<typeof schema>;

export const agreementRecord: RecordType<AgreementRecordRow> = {
  type: 'Agreement',
  label: { th: 'บันทึกข้อตกลง', en: 'agreement' },
  schema,
  columns: columnsOf(schema),
  key: (row) => row.slug,
  keyName: 'slug',
  async read(tx, slug) {
    const a = await tx.agreement.findUnique({
      where: { slug },
      include: {
        themes: { select: { code: true } },
        signatories: {
          select: {
            role: true,
            representativeTh: true,
            representativeEn: true,
            organisation: { select: { orgId: true } },
          },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
        },
        programmes: { select: { slug: true } },
        sources: { select: { key: true } },
      },
    });
    if (!a) return null;
    const themes = a.themes.map((c) => c.code).sort();
    const programmes = a.programmes.map((p) => p.slug).sort();
    return {
      slug: a.slug,
      nameTh: a.nameTh,
      nameEn: a.nameEn,
      status: a.status,
      date: isoOf(a.date),
      venueTh: orUndefined(a.venueTh),
      venueEn: orUndefined(a.venueEn),
      descriptionTh: orUndefined(a.descriptionTh),
      descriptionEn: orUndefined(a.descriptionEn),
      themes: themes.length ? themes : undefined,
      signatories: a.signatories.map((s) => ({
        organisation: s.organisation.orgId,
        role: s.role,
        representativeTh: orUndefined(s.representativeTh),
        representativeEn: orUndefined(s.representativeEn),
      })),
      programmes: programmes.length ? programmes : undefined,
      sources: a.sources.map((s) => s.key).sort(),
      publication: a.publication,
    };
  },
  async check(row, refs) {
    const problems: Problem[] = [];
    problems.push(...(await checkEach('themes', row.themes, (c) => refs.category('THEME', c), WHAT.theme)));
    for (const [i, s] of row.signatories.entries()) {
      if (!(await refs.organisation(s.organisation))) {
        problems.push(unknownReference(`signatories.${i}.organisation`, WHAT.organisation, s.organisation));
      }
    }
    // An organisation may take part twice only in different roles (presiding and signing, say).
    problems.push(...duplicateProblems('signatories', row.signatories, (s) => `${s.organisation} ${s.role}`));
    problems.push(...(await checkEach('programmes', row.programmes, (p) => refs.programme(p), WHAT.programme)));
    problems.push(...(await checkEach('sources', row.sources, (k) => refs.source(k), WHAT.source)));
    return problems;
  },
  async write(tx, row, refs) {
    const sources = await Promise.all(row.sources.map(async (k) => ({ id: (await refs.source(k))! })));
    const themes = await Promise.all(
      (row.themes ?? []).map(async (code) => ({ id: (await refs.category('THEME', code))! })),
    );
    const programmes = await Promise.all(
      (row.programmes ?? []).map(async (slug) => ({ id: (await refs.programme(slug))! })),
    );
    const data = {
      nameTh: row.nameTh,
      nameEn: row.nameEn,
      status: row.status,
      date: row.date ? day(row.date) : null,
      venueTh: row.venueTh ?? null,
      venueEn: row.venueEn ?? null,
      descriptionTh: row.descriptionTh ?? null,
      descriptionEn: row.descriptionEn ?? null,
      searchText: searchTextOf(row.nameTh, row.nameEn),
      publication: row.publication ?? 'DRAFT',
    };
    const { id } = await tx.agreement.upsert({
      where: { slug: row.slug },
      create: {
        slug: row.slug,
        ...data,
        sources: { connect: sources },
        themes: { connect: themes },
        programmes: { connect: programmes },
      },
      update: { ...data, sources: { set: sources }, themes: { set: themes }, programmes: { set: programmes } },
      select: { id: true },
    });
    // The row lists every party: replace them all, numbering their positions in list order.
    await tx.signatory.deleteMany({ where: { agreementId: id } });
    const signatories = await Promise.all(
      row.signatories.map(async (s, position) => ({
        agreementId: id,
        organisationId: (await refs.organisation(s.organisation))!,
        role: s.role,
        representativeTh: s.representativeTh ?? null,
        representativeEn: s.representativeEn ?? null,
        position,
      })),
    );
    if (signatories.length) await tx.signatory.createMany({ data: signatories });
  },
  // Organisations list the agreements they signed.
  tags: () => ['Agreement', 'Organisation'],
};
