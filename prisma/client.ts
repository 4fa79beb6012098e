/** Makes the Prisma client for a database URL, through the matching driver adapter. */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from './generated/client/client.ts';
import { ensureSqliteDirectory, parseDatabaseUrl } from './database-url.ts';
import { YieldingBetterSQLite3 } from './yielding-sqlite.ts';
import { createSqlDb } from './sql.ts';
import { closeSqlDb, registerSqlDb } from './sql-registry.ts';

export { PrismaClient, Prisma } from './generated/client/client.ts';
export type * from './generated/client/models.ts';

export interface CreatePrismaOptions {
  /** Defaults to `DATABASE_URL`, then `file:./data/phalang.db`. */
  url?: string;
  /** Called with every SQL statement sent (through Prisma or the analytics' builder), e.g. to count statements per request. */
  onQuery?: (sql: string) => void;
  /** SQLite: let other requests run between a request's statements (see yielding-sqlite.ts). @default true */
  yieldBetweenStatements?: boolean;
}

export function createPrisma(options: CreatePrismaOptions = {}): PrismaClient {
  const target = parseDatabaseUrl(options.url);
  ensureSqliteDirectory(target);
  const adapter =
    target.provider === 'sqlite'
      ? options.yieldBetweenStatements === false
        ? new PrismaBetterSQLite3({ url: target.file! })
        : new YieldingBetterSQLite3({ url: target.file! })
      : new PrismaPg({ connectionString: target.url });
  const prisma = clientWith(adapter, options.onQuery);
  writerOptions.set(prisma, options);
  // The analytics' SQL builder, on the same database (see prisma/sql.ts).
  registerSqlDb(prisma, () =>
    createSqlDb(target.url, {
      onQuery: options.onQuery && ((sql) => options.onQuery!(sql)),
      yieldBetweenStatements: options.yieldBetweenStatements,
    }),
  );
  // Closing the client closes its write and SQL-builder connections too (tests delete the database file after).
  const disconnect = prisma.$disconnect.bind(prisma);
  prisma.$disconnect = async () => {
    const writer = writers.get(prisma);
    writers.delete(prisma);
    await Promise.all([writer?.then((w) => w.$disconnect()), closeSqlDb(prisma), disconnect()]);
  };
  return prisma;
}

/** The client, with its query events sent to `onQuery` when given (Prisma types `$on('query')` from the log option). */
function clientWith(adapter: Prisma.PrismaClientOptions['adapter'], onQuery?: (sql: string) => void): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) => onQuery(e.query));
  return client;
}

const writerOptions = new WeakMap<PrismaClient, CreatePrismaOptions>();
const writers = new WeakMap<PrismaClient, Promise<PrismaClient>>();

/**
 * The client that staff write transactions (mutations, imports) run on. On SQLite it is a second
 * connection to the same file, in WAL mode: the adapter runs every statement of the process on one
 * connection, so a transaction there would let concurrent readers see its uncommitted rows; on its
 * own connection, readers keep reading the last commit while it runs, and write transactions queue
 * on its adapter's lock instead of busy-waiting for SQLite's. On PostgreSQL the pool already gives
 * each transaction its own connection, so it is the same client, as is a client not made by
 * `createPrisma`.
 */
export function writeConnection(prisma: PrismaClient): Promise<PrismaClient> {
  const options = writerOptions.get(prisma);
  if (!options || parseDatabaseUrl(options.url).provider !== 'sqlite') return Promise.resolve(prisma);
  let writer = writers.get(prisma);
  if (!writer) {
    const client = createPrisma(options);
    writerOptions.delete(client);
    // WAL lets readers on the other connection read while this one writes (a no-op where already on).
    writer = client.$queryRawUnsafe('PRAGMA journal_mode = WAL').then(
      () => client,
      () => client,
    );
    writers.set(prisma, writer);
  }
  return writer;
}
