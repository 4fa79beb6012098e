import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRecords } from '../../../prisma/records/apply.ts';
import { enterpriseRecord } from '../../../prisma/records/enterprise.ts';
import { writeTransaction } from '../../../prisma/records/transaction.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const unit = (code: string) => ({ code, nameTh: code, nameEn: code });

describe('writeTransaction', () => {
  it('commits when the work says so and answers its value', async () => {
    const value = await writeTransaction(
      t.prisma,
      async (tx) => {
        await tx.unit.create({ data: unit('TX_KEPT') });
        return { commit: true, value: 'kept' };
      },
      { timeout: 10_000, maxWait: 10_000 },
    );
    expect(value).toBe('kept');
    expect(await t.prisma.unit.findUnique({ where: { code: 'TX_KEPT' } })).not.toBeNull();
  });

  it('rolls back without an error when the work says not to commit, and still answers its value', async () => {
    const value = await writeTransaction(
      t.prisma,
      async (tx) => {
        await tx.unit.create({ data: unit('TX_UNDONE') });
        return { commit: false, value: { problems: 1 } };
      },
      { timeout: 10_000, maxWait: 10_000 },
    );
    expect(value).toEqual({ problems: 1 });
    expect(await t.prisma.unit.findUnique({ where: { code: 'TX_UNDONE' } })).toBeNull();
  });

  it('passes a real failure through', async () => {
    await expect(
      writeTransaction(
        t.prisma,
        async () => {
          throw new Error('disk on fire');
        },
        { timeout: 10_000, maxWait: 10_000 },
      ),
    ).rejects.toThrow('disk on fire');
  });
});

describe('applyRecords', () => {
  it('answers problems as a value, writing nothing, when one row of several is wrong', async () => {
    const before = await t.prisma.auditLog.count();
    const row = {
      slug: 'tx-good',
      kind: 'COMMUNITY_ENTERPRISE',
      nameTh: 'ก',
      nameEn: 'A',
      sources: [(await t.prisma.source.findFirstOrThrow()).key],
    };
    const outcome = await applyRecords(
      t.prisma,
      enterpriseRecord,
      [row, { ...row, slug: 'tx-bad', area: 'TH-NOWHERE' }],
      {
        mode: 'create',
        actor: { name: 'test' },
      },
    );
    expect(outcome).toMatchObject({ ok: false, problems: [{ index: 1, path: 'area', code: 'UNKNOWN_REFERENCE' }] });
    expect(await t.prisma.enterprise.findUnique({ where: { slug: 'tx-good' } })).toBeNull();
    expect(await t.prisma.auditLog.count()).toBe(before);
  });
});
