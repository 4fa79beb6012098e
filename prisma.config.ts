// Prisma CLI configuration: the JavaScript schema engine through a driver adapter, so that every
// Prisma command runs offline (no native engine download). See ../shared/STACK.md.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { DEFAULT_DATABASE_URL, ensureSqliteDirectory, parseDatabaseUrl } from './prisma/database-url.ts';

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
// The schema engine opens the file even for `migrate diff`; without its folder it fails with only
// "External error id#0" (seen on a fresh clone before the first `npm start`).
ensureSqliteDirectory(parseDatabaseUrl(url));

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
