import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let tokens: Awaited<ReturnType<TestApp['tokens']>>;
beforeAll(async () => {
  t = await createTestApp();
  tokens = await t.tokens();
});
afterAll(() => t.close());

const CREATE = `mutation ($input: EnterpriseInput!) {
  createEnterprise(input: $input) { enterprise { slug nameTh publication area { code } businessTypes { code } } errors { path code messageTh messageEn } }
}`;
const UPDATE = `mutation ($slug: String!, $patch: EnterprisePatch!) {
  updateEnterprise(slug: $slug, patch: $patch) { enterprise { slug nameEn publication } errors { path code messageEn } }
}`;
const valid = (slug: string) => ({
  slug,
  kind: 'COMMUNITY_ENTERPRISE',
  nameTh: '  วิสาหกิจชุมชนทดสอบ  ',
  nameEn: 'Test community enterprise',
  area: 'TH-1010',
  businessTypes: ['PLANT_PRODUCTION'],
  sources: ['000_5c29c83b7f0bdca6'],
});
const auditCount = () => t.prisma.auditLog.count();

describe('enterprise writes', () => {
  it('refuse anonymous callers and viewers, writing nothing', async () => {
    const anonymous = await t.query(CREATE, { input: valid('no-anon') });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await t.query(CREATE, { input: valid('no-viewer') }, tokens.viewer);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.prisma.enterprise.count({ where: { slug: { in: ['no-anon', 'no-viewer'] } } })).toBe(0);
  });

  it('let an editor create a draft, trimmed and normalised, that the public cannot see', async () => {
    const before = await auditCount();
    const { createEnterprise } = await t.data(CREATE, { input: valid('test-ce-1') }, tokens.editor);
    expect(createEnterprise.errors).toEqual([]);
    expect(createEnterprise.enterprise).toMatchObject({
      slug: 'test-ce-1',
      nameTh: 'วิสาหกิจชุมชนทดสอบ',
      publication: 'DRAFT',
      area: { code: 'TH-1010' },
      businessTypes: [{ code: 'PLANT_PRODUCTION' }],
    });
    expect(await auditCount()).toBe(before + 1);
    const anonymous = await t.query('{ enterprise(slug: "test-ce-1") { slug } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const viewer = await t.data('{ enterprise(slug: "test-ce-1") { slug } }', undefined, tokens.viewer);
    expect(viewer.enterprise.slug).toBe('test-ce-1');
  });

  it('reject invalid input field by field, in Thai and English, writing nothing', async () => {
    const before = await auditCount();
    const input = {
      ...valid('test-ce-bad'),
      nameTh: '   ',
      area: 'TH-NOWHERE',
      businessTypes: ['NOT_A_TYPE'],
      slug: 'Bad Slug',
    };
    const { createEnterprise } = await t.data(CREATE, { input }, tokens.editor);
    expect(createEnterprise.enterprise).toBeNull();
    const byPath = Object.fromEntries(createEnterprise.errors.map((e: any) => [e.path, e]));
    expect(Object.keys(byPath).sort()).toEqual(['nameTh', 'slug']);
    expect(byPath.nameTh.messageTh).toBeTruthy();
    expect(byPath.slug.messageEn).toMatch(/kebab-case/);
    // References are checked once the fields are right.
    const refs = await t.data(
      CREATE,
      { input: { ...valid('test-ce-bad'), area: 'TH-NOWHERE', businessTypes: ['NOT_A_TYPE'] } },
      tokens.editor,
    );
    expect(refs.createEnterprise.errors.map((e: any) => [e.path, e.code])).toEqual([
      ['area', 'UNKNOWN_REFERENCE'],
      ['businessTypes.0', 'UNKNOWN_REFERENCE'],
    ]);
    expect(refs.createEnterprise.errors[0].messageEn).toBe('No area with code "TH-NOWHERE"');
    expect(await t.prisma.enterprise.count({ where: { slug: 'test-ce-bad' } })).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('refuse to create a record that exists', async () => {
    const { createEnterprise } = await t.data(CREATE, { input: valid('test-ce-1') }, tokens.editor);
    expect(createEnterprise.errors[0].code).toBe('ALREADY_EXISTS');
  });

  it('audit an update with exactly its before and after, and publish it', async () => {
    const before = await auditCount();
    const { updateEnterprise } = await t.data(
      UPDATE,
      { slug: 'test-ce-1', patch: { nameEn: 'Renamed enterprise', publication: 'PUBLISHED' } },
      tokens.editor,
    );
    expect(updateEnterprise.errors).toEqual([]);
    expect(updateEnterprise.enterprise).toMatchObject({ nameEn: 'Renamed enterprise', publication: 'PUBLISHED' });
    expect(await auditCount()).toBe(before + 1);
    const entry = await t.prisma.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(entry).toMatchObject({
      action: 'UPDATE',
      entityType: 'Enterprise',
      entityKey: 'test-ce-1',
      actor: 'test editor',
    });
    expect(JSON.parse(entry.before!)).toMatchObject({ nameEn: 'Test community enterprise', publication: 'DRAFT' });
    expect(JSON.parse(entry.after!)).toMatchObject({ nameEn: 'Renamed enterprise', publication: 'PUBLISHED' });
    const anonymous = await t.data('{ enterprise(slug: "test-ce-1") { nameEn } }');
    expect(anonymous.enterprise.nameEn).toBe('Renamed enterprise');
  });

  it('write nothing and audit nothing for an update that changes nothing', async () => {
    const before = await auditCount();
    const { updateEnterprise } = await t.data(
      UPDATE,
      { slug: 'test-ce-1', patch: { nameEn: 'Renamed enterprise' } },
      tokens.editor,
    );
    expect(updateEnterprise.errors).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('archive: gone for the public, kept for staff', async () => {
    const { archiveEnterprise } = await t.data(
      'mutation { archiveEnterprise(slug: "test-ce-1") { enterprise { publication } errors { code } } }',
      undefined,
      tokens.editor,
    );
    expect(archiveEnterprise.enterprise.publication).toBe('ARCHIVED');
    expect((await t.query('{ enterprise(slug: "test-ce-1") { slug } }')).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const entry = await t.prisma.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(entry.action).toBe('ARCHIVE');
  });

  it('reject unknown, revoked and malformed tokens with 401', async () => {
    const bad = await t.request({
      body: { query: '{ sources { key } }' },
      headers: { authorization: 'Bearer phl_nope' },
    });
    expect(bad.status).toBe(401);
    const json = (await bad.json()) as any;
    expect(json.errors[0]).toMatchObject({
      message: 'The API token is not valid: it may be mistyped, revoked or expired.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const malformed = await t.request({
      body: { query: '{ sources { key } }' },
      headers: { authorization: 'Token x' },
    });
    expect(malformed.status).toBe(401);
  });
});
