/**
 * Rules a reader sees where a field is defined, applied before its resolver runs:
 * - `pageSize` on an output field: `first`/`last` outside 0–MAX_PAGE_SIZE fail with
 *   BAD_USER_INPUT naming the argument. On by default for every connection: the builder sets it
 *   in relay's `defaultConnectionFieldOptions`, which `t.connection`, `t.prismaConnection` and
 *   `t.relatedConnection` all start from (a connection may still say `pageSize: false`).
 * - `references` on an input field: its codes must name existing records. Any field that takes
 *   the input object as an argument checks them and fails with NOT_FOUND naming `arg.field`,
 *   instead of quietly matching nothing.
 * Listed first among the builder's plugins, so its checks wrap every other plugin's.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import '@pothos/plugin-relay';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import type { Context } from '../context.ts';
import { REFERENCE_RULES, type ReferenceKind } from '../filter-references.ts';
import { pageSize } from '../pagination.ts';

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      fieldRules: PothosFieldRulesPlugin<Types>;
    }
    interface FieldOptions<Types extends SchemaTypes = SchemaTypes> {
      /**
       * Refuse `first`/`last` outside 0–MAX_PAGE_SIZE with BAD_USER_INPUT before resolving.
       * @default true on connections, false elsewhere
       */
      pageSize?: boolean;
    }
    interface InputFieldOptions<Types extends SchemaTypes = SchemaTypes> {
      /** The codes in this field must name existing records of this kind (NOT_FOUND otherwise). */
      references?: ReferenceKind;
    }
  }
}

const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds, across all pages (after filters).';
const KIND_ORDER = Object.keys(REFERENCE_RULES) as ReferenceKind[];

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types['Context'], object>;

export class PothosFieldRulesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    // plugin-prisma adds `totalCount` to connections without a description; say what it counts.
    if (fieldConfig.extensions?.pothosPrismaTotalCount && !fieldConfig.description)
      return { ...fieldConfig, description: TOTAL_COUNT_DESCRIPTION };
    return fieldConfig;
  }

  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    const checkPageSize = !!fieldConfig.pothosOptions.pageSize;
    const references = this.referencesOf(fieldConfig);
    if (!checkPageSize && !references.length) return resolver;
    return (parent, args, context, info) => {
      const run = () => {
        if (checkPageSize) pageSize(args as { first?: number | null; last?: number | null });
        return resolver(parent, args, context, info);
      };
      if (!references.length) return run();
      // References first: a filter naming nothing is the more useful error of the two.
      return unknownReference(references, args as Record<string, unknown>, context as Context).then((error) => {
        if (error) throw error;
        return run();
      });
    };
  }

  /** `[argument, field, kind]` for each input field with `references`, among this field's input-object arguments. */
  private referencesOf(fieldConfig: PothosOutputFieldConfig<Types>): [string, string, ReferenceKind][] {
    const found: [string, string, ReferenceKind][] = [];
    for (const [argName, arg] of Object.entries(fieldConfig.args)) {
      if (arg.type.kind !== 'InputObject') continue;
      for (const [name, field] of Object.entries(this.buildCache.getInputTypeFieldConfigs(arg.type.ref))) {
        const kind = (field.pothosOptions as { references?: ReferenceKind }).references;
        if (kind) found.push([argName, name, kind]);
      }
    }
    return found.sort((a, b) => KIND_ORDER.indexOf(a[2]) - KIND_ORDER.indexOf(b[2]));
  }
}

/** The first code in the arguments that names nothing, as a NOT_FOUND error; null when all exist. */
async function unknownReference(
  references: [string, string, ReferenceKind][],
  args: Record<string, unknown>,
  ctx: Context,
): Promise<GraphQLError | null> {
  for (const [argName, name, kind] of references) {
    const value = (args[argName] as Record<string, unknown> | null | undefined)?.[name];
    if (value == null) continue;
    const rule = REFERENCE_RULES[kind];
    for (const code of Array.isArray(value) ? (value as string[]) : [value as string]) {
      if (await rule.exists(code, ctx)) continue;
      const argument = `${argName}.${name}`;
      return new GraphQLError(`No ${rule.what} "${code}" (argument ${argument}).`, {
        extensions: { code: 'NOT_FOUND', argument },
      });
    }
  }
  return null;
}

const pluginName = 'fieldRules';
SchemaBuilder.registerPlugin(pluginName, PothosFieldRulesPlugin);
export default pluginName;
