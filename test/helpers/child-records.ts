/**
 * One valid row, one patch and some invalid rows for each child record type (what belongs to an
 * enterprise or a programme), shared by the staff write tests and the import tests.
 */
import { expect } from 'vitest';
import type { ImportableType } from '../../prisma/import/import-file.ts';
import { IMPORTABLE } from '../../prisma/import/import-file.ts';
import type { RecordType } from '../../prisma/records/record.ts';

export const SOURCE = '000_5c29c83b7f0bdca6';
export const OTHER_SOURCE = '001_89d26a7f090e9936';

export interface ChildCase {
  name: 'Assessment' | 'Award' | 'Certification' | 'BudgetLine' | 'Activity';
  /** Its import and export name. */
  sheet: ImportableType;
  /** The key arguments' variable declarations and the arguments, e.g. `$slug: String!` and `slug: $slug`. */
  keyVars: string;
  keyArgs: string;
  /** What the tests select on the record. */
  fields: string;
  input: Record<string, unknown>;
  /** The key argument values naming `input`'s record. */
  key: Record<string, unknown>;
  /** The audit key of `input`'s record. */
  auditKey: string;
  created: Record<string, unknown>;
  /** Invalid inputs and the [path, code] of each error they must give, in order. */
  invalid: { input: Record<string, unknown>; errors: [string, string][] }[];
  patch: Record<string, unknown>;
  updated: Record<string, unknown>;
  /** The parent as the public reads it, with this record type's list, and the list's name. */
  parentQuery: string;
  list: (data: any) => unknown[];
}

const assessment = { enterprise: 'chang-san', fiscalYear: 2567, grade: 'GOOD', source: SOURCE };
const award = {
  enterprise: 'chang-san',
  contestTh: ' การประกวดทดสอบ ',
  contestEn: 'Test contest',
  level: 'NATIONAL',
  year: 2567,
  rank: 'WINNER',
  organiser: 'TH-GOV-CDD',
  area: 'TH-15',
  source: SOURCE,
};
const certification = {
  enterprise: 'chang-san',
  standard: 'TCPS',
  productTh: 'ผ้าทอทดสอบ',
  status: 'PENDING',
  source: OTHER_SOURCE,
};
const budgetLine = {
  programme: 'bkk-food-bank',
  kind: 'DISBURSED',
  fiscalYear: 2569,
  amount: 1500000,
  recipients: 3,
  recipientUnit: 'COMMUNITY',
  asOf: '2025-12-31',
  source: SOURCE,
};
const activity = {
  slug: 'test-activity-1',
  programme: 'bkk-food-bank',
  kind: 'TRAINING',
  nameTh: ' อบรมทดสอบ ',
  nameEn: 'Test training',
  startOn: '2024-05-01',
  endOn: '2024-05-02',
  area: 'TH-10',
  enterprises: ['chang-san', 'chat-luang-natchakon'],
  source: SOURCE,
};

export const CHILD_CASES: ChildCase[] = [
  {
    name: 'Assessment',
    sheet: 'assessments',
    keyVars: '$enterprise: String!, $fiscalYear: Int!',
    keyArgs: 'enterprise: $enterprise, fiscalYear: $fiscalYear',
    fields: 'fiscalYear grade source { key }',
    input: assessment,
    key: { enterprise: 'chang-san', fiscalYear: 2567 },
    auditKey: 'chang-san|2567',
    created: { fiscalYear: 2567, grade: 'GOOD', source: { key: SOURCE } },
    invalid: [
      {
        input: { ...assessment, enterprise: 'Bad Slug', fiscalYear: 1999 },
        errors: [
          ['enterprise', 'INVALID_FORMAT'],
          ['fiscalYear', 'TOO_SMALL'],
        ],
      },
      {
        input: { ...assessment, enterprise: 'no-such-enterprise', source: 'no-such-source' },
        errors: [
          ['enterprise', 'UNKNOWN_REFERENCE'],
          ['source', 'UNKNOWN_REFERENCE'],
        ],
      },
    ],
    patch: { grade: 'MEDIUM', source: OTHER_SOURCE },
    updated: { grade: 'MEDIUM', source: { key: OTHER_SOURCE } },
    parentQuery: '{ enterprise(slug: "chang-san") { assessments { fiscalYear } } }',
    list: (d) => d.enterprise.assessments,
  },
  {
    name: 'Award',
    sheet: 'awards',
    keyVars: '$enterprise: String!, $level: AwardLevel!, $year: Int!, $contestEn: String!',
    keyArgs: 'enterprise: $enterprise, level: $level, year: $year, contestEn: $contestEn',
    fields: 'contestTh contestEn level year rank organiser { orgId } area { code }',
    input: award,
    key: { enterprise: 'chang-san', level: 'NATIONAL', year: 2567, contestEn: 'Test contest' },
    auditKey: 'chang-san|NATIONAL|2567|Test contest',
    created: {
      contestTh: 'การประกวดทดสอบ',
      rank: 'WINNER',
      organiser: { orgId: 'TH-GOV-CDD' },
      area: { code: 'TH-15' },
    },
    invalid: [
      {
        input: { ...award, contestTh: ' ', year: 2800 },
        errors: [
          ['contestTh', 'TOO_SMALL'],
          ['year', 'TOO_BIG'],
        ],
      },
      {
        input: { ...award, contestEn: 'Another contest', organiser: 'TH-GOV-NOPE', area: 'TH-99' },
        errors: [
          ['organiser', 'UNKNOWN_REFERENCE'],
          ['area', 'UNKNOWN_REFERENCE'],
        ],
      },
    ],
    patch: { rank: 'FIRST_RUNNER_UP', organiser: null },
    updated: { rank: 'FIRST_RUNNER_UP', organiser: null },
    parentQuery: '{ enterprise(slug: "chang-san") { awards { contestEn } } }',
    list: (d) => d.enterprise.awards,
  },
  {
    name: 'Certification',
    sheet: 'certifications',
    // No year: the key's last part is absent (the partial unique index keeps it one record).
    keyVars: '$enterprise: String!, $standard: String!',
    keyArgs: 'enterprise: $enterprise, standard: $standard',
    fields: 'standard productTh status year',
    input: certification,
    key: { enterprise: 'chang-san', standard: 'TCPS' },
    auditKey: 'chang-san|TCPS|',
    created: { standard: 'TCPS', productTh: 'ผ้าทอทดสอบ', status: 'PENDING', year: null },
    invalid: [
      { input: { ...certification, standard: 'tcps' }, errors: [['standard', 'INVALID_FORMAT']] },
      { input: { ...certification, enterprise: 'no-such-enterprise' }, errors: [['enterprise', 'UNKNOWN_REFERENCE']] },
    ],
    patch: { status: 'CERTIFIED', productTh: null },
    updated: { status: 'CERTIFIED', productTh: null },
    parentQuery: '{ enterprise(slug: "chang-san") { certifications { standard } } }',
    list: (d) => d.enterprise.certifications,
  },
  {
    name: 'BudgetLine',
    sheet: 'budgetLines',
    keyVars: '$programme: String!, $kind: BudgetKind!, $fiscalYear: Int!',
    keyArgs: 'programme: $programme, kind: $kind, fiscalYear: $fiscalYear',
    fields: 'kind fiscalYear amount recipients recipientUnit { code } asOf noteEn',
    input: budgetLine,
    key: { programme: 'bkk-food-bank', kind: 'DISBURSED', fiscalYear: 2569 },
    auditKey: 'bkk-food-bank|DISBURSED|2569',
    created: { amount: 1500000, recipients: 3, recipientUnit: { code: 'COMMUNITY' }, asOf: '2025-12-31' },
    invalid: [
      {
        input: { ...budgetLine, amount: -1, reportedPercent: 120 },
        errors: [
          ['amount', 'TOO_SMALL'],
          ['reportedPercent', 'TOO_BIG'],
        ],
      },
      {
        input: { ...budgetLine, programme: 'no-such-programme', recipientUnit: 'FURLONG' },
        errors: [
          ['programme', 'UNKNOWN_REFERENCE'],
          ['recipientUnit', 'UNKNOWN_REFERENCE'],
        ],
      },
    ],
    patch: { amount: 1250000.5, noteEn: 'Corrected' },
    updated: { amount: 1250000.5, noteEn: 'Corrected' },
    parentQuery: '{ programme(slug: "bkk-food-bank") { budgetLines { fiscalYear } } }',
    list: (d) => d.programme.budgetLines,
  },
  {
    name: 'Activity',
    sheet: 'activities',
    keyVars: '$slug: String!',
    keyArgs: 'slug: $slug',
    fields: 'slug nameTh kind participants programme { slug } enterprises { slug }',
    input: activity,
    key: { slug: 'test-activity-1' },
    auditKey: 'test-activity-1',
    created: {
      nameTh: 'อบรมทดสอบ',
      programme: { slug: 'bkk-food-bank' },
      enterprises: expect.arrayContaining([{ slug: 'chang-san' }, { slug: 'chat-luang-natchakon' }]),
    },
    invalid: [
      {
        input: { ...activity, slug: 'Bad Slug', nameEn: '' },
        errors: [
          ['slug', 'INVALID_FORMAT'],
          ['nameEn', 'TOO_SMALL'],
        ],
      },
      {
        input: {
          ...activity,
          slug: 'test-activity-bad',
          enterprises: ['chang-san', 'no-such-enterprise', 'chang-san'],
        },
        errors: [
          ['enterprises.1', 'UNKNOWN_REFERENCE'],
          ['enterprises.2', 'DUPLICATE'],
        ],
      },
    ],
    patch: { participants: 40, enterprises: ['chang-san'] },
    updated: { participants: 40, enterprises: [{ slug: 'chang-san' }] },
    parentQuery: '{ programme(slug: "bkk-food-bank") { activities { slug } } }',
    list: (d) => d.programme.activities,
  },
];

/** The record type of a case, for tests that treat every type alike (rows as plain objects). */
export const recordOf = (c: ChildCase): RecordType<any> => IMPORTABLE[c.sheet];
