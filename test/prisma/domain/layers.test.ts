/**
 * The layers around the pure domain module: widgets import nothing outside `widgets/` but
 * `prisma/domain/` (and npm packages), and `prisma/domain/` imports nothing but itself, so it
 * runs unchanged in the server, the schema and a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';

/** Build scripts run in Node at build time and are not shipped; the widget rule is about what is. */
const WIDGET_BUILD_TOOLS = new Set(['widgets/build.ts', 'widgets/size-budget.ts', 'widgets/typegen.ts']);
const DOMAIN = 'prisma/domain/';

function tsFilesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Every module specifier a file names: static imports and re-exports (types too) and dynamic imports. */
export function specifiersOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found = [
    ...code.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]!);
}

/** Each import of a file as `{ specifier, target }`; target is the repository path for a relative one. */
function importsOf(file: string): { specifier: string; target: string | null }[] {
  return specifiersOf(readFileSync(path.join(ROOT, file), 'utf8')).map((specifier) => ({
    specifier,
    target: specifier.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
      : null,
  }));
}

describe('layers', () => {
  it('reads static, type, re-export and dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "import './side-effect.ts';",
      "const { d } = await import('./d.ts');",
      "// import { e } from './not-code.ts';",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['./a.ts', '../b.ts', './c.ts', './side-effect.ts', './d.ts']);
  });

  it('widgets import nothing outside widgets/ but prisma/domain/ and npm packages', () => {
    const files = tsFilesUnder('widgets').filter((f) => !WIDGET_BUILD_TOOLS.has(f));
    expect(files).toContain('widgets/table/table.component.ts');
    const outside = files.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier, target }) =>
          target === null
            ? specifier.startsWith('node:')
            : !target.startsWith('widgets/') && !target.startsWith(DOMAIN),
        )
        .map(({ specifier }) => `${file} → ${specifier}`),
    );
    expect(outside).toEqual([]);
    // The rule has something to hold: widgets do take their labels and calendar from the domain.
    expect(importsOf('widgets/table/observations.ts').map((i) => i.target)).toContain(`${DOMAIN}labels.ts`);
  });

  it('prisma/domain/ imports nothing but itself (no packages, no Node built-ins)', () => {
    const files = tsFilesUnder(DOMAIN);
    expect(files.length).toBeGreaterThan(0);
    const outside = files.flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target === null || !target.startsWith(DOMAIN))
        .map(({ specifier }) => `${file} → ${specifier}`),
    );
    expect(outside).toEqual([]);
  });

  it('prisma/domain/ uses no globals a browser lacks', () => {
    const nodeOnly = /\b(process|Buffer|require|__dirname|__filename|global)\b/;
    const offenders = tsFilesUnder(DOMAIN).filter((file) =>
      nodeOnly.test(readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offenders).toEqual([]);
  });
});
