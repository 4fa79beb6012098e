/** Spreadsheet import through GraphQL (multipart upload), for staff with an EDITOR or ADMIN token. */
import { importFile, type ImportProblem, type ImportReport } from '../../prisma/import/import-file.ts';
import { builder } from '../builder.ts';
import { writerOf } from '../context.ts';

builder.scalarType('File', {
  description: 'A file sent as a multipart upload (GraphQL multipart request spec).',
  serialize: () => {
    throw new Error('File is an input-only scalar');
  },
});

const ImportType = builder.enumType('ImportType', {
  description: 'What an imported sheet holds.',
  values: {
    enterprises: { description: 'Enterprises (columns as in /export/enterprises.csv).' },
    organisations: { description: 'Organisations (columns as in /export/organisations.csv).' },
    observations: { description: 'Indicator values (columns as in /export/observations.csv).' },
    assessments: { description: "Enterprises' potential assessments (columns as in /export/assessments.csv)." },
    awards: { description: "Enterprises' contest awards (columns as in /export/awards.csv)." },
    certifications: { description: "Enterprises' certifications (columns as in /export/certifications.csv)." },
    budgetLines: { description: "Programmes' budget lines (columns as in /export/budgetLines.csv)." },
    activities: { description: "Programmes' activities (columns as in /export/activities.csv)." },
  },
});

const ImportProblemRef = builder.objectRef<ImportProblem>('ImportProblem').implement({
  description: 'A problem in an imported file, by sheet, row and column, in Thai and English.',
  fields: (t) => ({
    sheet: t.exposeString('sheet', { description: 'Sheet name (XLSX) or file name (CSV).' }),
    row: t.exposeInt('row', { description: 'Spreadsheet row number; the header is row 1.' }),
    column: t.exposeString('column', { description: 'Column name.' }),
    code: t.exposeString('code', { description: 'A stable code, as in FieldError.' }),
    messageTh: t.exposeString('messageTh', { description: 'The problem, in Thai.' }),
    messageEn: t.exposeString('messageEn', { description: 'The problem, in English.' }),
  }),
});

const ImportSheetRef = builder.objectRef<ImportReport['sheets'][number]>('ImportSheetResult').implement({
  description: 'What one sheet changed (or would change, in a dry run).',
  fields: (t) => ({
    sheet: t.exposeString('sheet', { description: 'Sheet name.' }),
    type: t.exposeString('type', { description: 'What the sheet held: a value of ImportType, e.g. `enterprises`.' }),
    rows: t.exposeInt('rows', { description: 'Rows read.' }),
    created: t.exposeInt('created', { description: 'New records.' }),
    updated: t.exposeInt('updated', { description: 'Changed records.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Rows equal to what is stored.' }),
  }),
});

const ImportReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
  description: 'The result of an import: every sheet written, or nothing and the problems.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'Whether this was only a check.' }),
    sheets: t.field({
      type: [ImportSheetRef],
      description: 'Per sheet counts; empty when refused.',
      resolve: (r) => r.sheets,
    }),
    problems: t.field({
      type: [ImportProblemRef],
      description: 'Why nothing was written; empty on success.',
      resolve: (r) => r.problems,
    }),
  }),
});

builder.mutationField('importFile', (t) =>
  t.field({
    type: ImportReportRef,
    authScopes: { editor: true },
    description:
      'Imports enterprises, organisations, observations, or the child records of enterprises and programmes (see ImportType) from a CSV or XLSX file (sheets named by type). All rows or none; the same file twice changes nothing.',
    args: {
      file: t.arg({ type: 'File', required: true, description: 'The .csv or .xlsx file.' }),
      dryRun: t.arg.boolean({ description: 'Check only; write nothing.' }),
      type: t.arg({
        type: ImportType,
        description: 'What every sheet holds, when the sheet or file names do not say.',
      }),
    },
    resolve: async (_root, { file, dryRun, type }, ctx) => {
      const report = await importFile(writerOf(ctx), {
        fileName: file.name,
        data: new Uint8Array(await file.arrayBuffer()),
        dryRun: !!dryRun,
        type: type ?? undefined,
        actor:
          ctx.auth.role === 'ANONYMOUS' ? { name: 'anonymous' } : { tokenId: ctx.auth.tokenId, name: ctx.auth.actor },
      });
      if (report.tags.length && !dryRun) ctx.invalidate(report.tags);
      return report;
    },
  }),
);
