/** A caller's mistake is logged as one client-error line, without a stack; our own failures stay ERR. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { createPhalangLogger } from '../../server/client-error-log.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const lines: { level: string; text: string }[] = [];
const recorder: YogaLogger = {
  debug: () => {},
  info: (...a: unknown[]) => lines.push({ level: 'info', text: a.map(String).join(' ') }),
  warn: (...a: unknown[]) => lines.push({ level: 'warn', text: a.map(String).join(' ') }),
  error: (...a: unknown[]) =>
    lines.push({ level: 'error', text: a.map((x) => (x instanceof Error ? `${x.stack}` : String(x))).join(' ') }),
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ logger: recorder });
});
afterAll(() => t.close());

it.each([
  ['a malformed cursor', '{ enterprises(first: 2, after: "not-a-cursor") { totalCount } }', /cursor/],
  ['a malformed global ID', '{ node(id: "%%%") { id } }', /global ID/],
  ['malformed IDs in nodes', '{ nodes(ids: ["bogus", "x"]) { id } }', /global ID/],
])('logs %s as a client error without a stack', async (_name, query, message) => {
  lines.length = 0;
  const result = await t.query(query);
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.message).toMatch(message);
  expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  expect(lines.some((l) => /\n\s+at /.test(l.text))).toBe(false);
});

it('still logs an unexpected failure as an error with its stack', () => {
  lines.length = 0;
  createPhalangLogger(recorder).error(new Error('disk on fire'));
  createPhalangLogger(recorder).error(new GraphQLError('wrapped', { originalError: new TypeError('boom') }));
  expect(lines.map((l) => l.level)).toEqual(['error', 'error']);
  expect(lines[0]!.text).toMatch(/\n\s+at /);
});
