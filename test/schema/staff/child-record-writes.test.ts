/**
 * Staff writes to what belongs to an enterprise (assessments, awards, certifications) or a
 * programme (budget lines, activities): the guarantees of the other record types (field errors that
 * write nothing, exactly one audit entry per real change, none for a write that changes nothing,
 * refusals for roles without rights), plus what is particular to child records: no publication
 * status of their own (the parent's applies), and deletes, audited with the last state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical } from '../../../prisma/records/record.ts';
import { CHILD_CASES, SOURCE } from '../../helpers/child-records.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let tokens: Awaited<ReturnType<TestApp['tokens']>>;
beforeAll(async () => {
  t = await createTestApp();
  tokens = await t.tokens();
});
afterAll(() => t.close());

const auditCount = () => t.prisma.auditLog.count();
const lastAudit = () => t.prisma.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
const patchedRow = (row: Record<string, unknown>, patch: Record<string, unknown>) => {
  const next = { ...row, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === null) delete next[k];
  return next;
};

describe.each(CHILD_CASES)('$name writes', (c) => {
  const lower = c.name.charAt(0).toLowerCase() + c.name.slice(1);
  const CREATE = `mutation ($input: ${c.name}Input!) {
    create${c.name}(input: $input) { ${lower} { ${c.fields} } errors { path code messageTh messageEn } }
  }`;
  const UPDATE = `mutation (${c.keyVars}, $patch: ${c.name}Patch!) {
    update${c.name}(${c.keyArgs}, patch: $patch) { ${lower} { ${c.fields} } errors { path code messageEn } }
  }`;
  const DELETE = `mutation (${c.keyVars}) { delete${c.name}(${c.keyArgs}) { key errors { path code messageEn } } }`;
  const stored = async () => c.list(await t.data(c.parentQuery, undefined, tokens.viewer)).length;

  it('refuse anonymous callers and viewers, writing nothing', async () => {
    const before = await auditCount();
    const count = await stored();
    const anonymous = await t.query(CREATE, { input: c.input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const query of [CREATE, UPDATE, DELETE]) {
      const viewer = await t.query(query, { input: c.input, ...c.key, patch: c.patch }, tokens.viewer);
      expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await stored()).toBe(count);
    expect(await auditCount()).toBe(before);
  });

  it('let an editor create one, audited, public while its parent is', async () => {
    const before = await auditCount();
    const count = c.list(await t.data(c.parentQuery)).length;
    const result = (await t.data(CREATE, { input: c.input }, tokens.editor))[`create${c.name}`];
    expect(result.errors).toEqual([]);
    expect(result[lower]).toMatchObject(c.created);
    expect(await auditCount()).toBe(before + 1);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: 'CREATE', entityType: c.name, entityKey: c.auditKey, actor: 'test editor' });
    expect(entry.before).toBeNull();
    expect(JSON.parse(entry.after!)).not.toHaveProperty('publication');
    // No draft stage of its own: the parent is published, so the public sees it at once.
    expect(c.list(await t.data(c.parentQuery)).length).toBe(count + 1);
  });

  it('reject invalid input field by field, in Thai and English, writing nothing', async () => {
    const before = await auditCount();
    const count = await stored();
    for (const { input, errors } of c.invalid) {
      const result = (await t.data(CREATE, { input }, tokens.editor))[`create${c.name}`];
      expect(result[lower]).toBeNull();
      expect(result.errors.map((e: any) => [e.path, e.code])).toEqual(errors);
      for (const e of result.errors) {
        expect(e.messageTh).toBeTruthy();
        expect(e.messageEn).toBeTruthy();
      }
    }
    expect(await stored()).toBe(count);
    expect(await auditCount()).toBe(before);
  });

  it('refuse to create a record that exists', async () => {
    const result = (await t.data(CREATE, { input: c.input }, tokens.editor))[`create${c.name}`];
    expect(result.errors.map((e: any) => e.code)).toEqual(['ALREADY_EXISTS']);
  });

  it('audit an update with exactly its before and after', async () => {
    const created = JSON.parse((await lastAudit()).after!);
    const before = await auditCount();
    const result = (await t.data(UPDATE, { ...c.key, patch: c.patch }, tokens.editor))[`update${c.name}`];
    expect(result.errors).toEqual([]);
    expect(result[lower]).toMatchObject(c.updated);
    expect(await auditCount()).toBe(before + 1);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: 'UPDATE', entityType: c.name, entityKey: c.auditKey });
    const [auditBefore, auditAfter] = [JSON.parse(entry.before!), JSON.parse(entry.after!)];
    expect(canonical(auditBefore)).toBe(canonical(created));
    expect(canonical(auditAfter)).toBe(canonical(patchedRow(auditBefore, c.patch)));
  });

  it('write and audit nothing for an update that changes nothing', async () => {
    const before = await auditCount();
    const result = (await t.data(UPDATE, { ...c.key, patch: c.patch }, tokens.editor))[`update${c.name}`];
    expect(result.errors).toEqual([]);
    expect(result[lower]).toMatchObject(c.updated);
    expect(await auditCount()).toBe(before);
  });

  it('name the field at fault in an update, writing nothing', async () => {
    const before = await auditCount();
    const result = (await t.data(UPDATE, { ...c.key, patch: { source: 'no-such-source' } }, tokens.editor))[
      `update${c.name}`
    ];
    expect(result[lower]).toBeNull();
    expect(result.errors.map((e: any) => [e.path, e.code])).toEqual([['source', 'UNKNOWN_REFERENCE']]);
    expect(await auditCount()).toBe(before);
  });

  it('delete: gone, audited with its last state; a second delete finds nothing', async () => {
    const count = await stored();
    const lastState = JSON.parse((await lastAudit()).after!);
    const result = (await t.data(DELETE, c.key, tokens.editor))[`delete${c.name}`];
    expect(result).toEqual({ key: c.auditKey, errors: [] });
    expect(await stored()).toBe(count - 1);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: 'DELETE', entityType: c.name, entityKey: c.auditKey, after: null });
    expect(canonical(JSON.parse(entry.before!))).toBe(canonical(lastState));
    const again = (await t.data(DELETE, c.key, tokens.editor))[`delete${c.name}`];
    expect(again.key).toBeNull();
    expect(again.errors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    const update = (await t.data(UPDATE, { ...c.key, patch: c.patch }, tokens.editor))[`update${c.name}`];
    expect(update.errors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
  });
});

describe('what is particular to child records', () => {
  it("are hidden with their parent: a draft enterprise's award is not public", async () => {
    const draft = await t.data(
      `mutation { createEnterprise(input: { slug: "draft-parent", kind: COMMUNITY_ENTERPRISE, nameTh: "ร่าง", nameEn: "Draft", sources: ["${SOURCE}"] }) { errors { code } } }`,
      undefined,
      tokens.editor,
    );
    expect(draft.createEnterprise.errors).toEqual([]);
    const { createAward } = await t.data(
      `mutation { createAward(input: { enterprise: "draft-parent", contestTh: "ประกวด", contestEn: "Hidden contest", level: PROVINCIAL, year: 2567, rank: WINNER, source: "${SOURCE}" }) { award { contestEn } errors { code } } }`,
      undefined,
      tokens.editor,
    );
    expect(createAward).toEqual({ award: { contestEn: 'Hidden contest' }, errors: [] });
    const search = `{ enterprises(first: 50) { edges { node { slug awards { contestEn } } } } }`;
    const publicAwards = (await t.data(search)).enterprises.edges.flatMap((e: any) => e.node.awards);
    expect(publicAwards.map((a: any) => a.contestEn)).not.toContain('Hidden contest');
    const export_ = await t.app.fetch('http://phalang.test/export/awards.csv');
    expect(await export_.text()).not.toContain('Hidden contest');
    const staffExport = await t.app.fetch('http://phalang.test/export/awards.csv', {
      headers: { authorization: `Bearer ${tokens.viewer}` },
    });
    expect(await staffExport.text()).toContain('Hidden contest');
  });

  it('a certification without a year is one record: a second is refused, by the write path and the index', async () => {
    const input = `{ enterprise: "chang-san", standard: "NO_YEAR", status: PENDING, source: "${SOURCE}" }`;
    const first = await t.data(
      `mutation { createCertification(input: ${input}) { errors { code } } }`,
      undefined,
      tokens.editor,
    );
    expect(first.createCertification.errors).toEqual([]);
    const second = await t.data(
      `mutation { createCertification(input: ${input}) { errors { code } } }`,
      undefined,
      tokens.editor,
    );
    expect(second.createCertification.errors.map((e: any) => e.code)).toEqual(['ALREADY_EXISTS']);
    const enterprise = await t.prisma.enterprise.findUniqueOrThrow({ where: { slug: 'chang-san' } });
    const source = await t.prisma.source.findUniqueOrThrow({ where: { key: SOURCE } });
    await expect(
      t.prisma.certification.create({
        data: { enterpriseId: enterprise.id, standard: 'NO_YEAR', status: 'PENDING', sourceId: source.id },
      }),
    ).rejects.toThrow();
  });

  it('an activity moves to another programme by an update', async () => {
    const CREATE = `mutation { createActivity(input: { slug: "moving-activity", programme: "bkk-food-bank", kind: MEETING, nameTh: "ประชุม", nameEn: "Meeting", source: "${SOURCE}" }) { errors { code } } }`;
    expect((await t.data(CREATE, undefined, tokens.editor)).createActivity.errors).toEqual([]);
    const { updateActivity } = await t.data(
      `mutation { updateActivity(slug: "moving-activity", patch: { programme: "ang-thong-grassroots-economy" }) { activity { programme { slug } } errors { code } } }`,
      undefined,
      tokens.editor,
    );
    expect(updateActivity).toEqual({ activity: { programme: { slug: 'ang-thong-grassroots-economy' } }, errors: [] });
  });
});
