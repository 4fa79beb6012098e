/**
 * The `as never` and `as unknown as` casts in the source folders: each one tells the compiler to
 * stop checking where one layer hands a value to another. Counted by the ratchet in
 * test/layers/casts.test.ts; `npx tsx test/helpers/casts.ts` lists them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LAYERS, sourceFiles } from './import-graph.ts';
import { ROOT } from './paths.ts';

const CAST = /\bas\s+never\b|\bas\s+unknown\s+as\b/g;

export interface Cast {
  /** File relative to the repository root. */
  file: string;
  line: number;
  text: string;
}

/** The casts in a source text, by line (comments count too: a cast commented out is still one to read). */
export function castsInText(source: string): { line: number; text: string }[] {
  return source
    .split('\n')
    .flatMap((text, i) => [...text.matchAll(CAST)].map(() => ({ line: i + 1, text: text.trim() })));
}

/** Every cast in server/, schema/, prisma/ and widgets/ (generated code, builds and .d.ts files left out). */
export function casts(): Cast[] {
  return LAYERS.flatMap((layer) => sourceFiles(layer)).flatMap((file) =>
    castsInText(readFileSync(path.join(ROOT, file), 'utf8')).map((c) => ({ file, ...c })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = casts();
  for (const c of all) console.log(`${c.file}:${c.line}: ${c.text}`);
  console.log(`total ${all.length}`);
}
