/** An unknown, a revoked and an expired token get the same answer, so a guesser learns nothing. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createToken, revokeToken } from '../../prisma/tokens.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('answers unknown, revoked and expired tokens alike', async () => {
  const revoked = await createToken(t.prisma, { name: 'revoked', role: 'EDITOR' });
  await revokeToken(t.prisma, String(revoked.record.id));
  const expired = await createToken(t.prisma, { name: 'expired', role: 'EDITOR' });
  await t.prisma.apiToken.update({ where: { id: expired.record.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const answers = [];
  for (const token of ['phl_unknown', revoked.token, expired.token]) {
    const res = await t.request({ body: { query: '{ sources { key } }' }, headers: { authorization: `Bearer ${token}` } });
    answers.push({ status: res.status, body: await res.text() });
  }
  expect(answers[0]!.status).toBe(401);
  expect(JSON.parse(answers[0]!.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
});
