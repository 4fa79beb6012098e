/** `npm run seed`: migrates the database and loads (or refreshes) the seed data. */
import { createPrisma } from '../client.ts';
import { migrate } from '../migrate.ts';
import { loadSeed } from './load.ts';
import { readSeedData } from './read.ts';

const data = readSeedData();
await migrate();
const prisma = createPrisma();
try {
  const report = await loadSeed(prisma, data);
  console.log(`seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`);
} finally {
  await prisma.$disconnect();
}
