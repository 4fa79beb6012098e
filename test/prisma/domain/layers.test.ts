/**
 * The layers around the pure domain module: widgets import nothing outside `widgets/` but
 * `prisma/domain/` (and npm packages), and `prisma/domain/` imports nothing but itself, so it
 * runs unchanged in the server, the schema and a browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, specifiersOf } from '../../helpers/import-graph.ts';
import { ROOT } from '../../helpers/paths.ts';

/** Build scripts run in Node at build time and are not shipped; the widget rule is about what is. */
const WIDGET_BUILD_TOOLS = new Set(['widgets/build.ts', 'widgets/size-budget.ts', 'widgets/typegen.ts']);
const DOMAIN = 'prisma/domain/';
const relative = (specifier: string) => specifier.startsWith('.');

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
    expect(specifiersOf(source).map((s) => s.specifier)).toEqual([
      './a.ts',
      '../b.ts',
      './c.ts',
      './side-effect.ts',
      './d.ts',
    ]);
  });

  it('widgets import nothing outside widgets/ but prisma/domain/ and npm packages', () => {
    const files = sourceFiles('widgets').filter((f) => !WIDGET_BUILD_TOOLS.has(f));
    expect(files).toContain('widgets/table/table.component.ts');
    const outside = files.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier, to }) =>
          relative(specifier) ? !to.startsWith('widgets/') && !to.startsWith(DOMAIN) : specifier.startsWith('node:'),
        )
        .map(({ specifier }) => `${file} → ${specifier}`),
    );
    expect(outside).toEqual([]);
    // The rule has something to hold: widgets do take their labels and calendar from the domain.
    expect(importsOf('widgets/table/observations.ts').map((i) => i.to)).toContain(`${DOMAIN}labels.ts`);
  });

  it('prisma/domain/ imports nothing but itself (no packages, no Node built-ins)', () => {
    const files = sourceFiles('prisma/domain');
    expect(files.length).toBeGreaterThan(0);
    const outside = files.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier, to }) => !relative(specifier) || !to.startsWith(DOMAIN))
        .map(({ specifier }) => `${file} → ${specifier}`),
    );
    expect(outside).toEqual([]);
  });

  it('prisma/domain/ uses no globals a browser lacks', () => {
    const nodeOnly = /\b(process|Buffer|require|__dirname|__filename|global)\b/;
    const offenders = sourceFiles('prisma/domain').filter((file) =>
      nodeOnly.test(readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offenders).toEqual([]);
  });
});
