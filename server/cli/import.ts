/**
 * `npm run import -- file.xlsx [--dry-run] [--type enterprises|organisations|observations|assessments|awards|certifications|budgetLines|activities] [--as "name"]`
 * Checks every row first; writes all of them in one transaction, or none. Exit code 1 when the
 * file has problems (listed by sheet, row and column).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPrisma } from '../../prisma/client.ts';
import { IMPORTABLE, importFile, type ImportableType } from '../../prisma/import/import-file.ts';
import { migrate } from '../../prisma/migrate.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean' }, type: { type: 'string' }, as: { type: 'string' } },
});
const [file] = positionals;
if (!file) {
  console.error(
    `usage: npm run import -- <file.csv|file.xlsx> [--dry-run] [--type ${Object.keys(IMPORTABLE).join('|')}]`,
  );
  process.exit(2);
}
if (values.type && !(values.type in IMPORTABLE)) {
  console.error(`import: --type must be one of ${Object.keys(IMPORTABLE).join(', ')}`);
  process.exit(2);
}

await migrate();
const prisma = createPrisma();
const started = performance.now();
try {
  const report = await importFile(prisma, {
    fileName: file,
    data: readFileSync(file),
    dryRun: values['dry-run'],
    type: values.type as ImportableType | undefined,
    actor: { name: values.as ?? 'import (command line)' },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.problems.length) {
    console.error(`import: ${file} has ${report.problems.length} problem(s); nothing was written.`);
    for (const p of report.problems) {
      console.error(
        `  ${p.sheet} row ${p.row}${p.column ? ` column ${p.column}` : ''}: ${p.messageEn} / ${p.messageTh}`,
      );
    }
    process.exitCode = 1;
  } else {
    for (const s of report.sheets) {
      console.log(
        `${s.sheet} (${s.type}): ${s.rows} rows — ${s.created} new, ${s.updated} changed, ${s.unchanged} unchanged`,
      );
    }
    console.log(report.dryRun ? `dry run: nothing written (${seconds} s)` : `imported in ${seconds} s`);
  }
} finally {
  await prisma.$disconnect();
}
