/**
 * The one list of Phalang elements: tag → its code (loaded lazily), the height a snippet reserves
 * for it, and the persisted documents it sends. Read by the loader (index.ts), the build (which
 * copies everything but the loaders into the build manifest, where the server's /embed gallery
 * reads it), the size budget and the tests. Adding an element = its folder + one line here.
 */
export interface ElementEntry {
  /** Loads the module that defines the element. */
  load: () => Promise<unknown>;
  /** Default height in CSS pixels: snippets reserve it so the host page never moves. */
  height: number;
  /** Operation names of the persisted documents the element sends (see its `.graphql.ts`). */
  documents: readonly string[];
}

export const ELEMENTS = {
  'phalang-kpi': { load: () => import('./kpi/kpi.ts'), height: 176, documents: ['WidgetIndicatorKpi'] },
  'phalang-bar-chart': {
    load: () => import('./bar-chart/bar-chart.ts'),
    height: 320,
    documents: ['WidgetIndicatorSeries'],
  },
  'phalang-line-chart': {
    load: () => import('./line-chart/line-chart.ts'),
    height: 320,
    documents: ['WidgetIndicatorSeries'],
  },
  'phalang-donut': { load: () => import('./donut/donut.ts'), height: 320, documents: ['WidgetIndicatorSeries'] },
  'phalang-table': {
    load: () => import('./table/table.ts'),
    height: 420,
    documents: ['WidgetIndicatorObservations', 'WidgetEnterpriseList'],
  },
  'phalang-enterprise-list': {
    load: () => import('./enterprise-list/enterprise-list.ts'),
    height: 420,
    documents: ['WidgetEnterpriseList'],
  },
} satisfies Record<string, ElementEntry>;

export type ElementTag = keyof typeof ELEMENTS;
