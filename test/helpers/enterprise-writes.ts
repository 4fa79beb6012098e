/**
 * Random writes to enterprises, each in its own write, through the records path (as the staff
 * editor and imports write) or straight through Prisma (as any staff tool or seed might): created,
 * kind changed, moved to another area (or none), published, unpublished, archived, deleted.
 * Deterministic for a seed, so a failure can be replayed.
 */
import type { PrismaClient } from '../../prisma/client.ts';
import { EnterpriseKinds, keysOf } from '../../prisma/domain/labels.ts';
import { applyRecords } from '../../prisma/records/apply.ts';
import { enterpriseRecord, type EnterpriseRecordRow } from '../../prisma/records/enterprise.ts';
import { seededRandom } from './observation-writes.ts';

export interface EnterpriseWriteStats {
  created: number;
  updated: number;
  deleted: number;
}

const KINDS = keysOf(EnterpriseKinds);
const PUBLICATIONS = ['PUBLISHED', 'PUBLISHED', 'DRAFT', 'ARCHIVED'] as const;

/** `count` random writes via `path`; returns how many of each kind it made. */
export async function randomEnterpriseWrites(
  prisma: PrismaClient,
  seed: number,
  count: number,
  path: 'records' | 'prisma',
): Promise<EnterpriseWriteStats> {
  const random = seededRandom(seed);
  // Provinces, districts, subdistricts and the country, several in one subtree so that writes meet.
  const areas = await prisma.area.findMany({
    where: { kind: { in: ['COUNTRY', 'PROVINCE', 'DISTRICT', 'SUBDISTRICT'] } },
    select: { id: true, code: true },
    orderBy: { code: 'asc' },
  });
  const focus = areas.filter((a) => /^TH-(10|15|50)/.test(a.code) || a.code === 'TH');
  const someArea = () => {
    const roll = random.next();
    return roll < 0.05 ? null : roll < 0.7 ? random.pick(focus) : random.pick(areas);
  };
  const source = (await prisma.source.findFirstOrThrow({ select: { key: true } })).key;
  const stats: EnterpriseWriteStats = { created: 0, updated: 0, deleted: 0 };
  // Deletes only what these writes created: seeded enterprises have assessments and members.
  const own = (
    await prisma.enterprise.findMany({ where: { slug: { startsWith: 'rw-' } }, select: { slug: true } })
  ).map((e) => e.slug);
  for (let n = 0; n < count; n++) {
    const roll = random.next();
    const all = (await prisma.enterprise.findMany({ select: { slug: true }, orderBy: { id: 'asc' } })).map(
      (e) => e.slug,
    );
    if (roll < 0.35 || !own.length) {
      const slug = `rw-${seed}-${n}`;
      const area = someArea();
      const kind = random.pick(KINDS);
      const publication = random.pick(PUBLICATIONS);
      if (path === 'records') {
        const row: EnterpriseRecordRow = {
          slug,
          kind,
          nameTh: `วิสาหกิจ ${slug}`,
          nameEn: `Enterprise ${slug}`,
          ...(area ? { area: area.code } : {}),
          sources: [source],
          publication,
        } as EnterpriseRecordRow;
        const outcome = await applyRecords(prisma, enterpriseRecord, [row], {
          mode: 'create',
          actor: { name: 'test' },
        });
        if (!outcome.ok) throw new Error(`create ${slug}: ${JSON.stringify(outcome)}`);
      } else {
        await prisma.enterprise.create({
          data: {
            slug,
            kind,
            nameTh: `วิสาหกิจ ${slug}`,
            nameEn: `Enterprise ${slug}`,
            searchText: slug,
            areaId: area?.id ?? null,
            publication,
          },
        });
      }
      own.push(slug);
      stats.created++;
    } else if (roll < 0.85) {
      const slug = random.pick(all);
      const change = random.int(4);
      const area = someArea();
      const kind = random.pick(KINDS);
      const publication = random.pick(PUBLICATIONS);
      if (path === 'records') {
        const before = await enterpriseRecord.read!(prisma as never, slug);
        if (!before) throw new Error(`no enterprise ${slug}`);
        // Enterprises made through Prisma name no source document, which the records path requires.
        const row = { ...(before as EnterpriseRecordRow) };
        if (!row.sources?.length) row.sources = [source];
        if (change === 0) row.kind = kind;
        else if (change === 1) {
          if (area) row.area = area.code;
          else delete row.area;
        } else if (change === 2) row.publication = publication;
        else Object.assign(row, { kind, publication, ...(area ? { area: area.code } : {}) });
        const outcome = await applyRecords(prisma, enterpriseRecord, [row], {
          mode: 'update',
          actor: { name: 'test' },
        });
        if (!outcome.ok) throw new Error(`update ${slug}: ${JSON.stringify(outcome)}`);
      } else {
        const data =
          change === 0
            ? { kind }
            : change === 1
              ? { areaId: area?.id ?? null }
              : change === 2
                ? { publication }
                : { kind, publication, areaId: area?.id ?? null };
        await prisma.enterprise.update({ where: { slug }, data });
      }
      stats.updated++;
    } else {
      const slug = own.splice(random.int(own.length), 1)[0]!;
      if (path === 'prisma' || random.next() < 0.5) await prisma.enterprise.delete({ where: { slug } });
      else await prisma.enterprise.deleteMany({ where: { slug } });
      stats.deleted++;
    }
  }
  return stats;
}
