/**
 * A copy of the seeded database for testing one analytics module alone: its public and staff SQL
 * readers, the writer (to make drafts), and the statements the analytics sent.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createPrisma } from '../../../prisma/client.ts';
import { sqlReaders } from '../../../prisma/visibility-sql.ts';
import type { IndicatorRow } from '../../../schema/analytics/period-rules.ts';
import { TEMPLATE_DB, TMP } from '../../helpers/paths.ts';

export function analyticsFixture() {
  const file = path.join(TMP, `analytics-${randomUUID()}.db`);
  copyFileSync(TEMPLATE_DB, file);
  const sent: string[] = [];
  const prisma = createPrisma({ url: `file:${file}`, onQuery: (sql) => sent.push(sql) });
  const readers = sqlReaders(prisma);
  return {
    prisma,
    public: readers.public,
    staff: readers.staff,
    /** Runs `work` and returns its result with the statements it sent. */
    async counted<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
      const before = sent.length;
      const result = await work();
      return { result, statements: sent.slice(before) };
    },
    indicator: (code: string): Promise<IndicatorRow> =>
      prisma.indicator.findUniqueOrThrow({ where: { code }, select: { id: true, aggregation: true } }),
    async close() {
      await prisma.$disconnect();
      rmSync(file, { force: true });
    },
  };
}

export type AnalyticsFixture = ReturnType<typeof analyticsFixture>;

/** Options as the GraphQL field builds them from a filter. */
export const optionsFor = (filter: Record<string, unknown> = {}, kind?: 'ACTUAL' | 'TARGET') => ({
  filter,
  categoryFiltered: Array.isArray(filter.category) && filter.category.length > 0,
  areaCode: (filter.area as string | undefined) ?? null,
  kind,
});
