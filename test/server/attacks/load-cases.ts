/**
 * Every attack case, from every `*.cases.ts` file beside this one (each exports `cases`), for the
 * attack suite and `npm run bench`. Read from the folder, so a new file needs no import line.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AttackCase } from './attack-case.ts';

const DIR = path.dirname(fileURLToPath(import.meta.url));

export interface CaseFile {
  /** The file's name without `.cases.ts`, e.g. `http`. */
  group: string;
  cases: AttackCase[];
}

export async function loadAttackCases(): Promise<CaseFile[]> {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.cases.ts'))
    .sort();
  const loaded: CaseFile[] = [];
  for (const file of files) {
    const mod = (await import(path.join(DIR, file))) as { cases?: AttackCase[] };
    if (!Array.isArray(mod.cases)) throw new Error(`${file} must export \`cases: AttackCase[]\``);
    loaded.push({ group: file.replace(/\.cases\.ts$/, ''), cases: mod.cases });
  }
  return loaded;
}
