/**
 * `GET /export/enterprises.csv` (also `organisations`, `observations?indicator=CODE`; `.xlsx` for a
 * workbook): the data in the import format, so a file can be exported, edited and imported back.
 * Anonymous callers read through the public reader (published records, and nothing that belongs to
 * a draft); a staff token (Authorization header) reads everything.
 * Filters: `area` (with sub-areas) for enterprises and observations, `indicator` for observations.
 */
import { stringify } from 'csv-stringify/sync';
import type { Plugin } from 'graphql-yoga';
import type { Prisma, PrismaClient } from '../../prisma/client.ts';
import { publicReader, staffReader, type Reader } from '../../prisma/visibility.ts';
import { IMPORTABLE, type ImportableType } from '../../prisma/import/import-file.ts';
import { writeXlsx } from '../../prisma/import/sheets.ts';
import type { Tx } from '../../prisma/records/refs.ts';
import { areaWithin } from '../../schema/area-scope.ts';
import { authenticate } from '../auth.ts';

const MAX_ROWS = 100_000;

async function keysFor(prisma: Reader, type: ImportableType, params: URLSearchParams): Promise<string[]> {
  const area = params.get('area');
  if (type === 'enterprises') {
    const where: Prisma.EnterpriseWhereInput = { ...(area ? { area: areaWithin(area) } : {}) };
    return (
      await prisma.enterprise.findMany({ where, select: { slug: true }, orderBy: { id: 'asc' }, take: MAX_ROWS })
    ).map((r) => r.slug);
  }
  if (type === 'organisations') {
    return (
      await prisma.organisation.findMany({
        select: { orgId: true },
        orderBy: { id: 'asc' },
        take: MAX_ROWS,
      })
    ).map((r) => r.orgId);
  }
  const indicator = params.get('indicator');
  const where: Prisma.ObservationWhereInput = {
    ...(indicator ? { indicator: { code: indicator } } : {}),
    ...(area ? { area: areaWithin(area) } : {}),
  };
  return (
    await prisma.observation.findMany({ where, select: { key: true }, orderBy: { id: 'asc' }, take: MAX_ROWS })
  ).map((r) => r.key);
}

const cell = (v: unknown) => (Array.isArray(v) ? v.join('; ') : (v ?? ''));

export function useExport(prisma: PrismaClient): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const match = /^\/export\/(enterprises|organisations|observations)\.(csv|xlsx)$/.exec(url.pathname);
      if (request.method !== 'GET' || !match) return;
      const type = match[1] as ImportableType;
      const format = match[2]!;
      let drafts = false;
      try {
        drafts = (await authenticate(prisma, request)).role !== 'ANONYMOUS';
      } catch (error) {
        endResponse(
          new Response(`${(error as Error).message}\n`, {
            status: 401,
            headers: { 'Content-Type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      const record = IMPORTABLE[type];
      const reader = drafts ? staffReader(prisma) : publicReader(prisma);
      const keys = await keysFor(reader, type, url.searchParams);
      const rows: Record<string, unknown>[] = [];
      for (const key of keys) {
        const row = await record.read(reader as unknown as Tx, key);
        if (row)
          rows.push(Object.fromEntries(record.columns.map((c) => [c, cell((row as Record<string, unknown>)[c])])));
      }
      const columns = [...record.columns];
      const headers = {
        'Content-Disposition': `attachment; filename="${type}.${format}"`,
        'Cache-Control': drafts ? 'private, no-store' : 'public, max-age=60',
        'Access-Control-Allow-Origin': '*',
      };
      if (format === 'csv') {
        // A byte-order mark, so spreadsheet programs read the Thai text as UTF-8.
        const body = '\ufeff' + stringify(rows, { header: true, columns });
        endResponse(new Response(body, { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } }));
      } else {
        const body = await writeXlsx([{ name: type, columns, rows }]);
        endResponse(
          new Response(new Uint8Array(body), {
            headers: {
              ...headers,
              'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            },
          }),
        );
      }
    },
  };
}
