/** Builds one migrated and seeded SQLite database that every test file copies (seeding once, not per file). */
import { mkdirSync, rmSync } from 'node:fs';
import { createPrisma } from '../../prisma/client.ts';
import { setupDatabase } from '../../prisma/setup.ts';
import { TEMPLATE_DB, TMP } from './paths.ts';
import { buildWidgets } from '../../widgets/build.ts';

export default async function setup() {
  mkdirSync(TMP, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(TEMPLATE_DB + suffix, { force: true });
  const url = `file:${TEMPLATE_DB}`;
  const prisma = createPrisma({ url });
  await setupDatabase(prisma, url);
  // Fold the WAL into the main file so a plain file copy is a complete database.
  await prisma.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  await prisma.$disconnect();
  // Once, before any test file runs: browser tests load the bundle, and the build replaces dist/.
  await buildWidgets({ quiet: true });
}
