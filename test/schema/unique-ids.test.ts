/**
 * Every `id` is unique across types, as Relay and Apollo caches require: for EVERY object type with
 * an `id` field, the test reaches its records from the root (the shortest way the schema allows,
 * 100 per page), and fails if two types share an id value or if a type cannot be reached at all.
 */
import {
  getNamedType,
  isAbstractType,
  isNonNullType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { schema } from '../../schema/index.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ maxCost: Infinity });
  admin = (await t.tokens()).admin;
  // An audit entry, so that AuditLog has records to compare.
  await t.data('mutation { createApiToken(name: "ids test", role: VIEWER) { token { id } } }', undefined, admin);
});
afterAll(() => t.close());

/** Values for required arguments of fields on the way (only `search` has one). */
const REQUIRED_ARGS: Record<string, string> = { 'Query.search': '(query: "a", first: 50)' };

interface Step {
  /** Text that opens this step's selection, e.g. `organisations(first: 100) {` or `... on Network {`. */
  open: string;
  type: GraphQLNamedType;
}

/** The shortest path from Query to each object type, as selection steps; `search` only as a last resort. */
function pathsFromRoot(useSearch = false): Map<string, Step[]> {
  const paths = new Map<string, Step[]>([['Query', []]]);
  const queue: GraphQLNamedType[] = [schema.getQueryType()!];
  while (queue.length) {
    const type = queue.shift()!;
    const here = paths.get(type.name)!;
    const next: Step[] = [];
    if (isAbstractType(type)) {
      for (const member of schema.getPossibleTypes(type)) next.push({ open: `... on ${member.name} {`, type: member });
    } else if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        if (!isObjectType(target) && !isAbstractType(target)) continue;
        const coordinate = `${type.name}.${field.name}`;
        const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
        if (required.length && !(useSearch && REQUIRED_ARGS[coordinate])) continue;
        const args = REQUIRED_ARGS[coordinate] ?? (field.args.some((a) => a.name === 'first') ? '(first: 100)' : '');
        next.push({ open: `${field.name}${args} {`, type: target });
      }
    }
    for (const step of next) {
      if (paths.has(step.type.name)) continue;
      paths.set(step.type.name, [...here, step]);
      queue.push(step.type);
    }
  }
  return paths;
}

/** Every id value found anywhere in a JSON answer, with the __typename of the object holding it. */
function collectIds(value: unknown, into: Map<string, Set<string>>) {
  if (Array.isArray(value)) return value.forEach((v) => collectIds(v, into));
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.__typename === 'string' && record.id != null) {
    const types = into.get(String(record.id)) ?? new Set();
    types.add(record.__typename);
    into.set(String(record.id), types);
  }
  Object.values(record).forEach((v) => collectIds(v, into));
}

it('gives every object of every type an id no object of another type has', async () => {
  const withId = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && 'id' in type.getFields(),
  );
  expect(withId.length).toBeGreaterThanOrEqual(12);
  const paths = pathsFromRoot();
  for (const [name, path] of pathsFromRoot(true)) if (!paths.has(name)) paths.set(name, path);
  const ids = new Map<string, Set<string>>();
  const reached = new Set<string>();
  for (const type of withId) {
    const path = paths.get(type.name);
    expect(path, `${type.name} cannot be reached from Query`).toBeDefined();
    const query = `{ ${path!.map((s) => `${s.open} __typename`).join(' ')} id ${'}'.repeat(path!.length)} }`;
    const result = await t.query(query, undefined, admin);
    expect(result.errors, `${type.name}: ${query}`).toBeUndefined();
    const found = new Map<string, Set<string>>();
    collectIds(result.data, found);
    for (const [id, types] of found) {
      if (types.has(type.name)) reached.add(type.name);
      for (const name of types) ids.set(id, (ids.get(id) ?? new Set()).add(name));
    }
  }
  expect([...withId.map((x) => x.name)].filter((n) => !reached.has(n)), 'types with no records found').toEqual([]);
  const shared = [...ids].filter(([, types]) => types.size > 1).map(([id, types]) => `${id}: ${[...types].join(', ')}`);
  expect(shared).toEqual([]);
});
