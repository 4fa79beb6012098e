/**
 * Records for the visibility tests, written straight into a test database. First published
 * records linked only to published ones (`addPublished`); then (`addHidden`) a DRAFT and an
 * ARCHIVED record of every publishable type, published rows that belong to them, and links from
 * the published records to them in every way the data model allows. Every hidden record's text
 * (names, slugs, codes, notes) carries MARKER, so a leak anywhere shows up as that string, and
 * every hidden value is HIDDEN_VALUE, so a leak into a sum changes it.
 */
import type { PrismaClient } from '../../prisma/client.ts';

export const MARKER = 'leakmark';
export const HIDDEN_VALUE = 777_777;
export const HIDDEN_STATES = ['DRAFT', 'ARCHIVED'] as const;
export type HiddenState = (typeof HIDDEN_STATES)[number];

const PERIOD = { periodStart: new Date('2024-10-01'), periodEnd: new Date('2025-09-30'), fiscalYear: 2568 };
const searchText = (...names: string[]) => names.join(' ').toLowerCase();

/** Keys of the published fixtures (no marker in them: they are public). */
export const PUBLISHED = {
  org: 'XI-VISFIX-ORG',
  childOrg: 'XI-VISFIX-CHILD',
  enterprise: 'visfix-ent',
  network: 'visfix-net',
  agreement: 'visfix-agr',
  programme: 'visfix-prog',
  indicator: 'VISFIX_IND',
  indicator2: 'VISFIX_IND2',
  activity: 'visfix-act',
} as const;

/** Keys of the hidden records of one state, each carrying the marker. */
export function hiddenKeys(state: HiddenState) {
  const s = state.toLowerCase();
  return {
    org: `XI-LEAKMARK-ORG-${state}`,
    enterprise: `${MARKER}-ent-${s}`,
    network: `${MARKER}-net-${s}`,
    agreement: `${MARKER}-agr-${s}`,
    programme: `${MARKER}-prog-${s}`,
    indicator: `LEAKMARK_IND_${state}`,
    activity: `${MARKER}-act-${s}`,
    observation: `${MARKER}-obs-${s}`,
  };
}

export interface Refs {
  sourceId: number;
  areaId: number;
  areaCode: string;
  unitCode: string;
  businessTypeId: number;
  businessTypeCode: string;
  themeId: number;
  seedNetworkId: number;
  seedEnterpriseIds: number[];
}

async function refs(prisma: PrismaClient): Promise<Refs> {
  const source = await prisma.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const area = await prisma.area.findFirstOrThrow({ where: { kind: 'PROVINCE' }, orderBy: { code: 'asc' } });
  const unit = await prisma.unit.findFirstOrThrow({ orderBy: { code: 'asc' } });
  const businessType = await prisma.category.findFirstOrThrow({ where: { scheme: 'BUSINESS_TYPE' } });
  const theme = await prisma.category.findFirstOrThrow({ where: { scheme: 'THEME' } });
  const network = await prisma.network.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const enterprises = await prisma.enterprise.findMany({ orderBy: { id: 'asc' }, take: 2, select: { id: true } });
  return {
    sourceId: source.id,
    areaId: area.id,
    areaCode: area.code,
    unitCode: unit.code,
    businessTypeId: businessType.id,
    businessTypeCode: businessType.code,
    themeId: theme.id,
    seedNetworkId: network.id,
    seedEnterpriseIds: enterprises.map((e) => e.id),
  };
}

/** Published records, linked only to published ones. */
export async function addPublished(prisma: PrismaClient) {
  const r = await refs(prisma);
  const published = { publication: 'PUBLISHED' as const };
  const org = await prisma.organisation.create({
    data: {
      orgId: PUBLISHED.org,
      kind: 'DEPARTMENT',
      nameTh: 'หน่วยงานทดสอบ',
      nameEn: 'Visibility fixture department',
      searchText: searchText('Visibility fixture department'),
      ...published,
    },
  });
  await prisma.organisation.create({
    data: {
      orgId: PUBLISHED.childOrg,
      kind: 'PROVINCIAL_OFFICE',
      nameTh: 'สำนักงานทดสอบ',
      nameEn: 'Visibility fixture office',
      parentId: org.id,
      searchText: searchText('Visibility fixture office'),
      ...published,
    },
  });
  const enterprise = await prisma.enterprise.create({
    data: {
      slug: PUBLISHED.enterprise,
      kind: 'COMMUNITY_ENTERPRISE',
      nameTh: 'วิสาหกิจทดสอบ',
      nameEn: 'Visibility fixture enterprise',
      areaId: r.areaId,
      searchText: searchText('Visibility fixture enterprise'),
      businessTypes: { create: [{ categoryId: r.businessTypeId }] },
      assessments: { create: [{ fiscalYear: 2568, grade: 'MEDIUM', sourceId: r.sourceId }] },
      awards: {
        create: [
          {
            contestTh: 'การประกวด',
            contestEn: 'Fixture contest',
            level: 'PROVINCIAL',
            year: 2568,
            rank: 'WINNER',
            organiserId: org.id,
            sourceId: r.sourceId,
          },
        ],
      },
      ...published,
    },
  });
  await prisma.network.create({
    data: {
      slug: PUBLISHED.network,
      nameTh: 'เครือข่ายทดสอบ',
      nameEn: 'Visibility fixture network',
      coordinatorId: org.id,
      searchText: searchText('Visibility fixture network'),
      members: { create: [{ enterpriseId: enterprise.id }] },
      ...published,
    },
  });
  const agreement = await prisma.agreement.create({
    data: {
      slug: PUBLISHED.agreement,
      nameTh: 'บันทึกทดสอบ',
      nameEn: 'Visibility fixture agreement',
      status: 'SIGNED',
      searchText: searchText('Visibility fixture agreement'),
      themes: { connect: [{ id: r.themeId }] },
      signatories: { create: [{ organisationId: org.id, role: 'SIGNATORY', position: 1 }] },
      ...published,
    },
  });
  const programme = await prisma.programme.create({
    data: {
      slug: PUBLISHED.programme,
      nameTh: 'โครงการทดสอบ',
      nameEn: 'Visibility fixture programme',
      leadId: org.id,
      searchText: searchText('Visibility fixture programme'),
      partners: { create: [{ organisationId: org.id, role: 'PARTNER' }] },
      budgetLines: { create: [{ kind: 'ALLOCATED', fiscalYear: 2568, amount: 1000, sourceId: r.sourceId }] },
      activities: {
        create: [
          {
            slug: PUBLISHED.activity,
            kind: 'FAIR',
            nameTh: 'กิจกรรมทดสอบ',
            nameEn: 'Fixture fair',
            sourceId: r.sourceId,
            enterprises: { connect: [{ id: enterprise.id }] },
          },
        ],
      },
      agreements: { connect: [{ id: agreement.id }] },
      ...published,
    },
  });
  for (const [code, n] of [
    [PUBLISHED.indicator, 1],
    [PUBLISHED.indicator2, 2],
  ] as const) {
    await prisma.indicator.create({
      data: {
        code,
        nameTh: `ตัวชี้วัดทดสอบ ${n}`,
        nameEn: `Visibility fixture indicator ${n}`,
        unitId: r.unitCode,
        measure: 'COUNT',
        programmeId: programme.id,
        observations: {
          create: [
            {
              key: `visfix-obs-${n}-total`,
              kind: 'ACTUAL',
              value: 10 * n,
              sourceId: r.sourceId,
              ...PERIOD,
              ...published,
            },
            {
              key: `visfix-obs-${n}-area`,
              kind: 'ACTUAL',
              value: 4 * n,
              areaId: r.areaId,
              programmeId: programme.id,
              sourceId: r.sourceId,
              ...PERIOD,
              ...published,
            },
            {
              key: `visfix-obs-${n}-target`,
              kind: 'TARGET',
              value: 12 * n,
              sourceId: r.sourceId,
              ...PERIOD,
              ...published,
            },
          ],
        },
        ...published,
      },
    });
  }
  return r;
}

/**
 * A DRAFT and an ARCHIVED record of every publishable type, published rows that belong to them,
 * and every kind of link from the published fixtures to them.
 */
export async function addHidden(prisma: PrismaClient, r: Refs) {
  const org = await prisma.organisation.findUniqueOrThrow({ where: { orgId: PUBLISHED.org } });
  const enterprise = await prisma.enterprise.findUniqueOrThrow({ where: { slug: PUBLISHED.enterprise } });
  const network = await prisma.network.findUniqueOrThrow({ where: { slug: PUBLISHED.network } });
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { slug: PUBLISHED.agreement } });
  const programme = await prisma.programme.findUniqueOrThrow({ where: { slug: PUBLISHED.programme } });
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: PUBLISHED.indicator } });
  const hidden = new Map<HiddenState, { orgId: number; programmeId: number }>();

  for (const state of HIDDEN_STATES) {
    const k = hiddenKeys(state);
    const name = (what: string) => `${MARKER} ${what} ${state.toLowerCase()}`;
    const publication = state;
    const hiddenOrg = await prisma.organisation.create({
      data: {
        orgId: k.org,
        kind: 'DEPARTMENT',
        nameTh: name('หน่วยงาน'),
        nameEn: name('organisation'),
        acronymEn: `LEAKMARK-${state}`,
        parentId: org.id, // a hidden child of a published organisation
        searchText: searchText(name('หน่วยงาน'), name('organisation')),
        publication,
      },
    });
    const hiddenEnterprise = await prisma.enterprise.create({
      data: {
        slug: k.enterprise,
        kind: 'COMMUNITY_ENTERPRISE',
        nameTh: name('วิสาหกิจ'),
        nameEn: name('enterprise'),
        areaId: r.areaId,
        registrationNo: `${MARKER}-reg-${state}`,
        searchText: searchText(name('วิสาหกิจ'), name('enterprise')),
        businessTypes: { create: [{ categoryId: r.businessTypeId }] },
        assessments: { create: [{ fiscalYear: 2568, grade: 'GOOD', sourceId: r.sourceId }] },
        awards: {
          create: [
            {
              contestTh: name('การประกวด'),
              contestEn: name('contest'),
              level: 'NATIONAL',
              year: 2568,
              rank: 'WINNER',
              organiserId: org.id,
              sourceId: r.sourceId,
            },
          ],
        },
        certifications: {
          create: [
            {
              standard: `LEAKMARK-CERT-${state}`,
              productEn: name('product'),
              status: 'CERTIFIED',
              sourceId: r.sourceId,
            },
          ],
        },
        // A hidden member of a published network and of a seed network.
        memberships: { create: [{ networkId: network.id }, { networkId: r.seedNetworkId }] },
        sources: { connect: [{ id: r.sourceId }] },
        publication,
      },
    });
    // A hidden network of published members, coordinated by a published organisation.
    await prisma.network.create({
      data: {
        slug: k.network,
        nameTh: name('เครือข่าย'),
        nameEn: name('network'),
        themeEn: name('theme'),
        areaId: r.areaId,
        coordinatorId: org.id,
        searchText: searchText(name('เครือข่าย'), name('network')),
        members: {
          create: [enterprise.id, ...r.seedEnterpriseIds].map((enterpriseId) => ({ enterpriseId })),
        },
        sources: { connect: [{ id: r.sourceId }] },
        publication,
      },
    });
    // A hidden agreement signed by a published organisation, related to a published programme.
    await prisma.agreement.create({
      data: {
        slug: k.agreement,
        nameTh: name('บันทึก'),
        nameEn: name('agreement'),
        venueEn: name('venue'),
        status: 'SIGNED',
        searchText: searchText(name('บันทึก'), name('agreement')),
        themes: { connect: [{ id: r.themeId }] },
        signatories: {
          create: [{ organisationId: org.id, role: 'SIGNATORY', position: 1, representativeEn: name('rep') }],
        },
        programmes: { connect: [{ id: programme.id }] },
        publication,
      },
    });
    // A hidden programme led by and partnered with a published organisation, with its own
    // budget, activity (of a published enterprise) and a published agreement.
    const hiddenProgramme = await prisma.programme.create({
      data: {
        slug: k.programme,
        nameTh: name('โครงการ'),
        nameEn: name('programme'),
        leadId: org.id,
        areaId: r.areaId,
        searchText: searchText(name('โครงการ'), name('programme')),
        partners: { create: [{ organisationId: org.id, role: 'FUNDER' }] },
        budgetLines: {
          create: [
            { kind: 'DISBURSED', fiscalYear: 2568, amount: HIDDEN_VALUE, noteEn: name('budget'), sourceId: r.sourceId },
          ],
        },
        activities: {
          create: [
            {
              slug: k.activity,
              kind: 'TRAINING',
              nameTh: name('กิจกรรม'),
              nameEn: name('activity'),
              sourceId: r.sourceId,
              enterprises: { connect: [{ id: enterprise.id }] },
            },
          ],
        },
        agreements: { connect: [{ id: agreement.id }] },
        themes: { connect: [{ id: r.themeId }] },
        publication,
      },
    });
    // A hidden indicator of a published programme, with published observations.
    await prisma.indicator.create({
      data: {
        code: k.indicator,
        nameTh: name('ตัวชี้วัด'),
        nameEn: name('indicator'),
        unitId: r.unitCode,
        measure: 'COUNT',
        programmeId: programme.id,
        observations: {
          create: [
            {
              key: `${k.observation}-of-hidden-indicator`,
              kind: 'ACTUAL',
              value: HIDDEN_VALUE,
              noteEn: name('observation of hidden indicator'),
              sourceId: r.sourceId,
              ...PERIOD,
              publication: 'PUBLISHED',
            },
          ],
        },
        publication,
      },
    });
    // On the published indicator: a hidden observation, and a published one of the hidden programme.
    await prisma.observation.createMany({
      data: [
        {
          key: k.observation,
          indicatorId: indicator.id,
          kind: 'ACTUAL',
          value: HIDDEN_VALUE,
          noteEn: name('observation'),
          sourceId: r.sourceId,
          ...PERIOD,
          publication,
        },
        {
          key: `${k.observation}-of-hidden-programme`,
          indicatorId: indicator.id,
          kind: 'ACTUAL',
          value: HIDDEN_VALUE,
          areaId: r.areaId,
          programmeId: hiddenProgramme.id,
          noteEn: name('observation of hidden programme'),
          sourceId: r.sourceId,
          ...PERIOD,
          publication: 'PUBLISHED',
        },
        {
          key: `${k.observation}-target-of-hidden-programme`,
          indicatorId: indicator.id,
          kind: 'TARGET',
          value: HIDDEN_VALUE,
          programmeId: hiddenProgramme.id,
          noteEn: name('target of hidden programme'),
          sourceId: r.sourceId,
          ...PERIOD,
          publication: 'PUBLISHED',
        },
      ],
    });
    // Links from published records to hidden ones: an activity's enterprise, a signatory, a partner.
    await prisma.activity.update({
      where: { slug: PUBLISHED.activity },
      data: { enterprises: { connect: [{ id: hiddenEnterprise.id }] } },
    });
    await prisma.agreement.update({
      where: { slug: PUBLISHED.agreement },
      data: {
        signatories: { create: [{ organisationId: hiddenOrg.id, role: 'WITNESS', position: 2 }] },
        programmes: { connect: [{ id: hiddenProgramme.id }] },
      },
    });
    await prisma.programme.update({
      where: { slug: PUBLISHED.programme },
      data: { partners: { create: [{ organisationId: hiddenOrg.id, role: 'IMPLEMENTER' }] } },
    });
    hidden.set(state, { orgId: hiddenOrg.id, programmeId: hiddenProgramme.id });
  }

  // Required and optional links from published records to a draft.
  const draft = hidden.get('DRAFT')!;
  await prisma.organisation.update({ where: { orgId: PUBLISHED.childOrg }, data: { parentId: draft.orgId } });
  await prisma.network.update({ where: { slug: PUBLISHED.network }, data: { coordinatorId: draft.orgId } });
  await prisma.programme.update({ where: { slug: PUBLISHED.programme }, data: { leadId: draft.orgId } });
  await prisma.award.updateMany({ where: { enterpriseId: enterprise.id }, data: { organiserId: draft.orgId } });
  await prisma.indicator.update({ where: { code: PUBLISHED.indicator }, data: { programmeId: draft.programmeId } });
  await prisma.organisation.update({
    where: { orgId: PUBLISHED.org },
    data: { parentId: hidden.get('ARCHIVED')!.orgId },
  });
}

/** Every key a caller could name to reach a hidden record. */
export function allHiddenKeys() {
  return HIDDEN_STATES.map((s) => hiddenKeys(s));
}
