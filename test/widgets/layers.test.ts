/**
 * The layers point one way: widgets/ imports nothing from server/, schema/ or prisma/ (only the
 * pure domain folder, shared by all), and server/, schema/ and prisma/ import nothing from
 * widgets/ (the server reads the widget build's manifest instead). Widgets may still read the
 * printed SDL as a file, to type their documents (widgets/typegen.ts). What widgets/ may import is
 * checked in test/prisma/domain/layers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from '../helpers/import-graph.ts';

describe('import layers', () => {
  it('the checker sees imports (widgets/index.ts imports the registry)', () => {
    expect(importsOf('widgets/index.ts').map((e) => e.to)).toContain('widgets/elements.ts');
  });

  it.each(['server', 'schema', 'prisma'])('%s/ imports nothing from widgets/', (layer) => {
    const into = sourceFiles(layer)
      .flatMap(importsOf)
      .filter((e) => e.to.startsWith('widgets/'));
    expect(into.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });
});
