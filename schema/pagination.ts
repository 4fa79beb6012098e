/** Page-size rules shared by every connection. */
import { GraphQLError, defaultFieldResolver, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';

/** The largest page any connection returns. */
export const MAX_PAGE_SIZE = 100;

/**
 * Checks `first`/`last` and returns the cap. Asking for more than the cap is an error, not a
 * silent truncation: a client that asked for 1000 rows and got 100 would think it has them all.
 */
export function pageSize(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`Argument "${name}" must be between 0 and ${MAX_PAGE_SIZE}; got ${value}.`, {
        extensions: { code: 'BAD_USER_INPUT', argument: name, max: MAX_PAGE_SIZE },
      });
    }
  }
  return MAX_PAGE_SIZE;
}

/**
 * Wraps every connection field (its type ends in `Connection`) so that out-of-range page sizes fail with
 * `BAD_USER_INPUT` before the resolver runs. One place, so no connection can forget the rule.
 */
export function guardPageSizes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!getNamedType(field.type).name.endsWith('Connection')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        pageSize(args as { first?: number | null; last?: number | null });
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
