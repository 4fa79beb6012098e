/** What every resolver receives. */
import type { PrismaClient } from '../prisma/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  prisma: PrismaClient;
  /** Whether the caller may see DRAFT records (staff); anonymous callers see PUBLISHED only. */
  canReadDrafts: boolean;
  /** Per-request batching loaders (never shared between requests, so never stale across writes). */
  loaders: Loaders;
}

export function createContext(prisma: PrismaClient, options: { canReadDrafts?: boolean } = {}): Context {
  return { prisma, canReadDrafts: options.canReadDrafts ?? false, loaders: createLoaders(prisma) };
}

/** Prisma `where` fragment limiting a model with a `publication` column to what the caller may see. */
export function visible(ctx: Context): { publication?: 'PUBLISHED' } {
  return ctx.canReadDrafts ? {} : { publication: 'PUBLISHED' };
}
