import { z } from 'zod';
import { searchTextOf } from '../domain/search-text.ts';
import { checkEach, type Problem, unknownReference, WHAT } from './problems.ts';
import { slug, optionalText, orUndefined, publication, text, type RecordType, columnsOf } from './record.ts';
import type { Refs } from './refs.ts';

const schema = z.strictObject({
  slug: slug(),
  nameTh: text(),
  nameEn: text(),
  themeTh: optionalText(),
  themeEn: optionalText(),
  area: z.string().optional(),
  /** org-id of the coordinating organisation. */
  coordinator: z.string().optional(),
  /** Slugs of the member enterprises: the whole membership, replacing what is stored. */
  members: z.array(z.string().min(1)),
  sources: z.array(z.string()).min(1, 'at least one source document'),
  publication: publication(),
});

export type NetworkRecordRow = z.infer<typeof schema>;

/** Enterprise ids by slug, remembered per transaction as Refs remembers its look-ups (Refs has no enterprise look-up). */
const enterpriseIds = new WeakMap<Refs, Map<string, Promise<number | undefined>>>();
function enterpriseId(refs: Refs, slug: string): Promise<number | undefined> {
  let memo = enterpriseIds.get(refs);
  if (!memo) enterpriseIds.set(refs, (memo = new Map()));
  let id = memo.get(slug);
  if (!id) {
    id = refs.tx.enterprise.findUnique({ where: { slug }, select: { id: true } }).then((e) => e?.id);
    memo.set(slug, id);
  }
  return id;
}

export const networkRecord: RecordType<NetworkRecordRow> = {
  type: 'Network',
  label: { th: 'เครือข่าย', en: 'network' },
  schema,
  columns: columnsOf(schema),
  key: (row) => row.slug,
  keyName: 'slug',
  async read(tx, slug) {
    const n = await tx.network.findUnique({
      where: { slug },
      include: {
        area: { select: { code: true } },
        coordinator: { select: { orgId: true } },
        members: { select: { enterprise: { select: { slug: true } } } },
        sources: { select: { key: true } },
      },
    });
    if (!n) return null;
    return {
      slug: n.slug,
      nameTh: n.nameTh,
      nameEn: n.nameEn,
      themeTh: orUndefined(n.themeTh),
      themeEn: orUndefined(n.themeEn),
      area: n.area?.code,
      coordinator: n.coordinator?.orgId,
      members: n.members.map((m) => m.enterprise.slug).sort(),
      sources: n.sources.map((s) => s.key).sort(),
      publication: n.publication,
    };
  },
  async check(row, refs) {
    const problems: Problem[] = [];
    if (row.area && !(await refs.area(row.area))) problems.push(unknownReference('area', WHAT.area, row.area));
    if (row.coordinator && !(await refs.organisation(row.coordinator))) {
      problems.push(unknownReference('coordinator', WHAT.organisation, row.coordinator));
    }
    problems.push(
      ...(await checkEach('members', row.members, (m) => enterpriseId(refs, m), { th: 'วิสาหกิจ', en: 'enterprise' })),
    );
    problems.push(...(await checkEach('sources', row.sources, (k) => refs.source(k), WHAT.source)));
    return problems;
  },
  async write(tx, row, refs) {
    const sources = await Promise.all(row.sources.map(async (k) => ({ id: (await refs.source(k))! })));
    const data = {
      nameTh: row.nameTh,
      nameEn: row.nameEn,
      themeTh: row.themeTh ?? null,
      themeEn: row.themeEn ?? null,
      areaId: row.area ? ((await refs.area(row.area)) ?? null) : null,
      coordinatorId: row.coordinator ? ((await refs.organisation(row.coordinator)) ?? null) : null,
      // As the seed computes it: the theme is searchable too.
      searchText: searchTextOf(row.nameTh, row.nameEn, row.themeTh, row.themeEn),
      publication: row.publication ?? 'DRAFT',
    };
    const { id } = await tx.network.upsert({
      where: { slug: row.slug },
      create: { slug: row.slug, ...data, sources: { connect: sources } },
      update: { ...data, sources: { set: sources } },
      select: { id: true },
    });
    // The row lists the whole membership: members it no longer names leave the network.
    await tx.networkMember.deleteMany({ where: { networkId: id } });
    const members = await Promise.all(
      row.members.map(async (s) => ({ networkId: id, enterpriseId: (await enterpriseId(refs, s))! })),
    );
    if (members.length) await tx.networkMember.createMany({ data: members });
  },
  // Enterprises list the networks they belong to.
  tags: () => ['Network', 'Enterprise'],
};
