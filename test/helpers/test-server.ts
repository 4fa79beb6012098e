/** A real Phalang HTTP server on a free port, over its own copy of the seeded database. */
import { copyFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createPrisma } from '../../prisma/client.ts';
import { createPhalangServer, type PhalangServerOptions } from '../../server/http.ts';
import { type WidgetDocumentName, widgetPath } from './widget-documents.ts';
import { TEMPLATE_DB, TMP } from './paths.ts';

export async function startTestServer(options: Partial<Omit<PhalangServerOptions, 'prisma'>> = {}) {
  const file = path.join(TMP, `server-${randomUUID()}.db`);
  copyFileSync(TEMPLATE_DB, file);
  const statements: string[] = [];
  const prisma = createPrisma({ url: `file:${file}`, onQuery: (sql) => statements.push(sql) });
  const phalang = createPhalangServer({ prisma, changeFeedIntervalMs: 60_000, ...options });
  const port = await phalang.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;

  /** The URL a widget requests for a persisted document. */
  const widgetUrl = (name: WidgetDocumentName, variables: Record<string, unknown>) =>
    base + widgetPath(name, variables);

  /** Fetches and reports the SQL statements the request caused. */
  async function get(url: string, headers: Record<string, string> = {}) {
    const before = statements.length;
    const response = await fetch(url, { headers });
    const body = await response.text();
    return { response, body, json: body ? JSON.parse(body) : undefined, statements: statements.slice(before) };
  }

  async function close() {
    await phalang.close();
    await prisma.$disconnect();
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }

  return { phalang, prisma, base, widgetUrl, get, close, statements, file };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
