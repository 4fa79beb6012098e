/** Makes the Prisma client for a database URL, through the matching driver adapter. */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client/client.ts';
import { ensureSqliteDirectory, parseDatabaseUrl } from './database-url.ts';
import { YieldingBetterSQLite3 } from './yielding-sqlite.ts';
import { createSqlDb } from './sql.ts';
import { registerSqlDb } from './sql-registry.ts';

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
  const prisma = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    // The event exists only when query logging is on; its type is narrowed away by the options above.
    (prisma as unknown as { $on(e: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) =>
      onQuery(e.query),
    );
  }
  // The analytics' SQL builder, on the same database (see prisma/sql.ts).
  registerSqlDb(prisma, () =>
    createSqlDb(target.url, { onQuery: options.onQuery && ((sql) => options.onQuery!(sql)) }),
  );
  return prisma;
}
