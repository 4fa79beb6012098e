/**
 * The field rules (schema/plugins/field-rules.ts) hold on every field they should, checked by
 * calling each field's resolver: every connection refuses an out-of-range `first`/`last`, and
 * every field taking an input object with area, network, business type or category codes refuses
 * a code that names nothing, both before the resolver does any work.
 */
import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../schema/context.ts';
import { schema } from '../../schema/index.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Coordinate = { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> };

const fields: Coordinate[] = Object.values(schema.getTypeMap())
  .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
  .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })));

/** A connection by its shape (edges and page info), whatever its name. */
const isConnection = ({ field }: Coordinate) => {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
};

/**
 * The filter fields that hold codes of other records, by the names every filter uses for them.
 * (Write inputs name records too; they answer with field errors, not this rule.)
 */
const REFERENCE_FIELDS = ['area', 'network', 'businessType', 'category'];
const referenceArgs = ({ field }: Coordinate) =>
  field.args.flatMap((arg) => {
    if (arg.name !== 'filter') return [];
    const type = getNamedType(arg.type);
    if (!isInputObjectType(type)) return [];
    return Object.values(type.getFields())
      .filter((f) => REFERENCE_FIELDS.includes(f.name))
      .map((f) => ({
        arg: arg.name,
        field: f.name,
        list: getNamedType(f.type) !== f.type && f.type.toString().includes('['),
      }));
  });

/** Calls a field's resolver as graphql-js would, and returns what it threw (or rejected with). */
async function errorOf({ type, field }: Coordinate, args: Record<string, unknown>) {
  const info = { fieldName: field.name, parentType: type, returnType: field.type, schema } as GraphQLResolveInfo;
  try {
    await field.resolve!({}, args, createContext(t.prisma), info);
    return null;
  } catch (error) {
    return error as { message: string; extensions?: Record<string, unknown> };
  }
}

describe('page-size rule', () => {
  const connections = fields.filter(isConnection);
  const names = connections.map(({ type, field }) => `${type.name}.${field.name}`);

  it('finds the connections, top-level and nested', () => {
    expect(names).toEqual(expect.arrayContaining(['Query.enterprises', 'Query.organisations', 'Network.members']));
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  it.each(
    connections.flatMap(
      (c) =>
        [
          [`${c.type.name}.${c.field.name}`, 'first', 101, c],
          [`${c.type.name}.${c.field.name}`, 'last', -1, c],
        ] as const,
    ),
  )('%s refuses %s: %i before resolving', async (_name, argument, value, coordinate) => {
    const error = await errorOf(coordinate, { [argument]: value });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, max: 100 });
    expect(error?.message).toBe(`Argument "${argument}" must be between 0 and 100; got ${value}.`);
  });
});

describe('filter-reference rule', () => {
  const filtered = fields.flatMap((c) => referenceArgs(c).map((ref) => ({ ...ref, coordinate: c })));
  const names = filtered.map(
    ({ coordinate: { type, field }, arg, field: name }) => `${type.name}.${field.name}(${arg}.${name})`,
  );

  it('finds every field taking codes of other records', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Query.enterprises(filter.area)',
        'Query.enterprises(filter.network)',
        'Query.enterpriseStats(filter.businessType)',
        'Indicator.observations(filter.category)',
        'Indicator.total(filter.area)',
      ]),
    );
  });

  it.each(filtered.map((f, i) => [names[i]!, f] as const))('%s refuses a code that names nothing', async (_n, f) => {
    const code = 'NO_SUCH_CODE';
    const error = await errorOf(f.coordinate, { [f.arg]: { [f.field]: f.list ? [code] : code } });
    const argument = `${f.arg}.${f.field}`;
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', argument });
    expect(error?.message).toMatch(new RegExp(`^No .+ "${code}" \\(argument ${argument.replace('.', '\\.')}\\)\\.$`));
  });
});

describe('totalCount', () => {
  it('says what it counts on every connection that has one', () => {
    const missing = fields
      .filter(isConnection)
      .map(({ field }) => getNamedType(field.type) as GraphQLObjectType)
      .filter((type) => type.getFields().totalCount && !type.getFields().totalCount!.description)
      .map((type) => type.name);
    expect(missing).toEqual([]);
  });
});
