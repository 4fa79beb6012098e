/**
 * `npm run seed`: migrates the database and adds whatever the seed data files hold that the
 * database lacks. Records that staff have changed are left as they are; `npm run seed --
 * --overwrite` puts every seeded record back to the files' values (undoing staff edits).
 */
import { parseArgs } from 'node:util';
import { createPrisma } from '../client.ts';
import { migrate } from '../migrate.ts';
import { loadSeed } from './load.ts';
import { readSeedData } from './read.ts';

const { values } = parseArgs({ options: { overwrite: { type: 'boolean' } } });
const data = readSeedData();
await migrate();
const prisma = createPrisma();
try {
  const report = await loadSeed(prisma, data, { overwrite: values.overwrite });
  console.log(`seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`);
} finally {
  await prisma.$disconnect();
}
