/**
 * A real Phalang app for one test file: its own copy of the seeded SQLite database, the real
 * yoga app called in-process with `fetch`, and a counter of the SQL statements each request sent.
 */
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createPrisma } from '../../prisma/client.ts';
import { createPhalangApp, type PhalangAppOptions } from '../../server/yoga.ts';
import { createToken, type Role } from '../../prisma/tokens.ts';
import { TEMPLATE_DB, TMP } from './paths.ts';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** `options` adjust the app (e.g. a higher `maxCost` for tests that measure big queries). */
export async function createTestApp(options: Omit<Partial<PhalangAppOptions>, 'prisma'> = {}) {
  const file = path.join(TMP, `test-${randomUUID()}.db`);
  copyFileSync(TEMPLATE_DB, file);
  const statements: string[] = [];
  const prisma = createPrisma({ url: `file:${file}`, onQuery: (sql) => statements.push(sql) });
  const app = createPhalangApp({ ...options, prisma });

  async function request(
    init: { method?: string; path?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    return app.fetch(`http://phalang.test${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  }

  /** Runs an operation (as the holder of `token`, if given) and returns its JSON result and the SQL statements it caused. */
  async function query<T = any>(document: string, variables?: Record<string, unknown>, token?: string) {
    const before = statements.length;
    const response = await request({
      body: { query: document, variables },
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const json = (await response.json()) as GraphQLResponse<T>;
    return { ...json, status: response.status, statements: statements.slice(before) };
  }

  /** Like `query`, but fails the test on any GraphQL error. */
  async function data<T = any>(document: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
    const result = await query<T>(document, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  /** A fresh staff token of each role. */
  async function tokens() {
    const make = async (role: Role) => (await createToken(prisma, { name: `test ${role.toLowerCase()}`, role })).token;
    return { admin: await make('ADMIN'), editor: await make('EDITOR'), viewer: await make('VIEWER') };
  }

  async function close() {
    await prisma.$disconnect();
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  }

  return { app, prisma, request, query, data, statements, close, file, tokens };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
