/** What every resolver receives. */
import type { PrismaClient } from '../prisma/client.ts';
import type { Role } from '../prisma/tokens.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** The caller: anonymous, or a staff token with its role. */
export type Auth = { role: 'ANONYMOUS' } | { role: Role; tokenId: number; actor: string };

export interface Context {
  prisma: PrismaClient;
  auth: Auth;
  /** Whether the caller may see DRAFT and ARCHIVED records (any staff role); the public sees PUBLISHED only. */
  canReadDrafts: boolean;
  /** Per-request batching loaders (never shared between requests, so never stale across writes). */
  loaders: Loaders;
  /** Drops cached public answers after a write commits (tags as in the ChangeLog). */
  invalidate: (tags: string[]) => void;
  /** Results computed once per request (aggregates several fields need). */
  memo: Map<string, Promise<unknown>>;
}

export function createContext(
  prisma: PrismaClient,
  options: { auth?: Auth; invalidate?: (tags: string[]) => void } = {},
): Context {
  const auth = options.auth ?? { role: 'ANONYMOUS' };
  return {
    prisma,
    auth,
    canReadDrafts: auth.role !== 'ANONYMOUS',
    loaders: createLoaders(prisma),
    invalidate: options.invalidate ?? (() => {}),
    memo: new Map(),
  };
}

/** Prisma `where` fragment limiting a model with a `publication` column to what the caller may see. */
export function visible(ctx: Context): { publication?: 'PUBLISHED' } {
  return ctx.canReadDrafts ? {} : { publication: 'PUBLISHED' };
}
