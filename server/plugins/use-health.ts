/**
 * `/healthz`: the process answers (yoga's health check, no I/O). `/readyz`: the database answers
 * and every migration this build ships is applied; 503 otherwise, so a load balancer sends no
 * traffic to an instance that would fail every query. Neither says why in detail to the caller
 * (the reason is logged), and neither is cached.
 */
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { PrismaClient } from '../../prisma/client.ts';
import type { DatabaseProvider } from '../../prisma/database-url.ts';
import { migrationsDirectory, readMigrations } from '../../prisma/migrate.ts';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

export interface HealthOptions {
  prisma: PrismaClient;
  /** Which migrations folder holds the migrations that must be applied. @default 'sqlite' */
  provider?: DatabaseProvider;
}

const answer = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/** Why the instance is not ready, or undefined when it is. */
export async function notReadyReason(prisma: PrismaClient, expected: string[]): Promise<string | undefined> {
  let applied: Set<string>;
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch (error) {
    console.error('readyz: the database did not answer', error);
    return 'database unreachable';
  }
  const pending = expected.filter((name) => !applied.has(name));
  return pending.length ? `${pending.length} migration(s) not applied` : undefined;
}

export function useHealth({ prisma, provider = 'sqlite' }: HealthOptions): Plugin {
  const expected = readMigrations(migrationsDirectory(provider)).map((m) => m.name);
  return useReadinessCheck({
    endpoint: READY_PATH,
    check: async () => {
      const reason = await notReadyReason(prisma, expected);
      return reason ? answer(503, { status: 'unavailable', reason }) : answer(200, { status: 'ready' });
    },
  });
}
