// Prisma CLI configuration: the JavaScript schema engine through a driver adapter, so that every
// Prisma command runs offline (no native engine download). See ../shared/STACK.md.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

const url = process.env.DATABASE_URL ?? 'file:./data/phalang.db';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
