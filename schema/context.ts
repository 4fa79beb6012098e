/** What every resolver receives. */
import type { PrismaClient } from '../prisma/client.ts';
import type { Role } from '../prisma/tokens.ts';
import { publicReader, staffReader, type Reader } from '../prisma/visibility.ts';
import { sqlReaders, type SqlReader } from '../prisma/visibility-sql.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { LiveSource } from './live-source.ts';

/** The caller: anonymous, or a staff token with its role. */
export type Auth = { role: 'ANONYMOUS' } | { role: Role; tokenId: number; actor: string };

export interface Context {
  /**
   * Every read goes through this client. For anonymous callers it is the public reader, through
   * which DRAFT and ARCHIVED records (and what belongs to them) do not exist; staff read everything.
   */
  prisma: Reader;
  /** The analytics' SQL builder, under the same rules: for anonymous callers it sees published rows only. */
  sql: SqlReader;
  /** The unrestricted client, for staff writes and administration; null for anonymous callers. */
  writer: PrismaClient | null;
  auth: Auth;
  /** Per-request batching loaders (never shared between requests, so never stale across writes). */
  loaders: Loaders;
  /** Drops cached public answers after a write commits (tags as in the ChangeLog). */
  invalidate: (tags: string[]) => void;
  /** Results computed once per request (aggregates several fields need). */
  memo: Map<string, Promise<unknown>>;
  /** Where subscriptions learn of committed writes; absent when the server runs without one. */
  live?: LiveSource;
}

export function createContext(
  prisma: PrismaClient,
  options: { auth?: Auth; invalidate?: (tags: string[]) => void; live?: LiveSource } = {},
): Context {
  const auth = options.auth ?? { role: 'ANONYMOUS' };
  const staff = auth.role !== 'ANONYMOUS';
  const reader = staff ? staffReader(prisma) : publicReader(prisma);
  const sql = staff ? sqlReaders(prisma).staff : sqlReaders(prisma).public;
  return {
    prisma: reader,
    sql,
    writer: staff ? prisma : null,
    auth,
    loaders: createLoaders(reader, sql),
    invalidate: options.invalidate ?? (() => {}),
    memo: new Map(),
    live: options.live,
  };
}

/** The unrestricted client, for fields that scope-auth already limits to staff. */
export function writerOf(ctx: Context): PrismaClient {
  if (!ctx.writer) throw new Error('unreachable: scope-auth limits this field to staff tokens');
  return ctx.writer;
}
