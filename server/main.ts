/**
 * `npm start`: prepares the database, then serves the app until SIGINT/SIGTERM. The widgets are
 * built before this runs (`prestart`, which builds only when dist/widgets/ is missing).
 */
import { createPrisma } from '../prisma/client.ts';
import { setupDatabase } from '../prisma/setup.ts';
import { readEnv } from './env.ts';
import { createPhalangServer } from './http.ts';
import { parseDatabaseUrl } from '../prisma/database-url.ts';

const env = readEnv();
const prisma = createPrisma({ url: env.databaseUrl });
const setup = await setupDatabase(prisma, env.databaseUrl);
if (setup.migrationsApplied.length) console.log(`database: applied ${setup.migrationsApplied.join(', ')}`);
if (setup.seeded) console.log('database: loaded the seed data');

const phalang = createPhalangServer({
  prisma,
  databaseProvider: parseDatabaseUrl(env.databaseUrl).provider,
  publicUrl: env.publicUrl,
  maxBodyBytes: env.maxBodyBytes,
  maxUploadBytes: env.maxUploadBytes,
  publicCacheBytes: env.publicCacheBytes,
});
const port = await phalang.listen(env.port, env.host);
console.log(`Phalang is serving GraphQL and GraphiQL at http://localhost:${port}/graphql`);
if (env.publicUrl) console.log(`public URL (for snippets and links): ${env.publicUrl}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then stopping`);
  const forced = setTimeout(() => process.exit(1), 10_000);
  forced.unref();
  await phalang.close();
  await prisma.$disconnect();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
