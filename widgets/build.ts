/**
 * `npm run build`: bundles the widgets into dist/widgets/ — the loader `phalang.js` (a stable URL
 * that partners paste) and content-hashed chunks, one per element plus the code they share, so
 * shared code (Lit, urql) loads once per page. Also writes a size report.
 */
import { build, type Metafile } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentIdOf } from '../server/public-read/persisted-documents.ts';
import { WIDGET_DOCUMENTS } from './documents.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WIDGETS_DIST = path.join(ROOT, 'dist', 'widgets');

export async function buildWidgets(options: { quiet?: boolean } = {}): Promise<Metafile> {
  rmSync(WIDGETS_DIST, { recursive: true, force: true });
  mkdirSync(WIDGETS_DIST, { recursive: true });
  const ids = Object.fromEntries(Object.entries(WIDGET_DOCUMENTS).map(([name, text]) => [name, documentIdOf(text)]));
  const result = await build({
    entryPoints: { phalang: path.join(ROOT, 'widgets', 'index.ts') },
    outdir: WIDGETS_DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2021'],
    minify: true,
    legalComments: 'none',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    define: { __PHALANG_DOCUMENT_IDS__: JSON.stringify(ids), 'process.env.NODE_ENV': '"production"' },
    logLevel: options.quiet ? 'warning' : 'info',
  });
  writeFileSync(path.join(WIDGETS_DIST, 'meta.json'), JSON.stringify(result.metafile));
  writeManifest();
  return result.metafile;
}

/**
 * custom-elements.json, generated from the elements' JSDoc (`@attr`, `@event`, `@csspart`,
 * `@cssprop`) by @custom-elements-manifest/analyzer, minus internal state that the analyzer
 * mistakes for attributes.
 */
function writeManifest() {
  const out = path.join(ROOT, '.tmp', 'cem');
  const run = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'cem'),
    [
      'analyze',
      '--litelement',
      '--globs',
      'widgets/*/*.ts',
      '--exclude',
      'widgets/base/client.ts',
      '--outdir',
      // Relative: the analyzer joins it to the working directory even when it is absolute.
      path.relative(ROOT, out),
      '--quiet',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`custom-elements manifest failed:\n${run.stderr}`);
  const manifest = JSON.parse(readFileSync(path.join(out, 'custom-elements.json'), 'utf8')) as {
    modules: {
      declarations?: { attributes?: { name: string }[]; events?: { name: string }[]; members?: { name: string }[] }[];
    }[];
  };
  const internal = new Set(['active', 'showTable', 'width', 'height']);
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      d.attributes = d.attributes?.filter((a) => !internal.has(a.name));
      d.events = d.events?.filter((e) => e.name.startsWith('phalang-'));
    }
  }
  writeFileSync(path.join(WIDGETS_DIST, 'custom-elements.json'), JSON.stringify(manifest, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWidgets();
}
