/**
 * The layers point one way: widgets/ imports nothing from server/, schema/ or prisma/ (only the
 * pure domain folder, shared by all), and server/, schema/ and prisma/ import nothing from
 * widgets/ (the server reads the widget build's manifest instead). Widgets may still read the
 * printed SDL as a file, to type their documents (widgets/typegen.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from '../helpers/import-graph.ts';
import { ROOT } from '../helpers/paths.ts';

/** The pure domain modules (Thai calendar, labels, keys, search text): wherever they end up. */
const DOMAIN = ['domain/', 'prisma/domain/'];
/** Pure modules due to move into the domain folder: allowed only while they are still here. */
const MOVING = ['prisma/thai-calendar.ts'].filter((f) => existsSync(path.join(ROOT, f)));

const local = (to: string) => to.startsWith('.') || /^(server|schema|prisma|widgets|domain|test)\//.test(to);

describe('import layers', () => {
  it('the checker sees imports (widgets/index.ts imports the registry)', () => {
    expect(importsOf('widgets/index.ts').map((e) => e.to)).toContain('widgets/elements.ts');
  });

  it('widgets/ imports nothing outside widgets/ but packages and the domain folder', () => {
    const outside = sourceFiles('widgets')
      .flatMap(importsOf)
      .filter((e) => local(e.to) && !e.to.startsWith('widgets/'))
      .filter((e) => !DOMAIN.some((d) => e.to.startsWith(d)) && !MOVING.includes(e.to));
    expect(outside.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it.each(['server', 'schema', 'prisma'])('%s/ imports nothing from widgets/', (layer) => {
    const into = sourceFiles(layer)
      .flatMap(importsOf)
      .filter((e) => e.to.startsWith('widgets/'));
    expect(into.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });
});
