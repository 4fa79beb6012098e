/**
 * Attacks on the data paths by a rogue or careless editor (issue 8, findings 7, 10, 13, 28):
 * formula payloads that must come out of exports inert, hostile uploads (zip bombs, oversized
 * files, too many rows, damaged workbooks, invalid UTF-8) that must be refused by a coded problem
 * naming the limit, and values no record may hold (`javascript:` URLs, negative sales).
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import unzipper from 'unzipper';
import { xlsxBomb } from '../../helpers/zip.ts';
import { errorCodes, viaFetch, type AttackCase, type AttackContext, type AttackResponse } from './attack-case.ts';

const FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|A0', '-2+3', '\t=1+1', '\r=1+1'];
const FORMULA_START = /^[=+\-@\t\r]/;
const SOURCE = '004_601cdb5170b81ab9';

const gql = (ctx: AttackContext, query: string, variables: Record<string, unknown> = {}) =>
  viaFetch(`${ctx.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.editorToken}` },
    body: JSON.stringify({ query, variables }),
  });

/** A multipart import (GraphQL multipart request spec), as the staff UI sends it. */
const upload = (ctx: AttackContext, fileName: string, data: Buffer | string) => {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query: 'mutation($file: File!) { importFile(file: $file, dryRun: true) { problems { code messageEn } sheets { rows } } }',
      variables: { file: null },
    }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), fileName);
  return viaFetch(`${ctx.base}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ctx.editorToken}` },
    body: form,
  });
};

const problemsOf = (res: AttackResponse): { code: string; messageEn: string }[] =>
  JSON.parse(res.body).data?.importFile?.problems ?? [];

/** Creates organisations named with each formula payload; returns their org-ids. */
async function formulaOrganisations(ctx: AttackContext): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, name] of FORMULAS.entries()) {
    const orgId = `XI-ATTACK-F${randomUUID().slice(0, 8).toUpperCase()}${i}`;
    const res = await gql(
      ctx,
      'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { errors { path } } }',
      { input: { orgId, kind: 'FOUNDATION', nameTh: name, nameEn: name, acronymEn: name, sources: [SOURCE], publication: 'PUBLISHED' } },
    );
    expect(JSON.parse(res.body).data.createOrganisation.errors).toEqual([]);
    ids.push(orgId);
  }
  return ids;
}

let formulaIds: string[] = [];
// Built once, here, so the time of a case is the server's answer, not the building of the file.
const BOMB = xlsxBomb(120 * 1024 * 1024);
const LYING_BOMB = xlsxBomb(120 * 1024 * 1024, 1000);

export const cases: AttackCase[] = [
  {
    name: 'formula payload names (=HYPERLINK, +cmd|, @SUM, -2+3, tab, CR) come out of the CSV export neutralised',
    async send(ctx) {
      formulaIds = await formulaOrganisations(ctx);
      return viaFetch(`${ctx.base}/export/organisations.csv`, { headers: { authorization: `Bearer ${ctx.editorToken}` } });
    },
    check(res) {
      expect(res.status).toBe(200);
      const rows = parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
      const ours = rows.filter((r) => formulaIds.includes(r.orgId!));
      expect(ours).toHaveLength(FORMULAS.length);
      for (const row of ours) expect(row.nameEn!.startsWith("'")).toBe(true);
      for (const row of rows) for (const v of Object.values(row)) expect(v).not.toMatch(FORMULA_START);
    },
  },
  {
    name: 'formula payload names are stored as text, never formulas, in the XLSX export',
    async send(ctx) {
      if (!formulaIds.length) formulaIds = await formulaOrganisations(ctx);
      const res = await fetch(`${ctx.base}/export/organisations.xlsx`, {
        headers: { authorization: `Bearer ${ctx.editorToken}` },
      });
      const bytes = Buffer.from(await res.arrayBuffer());
      // The answer to check is the sheet's XML inside the workbook.
      const zip = await unzipper.Open.buffer(bytes);
      // The sheet, then its shared strings (where text cells keep their text).
      const part = async (path: string) => {
        const file = zip.files.find((f) => f.path === path);
        return file ? (await file.buffer()).toString('utf8') : '';
      };
      const body = `${await part('xl/worksheets/sheet1.xml')}\n${await part('xl/sharedStrings.xml')}`;
      return { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? '' }, body };
    },
    check(res) {
      expect(res.status).toBe(200);
      expect(res.body).toContain('<sheetData>');
      expect(res.body).not.toMatch(/<f[ >]/);
      expect(res.body).toContain('=HYPERLINK(&quot;http://evil.example&quot;');
      expect(res.body).toMatch(/<c [^>]*t="s"/);
      expect(res.body).not.toMatch(/t="(str|e)"/);
    },
  },
  {
    name: 'zip bomb XLSX (about 120 KB inflating to 120 MiB) is refused naming maxUncompressedBytes',
    send: (ctx) => upload(ctx, 'observations.xlsx', BOMB),
    check(res) {
      expect(problemsOf(res)).toEqual([
        expect.objectContaining({ code: 'UNCOMPRESSED_TOO_LARGE', messageEn: expect.stringMatching(/maxUncompressedBytes/) }),
      ]);
    },
  },
  {
    name: 'zip bomb XLSX whose headers understate its size is still refused by the bytes it inflates to',
    send: (ctx) => upload(ctx, 'observations.xlsx', LYING_BOMB),
    check(res) {
      expect(problemsOf(res)).toEqual([expect.objectContaining({ code: 'UNCOMPRESSED_TOO_LARGE' })]);
    },
  },
  {
    name: 'upload over the 10 MiB file limit stops being read: 413 naming the limit',
    send: (ctx) => upload(ctx, 'observations.csv', Buffer.alloc(10 * 1024 * 1024 + 1024, 0x41)),
    check(res) {
      expect(res.status).toBe(413);
      expect(errorCodes(res).join(',')).toMatch(/TOO_LARGE/);
      expect(res.body).toMatch(/10485760 bytes/);
    },
  },
  {
    name: 'CSV with 100,001 rows is refused naming maxRows',
    send: (ctx) => upload(ctx, 'observations.csv', 'indicator\n' + 'FOOD_BANK_MEALS\n'.repeat(100_001)),
    check(res) {
      expect(problemsOf(res)).toEqual([
        expect.objectContaining({ code: 'TOO_MANY_ROWS', messageEn: expect.stringMatching(/maxRows = 100000/) }),
      ]);
    },
  },
  {
    name: 'malformed XLSX (zip signature, then garbage) is refused as UNREADABLE_FILE',
    send: (ctx) => upload(ctx, 'observations.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(4000, 0xff)])),
    check(res) {
      expect(res.status).toBe(200);
      expect(problemsOf(res)).toEqual([expect.objectContaining({ code: 'UNREADABLE_FILE' })]);
    },
  },
  {
    name: 'CSV with invalid UTF-8 is refused as INVALID_ENCODING, not stored with replacement characters',
    send: (ctx) =>
      upload(
        ctx,
        'organisations.csv',
        Buffer.concat([
          Buffer.from('orgId,kind,nameTh,nameEn,sources\nXI-ATTACK-UTF8,FOUNDATION,'),
          Buffer.from([0xe0, 0xa4, 0x41, 0xc3, 0x28]),
          Buffer.from(`,Bad,${SOURCE}\n`),
        ]),
      ),
    check(res) {
      expect(problemsOf(res)).toEqual([expect.objectContaining({ code: 'INVALID_ENCODING' })]);
    },
  },
  {
    name: 'organisation url javascript:alert(1) is refused on the url field',
    send: (ctx) =>
      gql(ctx, 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { errors { path code } } }', {
        input: { orgId: 'XI-ATTACK-JSURL', kind: 'FOUNDATION', nameTh: 'ก', nameEn: 'A', url: 'javascript:alert(1)', sources: [SOURCE] },
      }),
    check(res) {
      expect(JSON.parse(res.body).data.createOrganisation.errors).toEqual([{ path: 'url', code: 'INVALID' }]);
    },
  },
  {
    name: 'organisation url data:text/html in an update is refused on the url field',
    send: (ctx) =>
      gql(
        ctx,
        'mutation { updateOrganisation(orgId: "TH-GOV-CDD", patch: { url: "data:text/html,<script>alert(1)</script>" }) { errors { path code } } }',
      ),
    check(res) {
      expect(JSON.parse(res.body).data.updateOrganisation.errors).toEqual([{ path: 'url', code: 'INVALID' }]);
    },
  },
  {
    name: 'negative fair sales are refused naming the field and the allowsNegative rule',
    send: (ctx) =>
      gql(
        ctx,
        'mutation { upsertObservations(observations: [{ indicator: "STIMULUS_FAIR_SALES", value: -1000000, periodStart: "2024-01-01", periodEnd: "2024-01-31", source: "003_4a541e27cee69d2e" }]) { created errors { path code messageEn } } }',
      ),
    check(res) {
      const payload = JSON.parse(res.body).data.upsertObservations;
      expect(payload.created).toBe(0);
      expect(payload.errors).toEqual([
        expect.objectContaining({ path: 'observations.0.value', code: 'OUT_OF_RANGE', messageEn: expect.stringMatching(/allowsNegative/) }),
      ]);
    },
  },
];
