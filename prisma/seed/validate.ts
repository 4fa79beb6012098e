/** `npx tsx prisma/seed/validate.ts` — checks the data files' shape and cross-references. */
import { readSeedData } from './read.ts';

const data = readSeedData();
const counts = Object.entries(data).map(([file, rows]) => `${file}: ${rows.length}`);
console.log(`seed data valid\n  ${counts.join('\n  ')}`);
