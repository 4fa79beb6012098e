import { z } from 'zod';
import type { Prisma } from '../client.ts';
import { ORG_ID } from '../domain/keys.ts';
import { OrganisationKinds, keysOf } from '../domain/labels.ts';
import { searchTextOf } from '../domain/search-text.ts';
import { checkEach, type Problem, unknownReference, WHAT } from './problems.ts';
import {
  httpUrl,
  optionalText,
  orUndefined,
  publication,
  text,
  type FindManyOf,
  type RecordType,
  columnsOf,
} from './record.ts';

const schema = z.strictObject({
  orgId: z.string().regex(ORG_ID, 'expected an org-id such as TH-GOV-CDD'),
  kind: z.enum(keysOf(OrganisationKinds)),
  nameTh: text(),
  nameEn: text(),
  acronymTh: optionalText(),
  acronymEn: optionalText(),
  parent: z.string().optional(),
  area: z.string().optional(),
  url: httpUrl().optional(),
  sources: z.array(z.string()).min(1, 'at least one source document'),
  publication: publication(),
});

export type OrganisationRecordRow = z.infer<typeof schema>;

/** What `readMany` loads with each organisation. */
const stored = { parent: true, area: true, sources: true } as const satisfies Prisma.OrganisationInclude;

type OrganisationReader = FindManyOf<
  'organisation',
  { where: Prisma.OrganisationWhereInput; include: typeof stored },
  Prisma.OrganisationGetPayload<{ include: typeof stored }>
>;

export const organisationRecord: RecordType<OrganisationRecordRow, OrganisationReader> = {
  type: 'Organisation',
  label: { th: 'หน่วยงาน', en: 'organisation' },
  schema,
  columns: columnsOf(schema),
  key: (row) => row.orgId,
  keyName: 'orgId',
  async read(tx, orgId) {
    return (await organisationRecord.readMany!(tx, [orgId])).get(orgId) ?? null;
  },
  async readMany(db, orgIds) {
    const found = new Map<string, OrganisationRecordRow>();
    // In chunks: SQLite allows a limited number of bound parameters per statement.
    for (let i = 0; i < orgIds.length; i += 500) {
      const rows = await db.organisation.findMany({
        where: { orgId: { in: orgIds.slice(i, i + 500) } },
        include: stored,
      });
      for (const o of rows) {
        found.set(o.orgId, {
          orgId: o.orgId,
          kind: o.kind,
          nameTh: o.nameTh,
          nameEn: o.nameEn,
          acronymTh: orUndefined(o.acronymTh),
          acronymEn: orUndefined(o.acronymEn),
          parent: o.parent?.orgId,
          area: o.area?.code,
          url: orUndefined(o.url),
          sources: o.sources.map((s) => s.key).sort(),
          publication: o.publication,
        });
      }
    }
    return found;
  },
  async check(row, refs) {
    const problems: Problem[] = [];
    if (row.parent && row.parent !== row.orgId && !(await refs.organisation(row.parent))) {
      problems.push(unknownReference('parent', WHAT.organisation, row.parent));
    }
    if (row.parent === row.orgId) {
      problems.push({
        path: 'parent',
        code: 'INVALID',
        messageTh: 'หน่วยงานเป็นต้นสังกัดของตนเองไม่ได้',
        messageEn: 'An organisation cannot be its own parent',
      });
    }
    if (row.area && !(await refs.area(row.area))) problems.push(unknownReference('area', WHAT.area, row.area));
    problems.push(...(await checkEach('sources', row.sources, (k) => refs.source(k), WHAT.source)));
    return problems;
  },
  async write(tx, row, refs) {
    const sources = await Promise.all(row.sources.map(async (k) => ({ id: (await refs.source(k))! })));
    const data = {
      kind: row.kind,
      nameTh: row.nameTh,
      nameEn: row.nameEn,
      acronymTh: row.acronymTh ?? null,
      acronymEn: row.acronymEn ?? null,
      parentId: row.parent ? ((await refs.organisation(row.parent)) ?? null) : null,
      areaId: row.area ? ((await refs.area(row.area)) ?? null) : null,
      url: row.url ?? null,
      searchText: searchTextOf(row.nameTh, row.nameEn, row.acronymTh, row.acronymEn),
      publication: row.publication ?? 'DRAFT',
    };
    await tx.organisation.upsert({
      where: { orgId: row.orgId },
      create: { orgId: row.orgId, ...data, sources: { connect: sources } },
      update: { ...data, sources: { set: sources } },
    });
  },
  tags: () => ['Organisation'],
};
