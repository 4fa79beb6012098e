/** `npm start`: prepares the database, then serves the app until SIGINT/SIGTERM. */
import { createServer } from 'node:http';
import { createPrisma } from '../prisma/client.ts';
import { setupDatabase } from '../prisma/setup.ts';
import { readEnv } from './env.ts';
import { createPhalangApp } from './yoga.ts';

const env = readEnv();
const prisma = createPrisma({ url: env.databaseUrl });
const setup = await setupDatabase(prisma, env.databaseUrl);
if (setup.migrationsApplied.length) console.log(`database: applied ${setup.migrationsApplied.join(', ')}`);
if (setup.seeded) console.log('database: loaded the seed data');

const app = createPhalangApp({ prisma });
const server = createServer(app);
server.listen(env.port, env.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.port;
  console.log(`Phalang is serving GraphQL and GraphiQL at http://localhost:${port}/graphql`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then stopping`);
  const forced = setTimeout(() => process.exit(1), 10_000);
  forced.unref();
  server.close(async () => {
    await prisma.$disconnect();
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
