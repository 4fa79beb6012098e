/** Builds one migrated and seeded SQLite database that every test file copies (seeding once, not per file). */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { createPrisma } from '../../prisma/client.ts';
import { setupDatabase } from '../../prisma/setup.ts';
import { buildWidgets } from '../../widgets/build.ts';
import { TEMPLATE_DB, TMP } from './paths.ts';

export default async function setup() {
  mkdirSync(TMP, { recursive: true });
  // Built under a private name and renamed into place, so a test run that is copying the
  // template meanwhile (another run on the same checkout) never sees a half-written file.
  const building = `${TEMPLATE_DB}.${process.pid}`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  const url = `file:${building}`;
  const prisma = createPrisma({ url });
  await setupDatabase(prisma, url);
  // Fold the WAL into the main file so a plain file copy is a complete database.
  await prisma.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  await prisma.$executeRawUnsafe('PRAGMA journal_mode = DELETE');
  await prisma.$disconnect();
  renameSync(building, TEMPLATE_DB);
  for (const suffix of ['-wal', '-shm']) rmSync(building + suffix, { force: true });
  // Once, before any test file runs: browser tests load the bundle, and the build replaces dist/.
  await buildWidgets({ quiet: true });
}
