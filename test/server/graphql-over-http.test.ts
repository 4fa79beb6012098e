/**
 * graphql-http's server audits (the GraphQL-over-HTTP spec's conformance checks) against the
 * real server: every MUST and SHOULD passes; the MAY results are printed.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let s: TestServer;
const results: { name: string; result: AuditResult }[] = [];
beforeAll(async () => {
  s = await startTestServer();
  for (const audit of serverAudits({ url: () => `${s.base}/graphql` })) {
    results.push({ name: audit.name, result: await audit.fn() });
  }
  const tally = (level: string) => {
    const of = results.filter((r) => r.name.startsWith(level));
    return `${of.filter((r) => r.result.status === 'ok').length}/${of.length}`;
  };
  console.log(`graphql-http audits: MUST ${tally('MUST')}, SHOULD ${tally('SHOULD')}, MAY ${tally('MAY')} passed`);
  for (const { name, result } of results.filter((r) => r.name.startsWith('MAY') && r.result.status !== 'ok')) {
    console.log(`  MAY not met: ${name} (${'reason' in result ? result.reason : result.status})`);
  }
});
afterAll(() => s?.close());

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('ran the audits', () => expect(results.length).toBeGreaterThan(50));

  for (const level of ['MUST', 'SHOULD'] as const) {
    it(`passes every ${level}`, () => {
      const failed = results
        .filter((r) => r.name.startsWith(level) && r.result.status !== 'ok')
        .map((r) => `${r.name}: ${'reason' in r.result ? r.result.reason : r.result.status}`);
      expect(failed).toEqual([]);
    });
  }

  it('meets the MAY audits on 400 for a missing or non-string query', () => {
    const wanted = results.filter((r) => /MAY use 400 status code on .*\{query\} parameter/.test(r.name));
    expect(wanted.length).toBeGreaterThanOrEqual(5);
    expect(wanted.filter((r) => r.result.status !== 'ok').map((r) => r.name)).toEqual([]);
  });
});
