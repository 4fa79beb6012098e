/** Area filters: "this area and everything inside it", as a Prisma condition on an `Area` relation. */
import {
  GraphQLError,
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Prisma } from '../prisma/client.ts';
import type { Context } from './context.ts';
import { notFound } from './errors.ts';

/**
 * The area with this code, every area below it in the administrative hierarchy (its code is in
 * their materialised path), and for a grouping (a Bangkok district group, a province cluster) its
 * members and the two levels below them. Synchronous, so nested relation queries can use it.
 */
export function areaWithin(code: string): Prisma.AreaWhereInput {
  const inGroup = { memberOf: { some: { group: { code } } } };
  return {
    OR: [{ path: { contains: `/${code}/` } }, inGroup, { parent: inGroup }, { parent: { parent: inGroup } }],
  };
}

type FilterValue = {
  area?: string | null;
  network?: string | null;
  businessType?: string[] | null;
  category?: string[] | null;
};

/** The first reference in a filter that names nothing, as a NOT_FOUND error; null when all exist. */
async function unknownReference(filter: FilterValue, ctx: Context): Promise<GraphQLError | null> {
  if (filter.area != null && !(await ctx.loaders.areaScope.load(filter.area)))
    return notFound('area', filter.area, 'code', 'filter.area');
  if (filter.network != null && !(await ctx.loaders.networkExists.load(filter.network))) {
    return notFound('network', filter.network, 'slug', 'filter.network');
  }
  for (const code of filter.businessType ?? []) {
    if (!(await ctx.loaders.categoryExists.load(`BUSINESS_TYPE:${code}`)))
      return notFound('business type', code, 'code', 'filter.businessType');
  }
  for (const code of filter.category ?? []) {
    if (!(await ctx.loaders.categoryExists.load(code))) return notFound('category', code, 'code', 'filter.category');
  }
  return null;
}

/**
 * Wraps every field with a `filter` argument so that a filter naming an area, network, business
 * type or category that does not exist fails with NOT_FOUND naming it, instead of quietly
 * matching nothing. Look-ups are batched per request.
 */
export function guardFilterReferences(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const filterArg = field.args.find((a) => a.name === 'filter');
      const filterType = filterArg && getNamedType(filterArg.type);
      if (!filterType || !isInputObjectType(filterType)) continue;
      const fields = filterType.getFields();
      if (!fields.area && !fields.network && !fields.businessType && !fields.category) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context: Context, info) => {
        const filter = (args as { filter?: FilterValue | null }).filter;
        const error = filter ? await unknownReference(filter, context) : null;
        if (error) throw error;
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
