/**
 * `npm run token -- create --role editor --name "Ang Thong office"` (prints the token once),
 * `npm run token -- list`, `npm run token -- revoke <id or prefix>`.
 */
import { parseArgs } from 'node:util';
import { createPrisma } from '../../prisma/client.ts';
import { migrate } from '../../prisma/migrate.ts';
import { createToken, listTokens, revokeToken, type Role } from '../../prisma/tokens.ts';

const ROLES = ['admin', 'editor', 'viewer'];
const USAGE = `usage:
  npm run token -- create --role admin|editor|viewer --name "who uses it" [--expires-days 365 | --no-expiry]
  npm run token -- list
  npm run token -- revoke <id or prefix>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    'expires-days': { type: 'string' },
    'no-expiry': { type: 'boolean' },
  },
});

function fail(message: string): never {
  console.error(`token: ${message}\n${USAGE}`);
  process.exit(2);
}

await migrate();
const prisma = createPrisma();
try {
  const [command, arg] = positionals;
  if (command === 'create') {
    const role = values.role?.toLowerCase();
    if (!role || !ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
    if (!values.name?.trim()) fail('--name is required');
    const days = values['no-expiry'] ? null : values['expires-days'] ? Number(values['expires-days']) : 365;
    if (days !== null && (!Number.isInteger(days) || days < 1))
      fail('--expires-days must be a whole number of days, 1 or more');
    const { token, record } = await createToken(prisma, {
      name: values.name!,
      role: role.toUpperCase() as Role,
      expiresInDays: days,
    });
    console.log(
      `Created token ${record.id} for "${record.name}" (${record.role}), expires ${record.expiresAt?.toISOString().slice(0, 10) ?? 'never'}.`,
    );
    console.log(`\n  ${token}\n`);
    console.log(
      'This is the only time it is shown. Send it as `Authorization: Bearer <token>` (GraphiQL: the Headers tab).',
    );
  } else if (command === 'list') {
    for (const t of await listTokens(prisma)) {
      const state = t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt < new Date() ? 'expired' : 'active';
      console.log(
        `${String(t.id).padStart(4)}  ${t.prefix}…  ${t.role.padEnd(6)}  ${state.padEnd(7)}  expires ${t.expiresAt?.toISOString().slice(0, 10) ?? 'never     '}  last used ${t.lastUsedAt?.toISOString() ?? 'never'}  ${t.name}`,
      );
    }
  } else if (command === 'revoke') {
    if (!arg) fail('give the id or prefix of the token to revoke');
    const t = await revokeToken(prisma, arg);
    console.log(`Revoked token ${t.id} (${t.prefix}…, "${t.name}").`);
  } else {
    fail(command ? `unknown command "${command}"` : 'give a command');
  }
} catch (error) {
  console.error(`token: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
