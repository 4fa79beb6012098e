/**
 * `npm run size`: checks the built widgets against the size budget and fails when it is exceeded.
 * Budget (gzip): the loader ≤ 3 KB; the loader plus any one element with everything it imports
 * (Lit, urql, d3 modules, shared chunks) ≤ 40 KB. Chunks shared by several elements are counted
 * in each element's total, since a page with only that element downloads them all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { WIDGETS_DIST } from './build.ts';
import { ELEMENTS } from './elements.ts';

export const LOADER_BUDGET = 3 * 1024;
export const ELEMENT_BUDGET = 40 * 1024;

export interface SizeReport {
  loader: number;
  elements: { name: string; gzip: number; files: string[] }[];
  problems: string[];
}

export function sizeReport(dist = WIDGETS_DIST): SizeReport {
  const meta = JSON.parse(readFileSync(path.join(dist, 'meta.json'), 'utf8')) as Metafile;
  const root = path.dirname(dist);
  const gz = new Map<string, number>();
  const gzipOf = (out: string) => {
    let n = gz.get(out);
    if (n === undefined)
      gz.set(
        out,
        (n = gzipSync(readFileSync(path.resolve(out.startsWith('dist/') ? path.join(root, '..', out) : out)), {
          level: 9,
        }).length),
      );
    return n;
  };
  const outputs = meta.outputs;
  const loaderKey = Object.keys(outputs).find((k) => k.endsWith('widgets/phalang.js'))!;
  // Everything an output pulls in statically (what the browser must fetch before it runs).
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imp of outputs[key]!.imports) if (imp.kind === 'import-statement') closure(imp.path, seen);
    return seen;
  };
  const loaderFiles = closure(loaderKey);
  const loader = [...loaderFiles].reduce((n, f) => n + gzipOf(f), 0);
  const elements = outputs[loaderKey]!.imports.filter((imp) => imp.kind === 'dynamic-import').map((imp) => {
    const files = new Set([...loaderFiles, ...closure(imp.path)]);
    return {
      name: path.basename(imp.path).replace(/-[A-Z0-9]+\.js$/, ''),
      gzip: [...files].reduce((n, f) => n + gzipOf(f), 0),
      files: [...files],
    };
  });
  const problems: string[] = [];
  // Every element of the registry is measured: each is one lazily loaded chunk of the loader.
  const registered = Object.keys(ELEMENTS).length;
  if (elements.length !== registered)
    problems.push(
      `the loader loads ${elements.length} element chunks lazily, the registry lists ${registered} elements`,
    );
  if (loader > LOADER_BUDGET) problems.push(`loader is ${loader} B gzip, over its ${LOADER_BUDGET} B budget`);
  for (const e of elements) {
    if (e.gzip > ELEMENT_BUDGET)
      problems.push(`${e.name} with its dependencies is ${e.gzip} B gzip, over the ${ELEMENT_BUDGET} B budget`);
  }
  return { loader, elements, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = sizeReport();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`widget sizes (gzip): loader ${kb(report.loader)} (budget ${kb(LOADER_BUDGET)})`);
  for (const e of report.elements)
    console.log(`  loader + ${e.name.padEnd(12)} ${kb(e.gzip).padStart(8)}  (budget ${kb(ELEMENT_BUDGET)})`);
  if (report.problems.length) {
    console.error(`size budget exceeded:\n  ${report.problems.join('\n  ')}`);
    process.exit(1);
  }
}
