/**
 * `npm run build`: bundles the widgets into dist/widgets/ — the loader `phalang.js` (a stable URL
 * that partners paste) and content-hashed chunks, one per element plus the code they share, so
 * shared code (Lit, urql) loads once per page. Also writes the build manifest (the persisted
 * documents and the element registry, which the server reads instead of importing widgets/) and
 * custom-elements.json.
 */
import { build, type Metafile } from 'esbuild';
import { buildSchema, parse, validate, Kind } from 'graphql';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PersistedDocument } from './base/graphql.ts';
import { ELEMENTS } from './elements.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WIDGETS_DIST = path.join(ROOT, 'dist', 'widgets');
/** Read by the server (server/widget-manifest.ts); not published. */
export const BUILD_MANIFEST = path.join(WIDGETS_DIST, 'build-manifest.json');

/** The build manifest's shape (the server declares the same shape where it reads it). */
export interface BuildManifest {
  documents: { id: string; name: string; text: string; tags: readonly string[] }[];
  elements: { tag: string; height: number; documents: readonly string[] }[];
  /** The `.graphql.ts` files the documents came from (relative paths), for staleness checks. */
  sources: string[];
}

export const documentIdOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Every persisted document: the values exported by the `.graphql.ts` modules under widgets/. */
export async function persistedDocuments(): Promise<{ file: string; document: PersistedDocument }[]> {
  const files = readdirSync(path.join(ROOT, 'widgets'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.graphql.ts'))
    .map((f) => `widgets/${f.split(path.sep).join('/')}`)
    .sort();
  const found: { file: string; document: PersistedDocument }[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(ROOT, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const d = value as Partial<PersistedDocument>;
      if (typeof d?.name === 'string' && typeof d.text === 'string' && Array.isArray(d.tags))
        found.push({ file, document: d as PersistedDocument });
    }
  }
  return found;
}

/**
 * The manifest, checked: each document parses, is named as it says, and is valid against the
 * printed SDL (tsc checks the same through gql.tada; this also guards the text actually sent), and
 * each element sends only documents that exist.
 */
export async function buildManifest(): Promise<BuildManifest> {
  const schema = buildSchema(readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
  const found = await persistedDocuments();
  const problems: string[] = [];
  const names = new Set<string>();
  for (const { file, document } of found) {
    const parsed = parse(document.text);
    const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operation?.name?.value !== document.name)
      problems.push(`${file}: ${document.name} names operation ${operation?.name?.value}`);
    for (const e of validate(schema, parsed)) problems.push(`${file}: ${e.message}`);
    if (names.has(document.name)) problems.push(`${file}: ${document.name} is persisted twice`);
    names.add(document.name);
  }
  const elements = Object.entries(ELEMENTS).map(([tag, e]) => ({ tag, height: e.height, documents: e.documents }));
  for (const e of elements)
    for (const name of e.documents)
      if (!names.has(name)) problems.push(`<${e.tag}> sends ${name}, which no .graphql.ts persists`);
  if (problems.length) throw new Error(`widget documents:\n  ${problems.join('\n  ')}`);
  return {
    documents: found.map(({ document: d }) => ({ id: documentIdOf(d.text), name: d.name, text: d.text, tags: d.tags })),
    elements,
    sources: [...new Set(found.map((f) => f.file))],
  };
}

export async function buildWidgets(options: { quiet?: boolean } = {}): Promise<Metafile> {
  const manifest = await buildManifest();
  rmSync(WIDGETS_DIST, { recursive: true, force: true });
  mkdirSync(WIDGETS_DIST, { recursive: true });
  const ids = Object.fromEntries(manifest.documents.map((d) => [d.name, d.id]));
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
  writeFileSync(BUILD_MANIFEST, JSON.stringify(manifest, null, 2));
  writeManifest();
  return result.metafile;
}

/**
 * custom-elements.json, generated from the elements' JSDoc (`@attr`, `@event`, `@csspart`,
 * `@cssprop`) by @custom-elements-manifest/analyzer, minus internal state that the analyzer
 * mistakes for attributes.
 */
function writeManifest() {
  // Written where it is published: the analyzer also sets package.json's `customElements` to its
  // output path, which then already says this and is left alone.
  const out = WIDGETS_DIST;
  const run = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'cem'),
    [
      'analyze',
      '--litelement',
      '--globs',
      'widgets/*/*.ts',
      '--exclude',
      'widgets/base/client.ts',
      '--exclude',
      'widgets/*/*.graphql.ts',
      '--exclude',
      'widgets/base/graphql.ts',
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
  writeFileSync(path.join(out, 'custom-elements.json'), JSON.stringify(manifest, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--if-missing` (npm's prestart): a fresh clone builds once, so `npm start` is all it takes.
  if (
    process.argv.includes('--if-missing') &&
    existsSync(BUILD_MANIFEST) &&
    existsSync(path.join(WIDGETS_DIST, 'phalang.js'))
  ) {
    process.exit(0);
  }
  await buildWidgets({ quiet: process.argv.includes('--if-missing') });
}
