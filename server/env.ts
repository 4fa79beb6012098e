/** Server settings from the environment, checked once at start-up with clear messages. */
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../prisma/database-url.ts';
import { DEFAULT_CACHE_MAX_BYTES } from './public-read/response-cache.ts';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_UPLOAD_BYTES } from './request-guard.ts';

export interface ServerEnv {
  /** TCP port to listen on. @default 4000 */
  port: number;
  /** Interface to bind. @default '0.0.0.0' */
  host: string;
  /** `file:` (SQLite) or `postgresql://` URL. @default 'file:./data/phalang.db' */
  databaseUrl: string;
  /**
   * The origin partners reach the server at (`https://data.example.org`), used for absolute URLs
   * in pages and snippets; never taken from the request. @default the listening address
   */
  publicUrl?: string;
  /** Largest JSON/GraphQL request body, in bytes (`MAX_BODY_BYTES`). @default 102_400 */
  maxBodyBytes: number;
  /** Largest multipart upload, in bytes (`MAX_UPLOAD_BYTES`). @default 26_214_400 */
  maxUploadBytes: number;
  /** Memory for cached public answers, in bytes (`PUBLIC_CACHE_BYTES`). @default 67_108_864 */
  publicCacheBytes: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`${name} must be a whole number of bytes above 0; got "${raw}"`);
  return value;
}

/** `PUBLIC_URL` as a bare origin (scheme, host, port), or undefined when unset. */
export function parsePublicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL such as https://data.example.org; got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PUBLIC_URL must start with http:// or https://; got "${raw}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`PUBLIC_URL must be an origin only (no path, query or credentials); got "${raw}"`);
  }
  return url.origin;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535; got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  parseDatabaseUrl(databaseUrl); // throws a clear error for an unsupported URL
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES),
    maxUploadBytes: positiveInteger(env, 'MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES),
    publicCacheBytes: positiveInteger(env, 'PUBLIC_CACHE_BYTES', DEFAULT_CACHE_MAX_BYTES),
  };
}
