/**
 * Random writes to observations and what they belong to, straight through Prisma (as any staff
 * tool, import or seed might): observations created, changed, moved to another area, period,
 * category or programme, deleted, published and unpublished; indicators and programmes
 * unpublished and published again. Deterministic for a seed, so a failure can be replayed.
 */
import { fiscalYearRange, fiscalYearWithin } from '../../prisma/domain/thai-calendar.ts';
import type { PrismaClient } from '../../prisma/client.ts';

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}

const DAY = 86_400_000;

/** Periods that overlap, share ends or starts, span a year or none. */
function periods(): { start: Date; end: Date; fiscalYear: number | null }[] {
  const out: { start: Date; end: Date; fiscalYear: number | null }[] = [];
  for (const fy of [2567, 2568]) {
    const { start, end } = fiscalYearRange(fy);
    out.push({ start, end, fiscalYear: fy });
    for (let q = 0; q < 4; q++) {
      const s = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3 * q, 1));
      const e = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3 * q + 3, 1) - DAY);
      out.push({ start: s, end: e, fiscalYear: fy });
      // The quarter's last month: the same end as the quarter.
      out.push({ start: new Date(Date.UTC(e.getUTCFullYear(), e.getUTCMonth(), 1)), end: e, fiscalYear: fy });
    }
  }
  // Periods filed under no fiscal year (a span across two).
  out.push({ start: new Date(Date.UTC(2024, 6, 1)), end: new Date(Date.UTC(2025, 5, 30)), fiscalYear: null });
  out.push({ start: new Date(Date.UTC(2024, 8, 1)), end: new Date(Date.UTC(2024, 11, 31)), fiscalYear: null });
  return out;
}

export interface WriteStats {
  created: number;
  updated: number;
  deleted: number;
  hidden: number;
}

/** `count` random writes; returns how many of each kind it made. */
export async function randomObservationWrites(prisma: PrismaClient, seed: number, count: number): Promise<WriteStats> {
  const random = seededRandom(seed);
  const indicators = await prisma.indicator.findMany({ select: { id: true, code: true, categoryScheme: true } });
  const programmes = (await prisma.programme.findMany({ select: { id: true } })).map((p) => p.id);
  const sources = (await prisma.source.findMany({ select: { id: true } })).map((s) => s.id);
  // Few places, so that writes meet in the same groups and levels; the country and no area at all
  // (which outrank every province) only now and then.
  const areas = await prisma.area.findMany({
    where: {
      code: { in: ['TH-10', 'TH-15', 'TH-50', 'TH-10-G-KRUNGTHEP-CENTRAL', 'TH-10-G-KRUNGTHEP-EAST', 'TH-1503'] },
    },
    select: { id: true },
  });
  const country = (await prisma.area.findUniqueOrThrow({ where: { code: 'TH' }, select: { id: true } })).id;
  const someArea = () => {
    const roll = random.next();
    return roll < 0.03 ? null : roll < 0.06 ? country : random.pick(areas).id;
  };
  // Most writes go to a few indicators (a stock with categories, flows with and without), the rest anywhere.
  const focus = indicators.filter((i) =>
    ['CE_REGISTERED', 'STIMULUS_FAIR_SALES', 'STIMULUS_FAIRS', 'TCPS_PRODUCTS'].includes(i.code),
  );
  const someIndicator = () => (focus.length && random.next() < 0.7 ? random.pick(focus) : random.pick(indicators));
  const categories = await prisma.category.findMany({ select: { id: true, scheme: true } });
  const spans = periods();
  const stats: WriteStats = { created: 0, updated: 0, deleted: 0, hidden: 0 };
  const value = () => (random.next() < 0.8 ? random.int(1000) : random.int(100_000) / 4);
  const placement = (indicator: { categoryScheme: string | null }) => {
    const span = random.pick(spans);
    const own = categories.filter((c) => c.scheme === indicator.categoryScheme).map((c) => c.id);
    return {
      periodStart: span.start,
      periodEnd: span.end,
      fiscalYear: span.fiscalYear ?? (random.next() < 0.1 ? null : fiscalYearWithin(span.start, span.end)),
      areaId: someArea(),
      categoryId: own.length && random.next() < 0.5 ? random.pick(own) : null,
    };
  };
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    const existing = await prisma.observation.findMany();
    if (roll < 0.3 && existing.length) {
      // A neighbour of an existing row: the same group (indicator, place, category, programme,
      // source) in another period of its fiscal year, or of the same end, or of the other kind.
      const { id: _id, key: _key, ...base } = random.pick(existing);
      const span = random.pick(
        spans.filter((p) => p.fiscalYear === base.fiscalYear || p.end.getTime() === base.periodEnd.getTime()),
      );
      const how = random.int(3);
      await prisma.observation.create({
        data: {
          ...base,
          key: `random-${seed}-${i}`,
          value: value(),
          ...(how < 2 && span ? { periodStart: span.start, periodEnd: span.end, fiscalYear: span.fiscalYear } : {}),
          ...(how === 2 ? { kind: base.kind === 'ACTUAL' ? 'TARGET' : 'ACTUAL' } : {}),
          publication: random.next() < 0.8 ? 'PUBLISHED' : 'DRAFT',
        },
      });
      stats.created++;
    } else if (roll < 0.55 || !existing.length) {
      const indicator = someIndicator();
      await prisma.observation.create({
        data: {
          key: `random-${seed}-${i}`,
          indicatorId: indicator.id,
          kind: random.next() < 0.6 ? 'ACTUAL' : 'TARGET',
          value: value(),
          ...placement(indicator),
          programmeId: random.next() < 0.5 ? null : random.pick(programmes),
          sourceId: random.pick(sources),
          approximate: random.next() < 0.2,
          publication: random.next() < 0.7 ? 'PUBLISHED' : random.pick(['DRAFT', 'ARCHIVED'] as const),
        },
      });
      stats.created++;
    } else if (roll < 0.85) {
      const target = random.pick(existing);
      const indicator = indicators.find((x) => x.id === target.indicatorId)!;
      const change = random.int(6);
      await prisma.observation.update({
        where: { id: target.id },
        data:
          change === 0
            ? { value: value() }
            : change === 1
              ? { publication: random.pick(['PUBLISHED', 'DRAFT', 'ARCHIVED'] as const) }
              : change === 2
                ? { programmeId: random.next() < 0.5 ? null : random.pick(programmes) }
                : change === 3
                  ? { approximate: random.next() < 0.5, sourceId: random.pick(sources) }
                  : change === 4
                    ? { kind: random.next() < 0.5 ? 'ACTUAL' : 'TARGET' }
                    : placement(indicator),
      });
      stats.updated++;
    } else if (roll < 0.95) {
      await prisma.observation.delete({ where: { id: random.pick(existing).id } });
      stats.deleted++;
    } else if (roll < 0.975) {
      await prisma.indicator.update({
        where: { id: someIndicator().id },
        data: { publication: random.next() < 0.3 ? 'DRAFT' : 'PUBLISHED' },
      });
      stats.hidden++;
    } else {
      await prisma.programme.update({
        where: { id: random.pick(programmes) },
        data: { publication: random.next() < 0.3 ? 'DRAFT' : 'PUBLISHED' },
      });
      stats.hidden++;
    }
  }
  return stats;
}
