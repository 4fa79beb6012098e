/**
 * Staff API tokens: created by `npm run token`, shown once, stored as a SHA-256 hash, with an
 * expiry, a last-used time and revocation.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from './client.ts';
import type { Role } from './generated/client/enums.ts';

export type { Role };

const PREFIX = 'phl_';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface TokenRecord {
  id: number;
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function createToken(
  prisma: PrismaClient,
  options: { name: string; role: Role; expiresInDays?: number | null },
): Promise<{ token: string; record: TokenRecord }> {
  const name = options.name.normalize('NFC').trim();
  if (!name) throw new Error('a token needs a name (who or what uses it)');
  const token = `${PREFIX}${randomBytes(24).toString('base64url')}`;
  const days = options.expiresInDays === undefined ? 365 : options.expiresInDays;
  const record = await prisma.apiToken.create({
    data: {
      name,
      role: options.role,
      tokenHash: hash(token),
      prefix: token.slice(0, PREFIX.length + 6),
      expiresAt: days == null ? null : new Date(Date.now() + days * 86_400_000),
    },
    omit: { tokenHash: true },
  });
  return { token, record };
}

export type TokenCheck = { ok: true; token: TokenRecord } | { ok: false; reason: 'unknown' | 'revoked' | 'expired' };

/** Checks a presented token; records when it was last used (at most once a minute). */
export async function verifyToken(prisma: PrismaClient, token: string): Promise<TokenCheck> {
  const record = await prisma.apiToken.findUnique({ where: { tokenHash: hash(token) }, omit: { tokenHash: true } });
  if (!record) return { ok: false, reason: 'unknown' };
  if (record.revokedAt) return { ok: false, reason: 'revoked' };
  if (record.expiresAt && record.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  return { ok: true, token: record };
}

export async function revokeToken(prisma: PrismaClient, idOrPrefix: string): Promise<TokenRecord> {
  const where = /^\d+$/.test(idOrPrefix) ? { id: Number(idOrPrefix) } : { prefix: idOrPrefix };
  const found = await prisma.apiToken.findFirst({ where, omit: { tokenHash: true } });
  if (!found) throw new Error(`no token with id or prefix "${idOrPrefix}"`);
  return prisma.apiToken.update({
    where: { id: found.id },
    data: { revokedAt: found.revokedAt ?? new Date() },
    omit: { tokenHash: true },
  });
}

export function listTokens(prisma: PrismaClient): Promise<TokenRecord[]> {
  return prisma.apiToken.findMany({ orderBy: { id: 'asc' }, omit: { tokenHash: true } });
}
