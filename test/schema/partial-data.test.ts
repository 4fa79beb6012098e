/**
 * One failed look-up must not wipe out the rest of the answer: every single-record root look-up is
 * nullable and fails with a coded error beside the other fields' data; `node`/`nodes` answer
 * unknown, malformed and foreign IDs with null (and a code where the caller made a mistake).
 */
import { getNamedType, isNonNullType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Root fields that return one record by a required key argument. */
const lookups = Object.values(schema.getQueryType()!.getFields()).filter(
  (f) =>
    isObjectType(getNamedType(f.type)) &&
    !getNamedType(f.type).name.endsWith('Connection') &&
    f.args.some((a) => isNonNullType(a.type) && a.type.ofType.toString() === 'String'),
);
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('single-record look-ups', () => {
  it('finds the look-ups', () => expect(lookups.length).toBeGreaterThanOrEqual(7));

  it.each(lookups.map((f) => [f.name, f]))('%s is nullable', (_name, field) => {
    expect(isNonNullType(field.type)).toBe(false);
  });

  it.each(lookups.map((f) => [f.name, f]))(
    '%s of an unknown key gives null and NOT_FOUND beside the other fields',
    async (name, field) => {
      const arg = field.args.find((a) => isNonNullType(a.type))!.name;
      const result = await t.query(`{ missing: ${name}(${arg}: "nope") { __typename } enterprises { totalCount } }`);
      expect(result.data.missing).toBeNull();
      expect(result.data.enterprises.totalCount).toBeGreaterThan(0);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ path: ['missing'], extensions: { code: 'NOT_FOUND' } });
    },
  );
});

describe('node and nodes', () => {
  it('nodes gives null entries for malformed, unknown-type and foreign IDs, in order, beside the found one', async () => {
    const { enterprises } = await t.data('{ enterprises(first: 1) { edges { node { id } } } }');
    const real = enterprises.edges[0].node.id;
    const result = await t.query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } enterprises { totalCount } }', {
      ids: ['bogus', b64('Foo:1'), real, b64('ApiToken:1'), b64('AuditLog:1'), b64('Enterprise:999999')],
    });
    expect(result.data.nodes).toEqual([null, null, { id: real }, null, null, null]);
    expect(result.data.enterprises.totalCount).toBeGreaterThan(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['nodes', 0], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('node of an unknown type gives null, never "has not been implemented"', async () => {
    for (const id of [b64('Foo:1'), b64('PartnerGraphNode:Organisation:1'), b64('Category:1'), b64('Query:1')]) {
      const result = await t.query('query ($id: ID!) { node(id: $id) { id } }', { id });
      expect(result.errors, id).toBeUndefined();
      expect(result.data.node).toBeNull();
    }
  });

  it('node of a malformed ID gives null and BAD_USER_INPUT, beside the other fields', async () => {
    const result = await t.query('{ node(id: "%%%") { id } sources { key } }');
    expect(result.data.node).toBeNull();
    expect(result.data.sources.length).toBeGreaterThan(0);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
