/**
 * Brings a database up to date: applies pending migrations, then loads the seed data if the
 * database holds none. Run by `npm start` before the server listens, and by `npm run db:setup`.
 */
import type { PrismaClient } from './client.ts';
import { migrate } from './migrate.ts';
import { loadSeed } from './seed/load.ts';
import { readSeedData } from './seed/read.ts';

export interface SetupResult {
  migrationsApplied: string[];
  seeded: boolean;
}

export async function setupDatabase(prisma: PrismaClient, url?: string): Promise<SetupResult> {
  const { applied } = await migrate(url);
  const empty = (await prisma.source.count()) === 0;
  if (empty) await loadSeed(prisma, readSeedData());
  return { migrationsApplied: applied, seeded: empty };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { createPrisma } = await import('./client.ts');
  const prisma = createPrisma();
  const result = await setupDatabase(prisma);
  console.log(
    `database: ${result.migrationsApplied.length} migration(s) applied${result.seeded ? ', seed data loaded' : ''}`,
  );
  await prisma.$disconnect();
}
