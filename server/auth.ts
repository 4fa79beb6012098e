/** Who is calling: anonymous, or a staff token presented as `Authorization: Bearer <token>`. */
import { GraphQLError } from 'graphql';
import type { PrismaClient } from '../prisma/client.ts';
import { verifyToken } from '../prisma/tokens.ts';
import type { Auth } from '../schema/context.ts';

/**
 * One answer for an unknown, revoked or expired token: telling them apart would confirm to a
 * guesser that a token once existed. Staff see why with `npm run token -- list`.
 */
const INVALID_TOKEN = 'The API token is not valid: it may be mistyped, revoked or expired.';

export async function authenticate(prisma: PrismaClient, request: Request): Promise<Auth> {
  const header = request.headers.get('authorization');
  if (!header) return { role: 'ANONYMOUS' };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) {
    throw new GraphQLError('The Authorization header must be "Bearer <token>".', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  const check = await verifyToken(prisma, match[1]!);
  if (!check.ok) {
    throw new GraphQLError(INVALID_TOKEN, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  return { role: check.token.role, tokenId: check.token.id, actor: check.token.name };
}
