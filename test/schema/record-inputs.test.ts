/**
 * The GraphQL inputs are derived from the record definitions: one field definition per row key,
 * checked by `tsc` (the @ts-expect-error lines below fail the type-check if the mismatch they
 * describe ever compiles), and required exactly where the record's schema requires a value.
 */
import { getNamedType, isInputObjectType, isNonNullType, type GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { EnterpriseRecordRow } from '../../prisma/records/enterprise.ts';
import { enterpriseRecord } from '../../prisma/records/enterprise.ts';
import { indicatorRecord } from '../../prisma/records/indicator.ts';
import { networkRecord } from '../../prisma/records/network.ts';
import { observationRecord } from '../../prisma/records/observation.ts';
import { organisationRecord } from '../../prisma/records/organisation.ts';
import { programmeRecord } from '../../prisma/records/programme.ts';
import { agreementRecord } from '../../prisma/records/agreement.ts';
import { activityRecord } from '../../prisma/records/activity.ts';
import { assessmentRecord } from '../../prisma/records/assessment.ts';
import { awardRecord } from '../../prisma/records/award.ts';
import { budgetLineRecord } from '../../prisma/records/budget-line.ts';
import { certificationRecord } from '../../prisma/records/certification.ts';
import { keyFieldsOf } from '../../prisma/records/record.ts';
import type { RecordFields } from '../../schema/record-inputs.ts';
import { schema } from '../../schema/index.ts';

type Fields = RecordFields<EnterpriseRecordRow>;
// Type-level cases: never called, checked by tsc.
export const typeCases = (complete: Fields) => ({
  // A record field without a GraphQL definition.
  missing: ((): Fields => {
    const { publication: _dropped, ...rest } = complete;
    // @ts-expect-error missing `publication`
    return rest;
  })(),
  // A GraphQL field the record does not have.
  extra: ((): Fields => ({
    ...complete,
    // @ts-expect-error `notARecordField` is not a record field
    notARecordField: { type: 'Date', description: 'x' },
  }))(),
  // A GraphQL type that does not fit the row's value.
  wrongType: ((): Fields => ({
    ...complete,
    // @ts-expect-error villageNo is a number, not a string
    villageNo: { type: 'String', description: 'x' },
  }))(),
});

const inputType = (name: string) => {
  const type = schema.getType(name);
  if (!isInputObjectType(type)) throw new Error(`${name} is not an input type`);
  return type;
};
const required = (type: GraphQLInputObjectType) =>
  Object.values(type.getFields())
    .filter((f) => isNonNullType(f.type))
    .map((f) => f.name)
    .sort();
type Shape = Record<string, { safeParse(v: unknown): { success: boolean } }>;
const shapeOf = (s: unknown): Shape => ((s as { in?: { shape: Shape } }).in ?? (s as { shape: Shape })).shape;
const shapeKeys = (s: unknown): string[] => Object.keys(shapeOf(s)).sort();
/** The fields the record's schema cannot do without. */
const requiredKeys = (s: unknown): string[] =>
  Object.entries(shapeOf(s))
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([k]) => k)
    .sort();

describe('record inputs', () => {
  const records = [
    ['Enterprise', enterpriseRecord],
    ['Organisation', organisationRecord],
    ['Network', networkRecord],
    ['Agreement', agreementRecord],
    ['Programme', programmeRecord],
    ['Indicator', indicatorRecord],
    ['Assessment', assessmentRecord],
    ['Award', awardRecord],
    ['Certification', certificationRecord],
    ['BudgetLine', budgetLineRecord],
    ['Activity', activityRecord],
  ] as const;

  it.each(records)('%sInput has the record fields, required where the record requires them', (name, record) => {
    const input = inputType(`${name}Input`);
    expect(Object.keys(input.getFields()).sort()).toEqual(shapeKeys(record.schema));
    expect(required(input)).toEqual(requiredKeys(record.schema));
  });

  it.each(records)('%sPatch has every record field but the key, none required', (name, record) => {
    const patch = inputType(`${name}Patch`);
    const key = keyFieldsOf(record);
    expect(Object.keys(patch.getFields()).sort()).toEqual(shapeKeys(record.schema).filter((k) => !key.includes(k)));
    expect(required(patch)).toEqual([]);
  });

  it.each(records.slice(-5))('update%s and its delete name the record by its key fields', (name, record) => {
    const mutations = schema.getMutationType()!.getFields();
    const args = (field: string) => mutations[field]!.args.map((a) => a.name).sort();
    const key = [...keyFieldsOf(record)].sort();
    expect(args(`update${name}`)).toEqual([...key, 'patch'].sort());
    expect(args(`delete${name}`)).toEqual(key);
    expect(mutations[`archive${name}`]).toBeUndefined();
  });

  it('ObservationInput has the observation record fields', () => {
    const input = inputType('ObservationInput');
    expect(Object.keys(input.getFields()).sort()).toEqual(shapeKeys(observationRecord.schema));
    expect(required(input)).toEqual(['indicator', 'periodEnd', 'periodStart', 'source', 'value']);
    expect(getNamedType(input.getFields().kind!.type).name).toBe('ObservationKind');
  });
});
