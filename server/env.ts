/** Server settings from the environment, checked once at start-up with clear messages. */
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../prisma/database-url.ts';

export interface ServerEnv {
  /** TCP port to listen on. @default 4000 */
  port: number;
  /** Interface to bind. @default '0.0.0.0' */
  host: string;
  /** `file:` (SQLite) or `postgresql://` URL. @default 'file:./data/phalang.db' */
  databaseUrl: string;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535; got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  parseDatabaseUrl(databaseUrl); // throws a clear error for an unsupported URL
  return { port, host: env.HOST ?? '0.0.0.0', databaseUrl };
}
