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

/**
 * Wraps every field whose `filter` argument has an `area` so that an unknown area code fails with
 * NOT_FOUND naming the code, instead of quietly matching nothing. Look-ups are batched per request.
 */
export function guardAreaCodes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const filterArg = field.args.find((a) => a.name === 'filter');
      const filterType = filterArg && getNamedType(filterArg.type);
      if (!filterType || !isInputObjectType(filterType) || !filterType.getFields().area) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context: Context, info) => {
        const code = (args as { filter?: { area?: string | null } | null }).filter?.area;
        if (code != null && !(await context.loaders.areaScope.load(code))) {
          throw new GraphQLError(`No area with code "${code}" (argument filter.area).`, {
            extensions: { code: 'NOT_FOUND', argument: 'filter.area' },
          });
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
