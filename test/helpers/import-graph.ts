/**
 * The import edges between the top-level folders (server/, schema/, prisma/, widgets/ and the
 * rest), read from the source text: static imports, `export … from`, and dynamic `import()`.
 * Used by the layering test; `npx tsx test/helpers/import-graph.ts` prints the counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

export const LAYERS = ['server', 'schema', 'prisma', 'widgets'] as const;

export interface ImportEdge {
  /** Importing file, relative to the repository root with `/` separators. */
  from: string;
  /** The specifier as written, e.g. `./a.ts` or `node:fs`. */
  specifier: string;
  /** Imported file (relative imports) or package name. */
  to: string;
  /** `import type` / `export type`: erased before anything runs. */
  typeOnly: boolean;
}

const SKIP = new Set(['node_modules', 'generated', 'dist', '.tmp', '.git']);

export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : sourceFiles(rel);
    return /\.(ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

const IMPORT =
  /(?:^|[;\s])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The module specifiers a source text names, with whether each is type-only; comments are skipped. */
export function specifiersOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => ({ specifier: m[2] ?? m[3]!, typeOnly: !!m[1] }));
}

export function importsOf(file: string): ImportEdge[] {
  return specifiersOf(readFileSync(path.join(ROOT, file), 'utf8')).map(({ specifier, typeOnly }) => ({
    from: file,
    specifier,
    to: specifier.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
      : specifier,
    typeOnly,
  }));
}

export const layerOf = (file: string) => file.split('/')[0]!;

/** Edges from one of `LAYERS` into another, e.g. `server → widgets`. */
export function crossLayerEdges(): ImportEdge[] {
  return LAYERS.flatMap((layer) => sourceFiles(layer))
    .flatMap(importsOf)
    .filter((e) => e.to.includes('/') && !e.to.startsWith('@') && (LAYERS as readonly string[]).includes(layerOf(e.to)))
    .filter((e) => layerOf(e.from) !== layerOf(e.to));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = new Map<string, { all: number; typeOnly: number }>();
  for (const e of crossLayerEdges()) {
    const key = `${layerOf(e.from)} → ${layerOf(e.to)}`;
    const c = counts.get(key) ?? { all: 0, typeOnly: 0 };
    c.all++;
    if (e.typeOnly) c.typeOnly++;
    counts.set(key, c);
  }
  for (const [key, c] of [...counts].sort())
    console.log(`${key.padEnd(20)} ${String(c.all).padStart(3)}  (${c.typeOnly} type-only)`);
  const total = [...counts.values()].reduce((n, c) => n + c.all, 0);
  console.log(`total ${total}`);
  if (process.argv.includes('--list'))
    for (const e of crossLayerEdges()) console.log(`  ${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`);
}
