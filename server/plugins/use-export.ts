/**
 * `GET /export/enterprises.csv` (also `organisations`, `observations?indicator=CODE`, and the child
 * records `assessments`, `awards`, `certifications`, `budgetLines`, `activities`; `.xlsx` for a
 * workbook): the data in the import format, so a file can be exported, edited and imported back.
 * Anonymous callers read through the public reader (published records, and nothing that belongs to
 * a draft); a staff token (Authorization header) reads everything.
 * Filters: `area` (with sub-areas) for enterprises and observations, `indicator` for observations.
 */
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Plugin } from 'graphql-yoga';
import type { Prisma, PrismaClient } from '../../prisma/client.ts';
import { publicReader, staffReader, type Reader } from '../../prisma/visibility.ts';
import { sqlReaders } from '../../prisma/visibility-sql.ts';
import { IMPORTABLE, type ImportableType } from '../../prisma/import/import-file.ts';
import { neutraliseFormula, streamXlsx } from '../../prisma/import/sheets.ts';
import { compoundKey, keyFieldsOf } from '../../prisma/records/record.ts';
import { areaScope } from '../../schema/analytics/sql-scope.ts';
import { areaPathOf, areaWithin } from '../../schema/area-scope.ts';
import { authenticate } from '../auth.ts';

const MAX_ROWS = 100_000;
const EXPORTABLE = Object.keys(IMPORTABLE) as ImportableType[];
/** Rows read per statement pair (keys, then records); between batches the event loop serves others. */
const BATCH = 500;

/**
 * What an export's filters come to, resolved once per export (not per batch): the indicator's id
 * through the caller's reader (null when it sees no such indicator) and the ids of the areas in
 * the `area` filter (public reference data), so that the observations' statement is `indicatorId = ? AND areaId
 * IN (…) AND id > ?`, which the `Observation(indicatorId, areaId, id)` index serves in id order.
 */
interface Scope {
  area: string | null;
  areaPath: string | null;
  /** undefined: no indicator filter. */
  indicatorId?: number | null;
  /** undefined: no area filter. */
  areaIds?: number[];
}

async function scopeOf(
  prisma: PrismaClient,
  reader: Reader,
  type: ImportableType,
  params: URLSearchParams,
): Promise<Scope> {
  const area = params.get('area');
  const areaPath = area ? await areaPathOf(reader, area) : null;
  const scope: Scope = { area, areaPath };
  if (type !== 'observations') return scope;
  const indicator = params.get('indicator');
  if (indicator)
    scope.indicatorId =
      (await reader.indicator.findUnique({ where: { code: indicator }, select: { id: true } }))?.id ?? null;
  // Areas are public reference data; the analytics' scope reads them through the Area(path) index.
  if (area)
    scope.areaIds = (
      await sqlReaders(prisma)
        .public.db.selectFrom((eb) => areaScope(eb, area).as('s'))
        .select('s.id')
        .execute()
    ).map((a) => a.id);
  return scope;
}

/** The next batch of keys after row id `after`, oldest first, through the caller's client. */
async function keysFor(
  prisma: Reader,
  type: ImportableType,
  scope: Scope,
  after: number,
): Promise<{ id: number; key: string }[]> {
  const { area, areaPath } = scope;
  if (type === 'enterprises') {
    const where: Prisma.EnterpriseWhereInput = { ...(area ? { area: areaWithin(area, areaPath) } : {}) };
    return (
      await prisma.enterprise.findMany({
        where: { ...where, id: { gt: after } },
        select: { id: true, slug: true },
        orderBy: { id: 'asc' },
        take: BATCH,
      })
    ).map((r) => ({ id: r.id, key: r.slug }));
  }
  if (type === 'organisations') {
    return (
      await prisma.organisation.findMany({
        where: { id: { gt: after } },
        select: { id: true, orgId: true },
        orderBy: { id: 'asc' },
        take: BATCH,
      })
    ).map((r) => ({ id: r.id, key: r.orgId }));
  }
  if (type !== 'observations') return childKeys(prisma, type, { id: { gt: after } });
  if (scope.indicatorId === null) return []; // an indicator the reader cannot see has no rows for it
  const where: Prisma.ObservationWhereInput = {
    ...(scope.indicatorId !== undefined ? { indicatorId: scope.indicatorId } : {}),
    ...(scope.areaIds ? { areaId: { in: scope.areaIds } } : {}),
  };
  return (
    await prisma.observation.findMany({
      where: { ...where, id: { gt: after } },
      select: { id: true, key: true },
      orderBy: { id: 'asc' },
      take: BATCH,
    })
  ).map((r) => ({ id: r.id, key: r.key }));
}

type ChildType = Exclude<ImportableType, 'enterprises' | 'organisations' | 'observations'>;

/** A child record's stored key from its key fields' values, as the record type makes it. */
const keyOf = (type: ChildType, id: number, fields: Record<string, unknown>) => ({
  id,
  key: compoundKey(keyFieldsOf(IMPORTABLE[type]).map((f) => fields[f])),
});

/** The next batch of child records' keys (their key fields, the parent's by its slug). */
async function childKeys(prisma: Reader, type: ChildType, where: { id: { gt: number } }) {
  const page = { where, orderBy: { id: 'asc' as const }, take: BATCH };
  const enterprise = { select: { slug: true } };
  const programme = { select: { slug: true } };
  switch (type) {
    case 'assessments':
      return (await prisma.assessment.findMany({ ...page, select: { id: true, fiscalYear: true, enterprise } })).map(
        (r) => keyOf(type, r.id, { ...r, enterprise: r.enterprise.slug }),
      );
    case 'awards':
      return (
        await prisma.award.findMany({
          ...page,
          select: { id: true, level: true, year: true, contestEn: true, enterprise },
        })
      ).map((r) => keyOf(type, r.id, { ...r, enterprise: r.enterprise.slug }));
    case 'certifications':
      return (
        await prisma.certification.findMany({ ...page, select: { id: true, standard: true, year: true, enterprise } })
      ).map((r) => keyOf(type, r.id, { ...r, enterprise: r.enterprise.slug }));
    case 'budgetLines':
      return (
        await prisma.budgetLine.findMany({ ...page, select: { id: true, kind: true, fiscalYear: true, programme } })
      ).map((r) => keyOf(type, r.id, { ...r, programme: r.programme.slug }));
    case 'activities':
      return (await prisma.activity.findMany({ ...page, select: { id: true, slug: true } })).map((r) =>
        keyOf(type, r.id, r),
      );
  }
}

const cell = (v: unknown) => (Array.isArray(v) ? v.join('; ') : (v ?? ''));

/**
 * The export's rows as cell arrays in column order, a batch at a time (two statements per batch),
 * so memory holds one batch whatever the size of the table.
 */
async function* batchesOf(
  client: PrismaClient,
  prisma: Reader,
  type: ImportableType,
  params: URLSearchParams,
): AsyncGenerator<unknown[][]> {
  const record = IMPORTABLE[type];
  let after = 0;
  const scope = await scopeOf(client, prisma, type, params);
  for (let sent = 0; sent < MAX_ROWS;) {
    const keys = (await keysFor(prisma, type, scope, after)).slice(0, MAX_ROWS - sent);
    if (!keys.length) return;
    after = keys.at(-1)!.id;
    sent += keys.length;
    const rows = await record.readMany!(
      prisma,
      keys.map((k) => k.key),
    );
    const batch: unknown[][] = [];
    for (const { key } of keys) {
      const row = rows.get(key) as Record<string, unknown> | undefined;
      if (row) batch.push(record.columns.map((c) => cell(row[c])));
    }
    yield batch;
  }
}

/** CSV through csv-stringify's stream, pulled row by row as the client reads; formulas neutralised. */
function csvStream(columns: readonly string[], batches: AsyncIterable<unknown[][]>): Readable {
  async function* rows() {
    for await (const batch of batches) for (const row of batch) yield row.map(neutraliseFormula);
  }
  // A byte-order mark, so spreadsheet programs read the Thai text as UTF-8.
  return Readable.from(rows()).pipe(stringify({ bom: true, header: true, columns: [...columns] }));
}

/** A workbook written by exceljs's streaming writer; it waits between batches while the client is behind. */
function xlsxStream(name: string, columns: readonly string[], batches: AsyncIterable<unknown[][]>): Readable {
  const out = new PassThrough();
  async function* paced() {
    for await (const batch of batches) {
      yield batch;
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
    }
  }
  streamXlsx(out, name, columns, paced()).catch((error: Error) => out.destroy(error));
  return out;
}

export function useExport(prisma: PrismaClient): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const match = /^\/export\/(\w+)\.(csv|xlsx)$/.exec(url.pathname);
      const type = match && EXPORTABLE.find((t) => t === match[1]);
      if (request.method !== 'GET' || !match || !type) return;
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
      const columns = [...IMPORTABLE[type].columns];
      const reader = drafts ? staffReader(prisma) : publicReader(prisma);
      const batches = batchesOf(prisma, reader, type, url.searchParams);
      const headers = {
        'Content-Disposition': `attachment; filename="${type}.${format}"`,
        'Cache-Control': drafts ? 'private, no-store' : 'public, max-age=60',
        'Access-Control-Allow-Origin': '*',
      };
      const body = format === 'csv' ? csvStream(columns, batches) : xlsxStream(type, columns, batches);
      endResponse(
        new Response(Readable.toWeb(body) as ReadableStream, {
          headers: {
            ...headers,
            'Content-Type':
              format === 'csv'
                ? 'text/csv; charset=utf-8'
                : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
        }),
      );
    },
  };
}
