/** Where the database lives: `DATABASE_URL`, defaulting to an SQLite file in `data/`. */
import path from 'node:path';
import { mkdirSync } from 'node:fs';

export const DEFAULT_DATABASE_URL = 'file:./data/phalang.db';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  provider: DatabaseProvider;
  url: string;
  /** For SQLite: the absolute file path (or `:memory:`). */
  file?: string;
}

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

export function parseDatabaseUrl(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): DatabaseTarget {
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).split('?')[0]!;
    if (!file) throw new DatabaseUrlError('DATABASE_URL "file:" needs a path, e.g. file:./data/phalang.db');
    return { provider: 'sqlite', url, file: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  throw new DatabaseUrlError(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(':')[0]}:…"`,
  );
}

/** Creates the folder an SQLite file will live in. */
export function ensureSqliteDirectory(target: DatabaseTarget): void {
  if (target.provider === 'sqlite' && target.file && target.file !== ':memory:') {
    mkdirSync(path.dirname(target.file), { recursive: true });
  }
}
