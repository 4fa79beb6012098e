/**
 * What a filter field may refer to, and how to tell that the record exists. Input fields opt in
 * with `references: '<kind>'` (see plugins/field-rules.ts); the check order is this table's order.
 */
import type { Context } from './context.ts';

export interface ReferenceRule {
  /** Names the record in the error: `No ${what} "X" (argument filter.area).` */
  what: string;
  /** Whether a record with this code exists for this caller (batched per request). */
  exists(code: string, ctx: Context): Promise<boolean>;
}

export const REFERENCE_RULES = {
  area: { what: 'area with code', exists: async (code, ctx) => !!(await ctx.loaders.areaScope.load(code)) },
  network: { what: 'network with slug', exists: (slug, ctx) => ctx.loaders.networkExists.load(slug) },
  businessType: {
    what: 'business type with code',
    exists: (code, ctx) => ctx.loaders.categoryExists.load(`BUSINESS_TYPE:${code}`),
  },
  category: { what: 'category with code', exists: (code, ctx) => ctx.loaders.categoryExists.load(code) },
} satisfies Record<string, ReferenceRule>;

export type ReferenceKind = keyof typeof REFERENCE_RULES;
