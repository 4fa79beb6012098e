/**
 * GraphQL inputs derived from a record type (prisma/records/<entity>.ts): one field definition per
 * row key gives both `<Name>Input` (required where the record's zod schema requires the field) and
 * `<Name>Patch` (every field but the key, none required). `RecordFields<Row>` is a mapped type over
 * the row's keys, so a record field without a GraphQL definition, or a GraphQL field the record
 * does not have, or one whose GraphQL type does not fit the row's value, fails `tsc`.
 */
import type { InputFieldRef, InputObjectRef, InputRef, InputTypeParam } from '@pothos/core';
import { z } from 'zod';
import { keyFieldsOf, objectOf, type PublicationValue, type RecordType } from '../prisma/records/record.ts';
import { builder } from './builder.ts';
import { PublicationStatus } from './enums.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The GraphQL input types a row value of type V may take. */
export type InputTypeFor<V> = [V] extends [boolean]
  ? 'Boolean'
  : [V] extends [number]
    ? 'Int' | 'Float'
    : [V] extends [string]
      ? string extends V
        ? 'String' | 'Date'
        : InputRef<V>
      : [V] extends [readonly (infer E)[]]
        ? [string] extends [E]
          ? ['String']
          : [InputRef<RowInput>] // a nested input made by `rowInput`, whose own fields are checked there
        : never;

/** One row field in GraphQL: its type and description (and a patch description where it says more). */
export interface RecordField<V> {
  type: InputTypeFor<V>;
  description: string;
  /** The description in `<Name>Patch`, where it differs (e.g. "replaces the list"). */
  patch?: string;
}

/** Bilingual names, as most records have them. */
export const nameFields: { nameTh: RecordField<string>; nameEn: RecordField<string> } = {
  nameTh: { type: 'String', description: 'Name in Thai.' },
  nameEn: { type: 'String', description: 'Name in English.' },
};

/** Provenance: the source documents a record comes from. */
export const sourcesField: { sources: RecordField<string[]> } = {
  sources: {
    type: ['String'],
    description: 'Keys of the source documents (at least one).',
    patch: 'Keys of the source documents (replaces the list).',
  },
};

/** Who may see the record: staff only until it is PUBLISHED. */
export const publicationField: { publication: RecordField<PublicationValue> } = {
  publication: {
    type: PublicationStatus,
    description: 'DRAFT (default for new records) or PUBLISHED.',
    patch: 'DRAFT, PUBLISHED or ARCHIVED.',
  },
};

/** Exactly one GraphQL field definition per row key. */
export type RecordFields<Row> = { [K in keyof Row & string]-?: RecordField<NonNullable<Row[K]>> };

/** Whether the record's schema accepts a row without `key` (optional or defaulted fields). */
export function isOptional(schema: z.ZodType, key: string): boolean {
  const field = objectOf(schema).shape[key] as z.ZodType | undefined;
  if (!field) throw new Error(`record schema has no field ${key}`);
  return field.safeParse(undefined).success;
}

function inputFields(
  fields: Record<string, RecordField<unknown>>,
  required: (key: string) => boolean,
  description: (key: string, f: RecordField<unknown>) => string,
  omit: readonly string[] = [],
) {
  return (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => {
    const out: Record<string, InputFieldRef<Types, unknown>> = {};
    for (const [key, f] of Object.entries(fields)) {
      if (omit.includes(key)) continue;
      // One generic call for every field: each definition was checked against its row value above.
      out[key] = t.field({
        type: f.type as InputTypeParam<Types>,
        required: required(key),
        description: description(key, f),
      });
    }
    return out;
  };
}

/** What an input carries: a row still to be validated by the record's schema (dates as Date, null clears). */
export type RowInput = Record<string, unknown>;

export interface RecordInputs {
  input: InputObjectRef<Types, RowInput>;
  patch: InputObjectRef<Types, RowInput>;
  /** The definitions the inputs were made from (the key arguments of update and delete reuse them). */
  fields: Record<string, RecordField<unknown>>;
}

/**
 * `<name>Input` and `<name>Patch` for a record type, from one definition of its fields. The patch
 * has every field but the key's: a record is named by its key, not changed into another.
 */
export function recordInputs<Row extends object>(
  name: string,
  record: RecordType<Row>,
  options: { input: string; patch: string; fields: RecordFields<Row> },
): RecordInputs {
  const fields = options.fields as Record<string, RecordField<unknown>>;
  const input = builder.inputType(`${name}Input`, {
    description: options.input,
    fields: inputFields(
      fields,
      (key) => !isOptional(record.schema, key),
      (_key, f) => f.description,
    ),
  });
  const patch = builder.inputType(`${name}Patch`, {
    description: options.patch,
    fields: inputFields(
      fields,
      () => false,
      (_key, f) => f.patch ?? f.description,
      keyFieldsOf(record),
    ),
  });
  return { input, patch, fields };
}

/** One input object for a row: a nested one (signatory, partner) or a record written in bulk (observation). */
export function rowInput<Row extends object>(
  name: string,
  schema: z.ZodType<Row>,
  options: { description: string; fields: RecordFields<Row> },
): InputObjectRef<Types, RowInput> {
  return builder.inputType(name, {
    description: options.description,
    fields: inputFields(
      options.fields as Record<string, RecordField<unknown>>,
      (key) => !isOptional(schema, key),
      (_key, f) => f.description,
    ),
  });
}
