/** Shared by the staff mutations: the FieldError type, running a write, and turning problems into errors. */
import type { PrismaClient } from '../prisma/client.ts';
import type PrismaTypes from '../prisma/generated/pothos-types.ts';
import { applyRecords, deleteRecords, type ApplyResult, type WriteMode } from '../prisma/records/apply.ts';
import { notFoundProblem, type Problem } from '../prisma/records/problems.ts';
import { compoundKey, keyFieldsOf, type PublicationValue, type RecordType } from '../prisma/records/record.ts';
import { Refs } from '../prisma/records/refs.ts';
import { builder } from './builder.ts';
import { isOptional, type RecordInputs } from './record-inputs.ts';
import type { FieldRef, InputTypeParam } from '@pothos/core';
import { writerOf, type Context } from './context.ts';

export const FieldErrorRef = builder.objectRef<Problem>('FieldError').implement({
  description: 'Why a write was refused: the field at fault and the reason, in Thai and English. Nothing was written.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'The field, e.g. `nameTh` or `observations.3.value`.' }),
    code: t.exposeString('code', {
      description:
        'REQUIRED, INVALID_TYPE, TOO_SMALL, TOO_BIG, INVALID_FORMAT, INVALID_VALUE, OUT_OF_RANGE, UNKNOWN_REFERENCE, UNKNOWN_FIELD, DUPLICATE, ALREADY_EXISTS, NOT_FOUND or CUSTOM.',
    }),
    messageTh: t.exposeString('messageTh', { description: 'The reason, in Thai.' }),
    messageEn: t.exposeString('messageEn', { description: 'The reason, in English.' }),
  }),
});

export type WriteOutcome<Row> = { ok: true; result: ApplyResult<Row> } | { ok: false; errors: Problem[] };

/** Runs a write for the caller, then drops the cached public answers it affects. */
export async function runWrite<Row extends object>(
  ctx: Context,
  type: RecordType<Row>,
  rows: unknown[],
  mode: WriteMode,
  options: { dryRun?: boolean; updateAction?: string; pathPrefix?: (index: number) => string } = {},
): Promise<WriteOutcome<Row>> {
  if (ctx.auth.role === 'ANONYMOUS') throw new Error('unreachable: scope-auth guards writes');
  const outcome = await applyRecords(writerOf(ctx), type, rows, {
    mode,
    actor: { tokenId: ctx.auth.tokenId, name: ctx.auth.actor },
    dryRun: options.dryRun,
    updateAction: options.updateAction,
  });
  if (!outcome.ok) {
    return {
      ok: false,
      errors: outcome.problems.map(({ index, ...p }) => ({
        ...p,
        path: [options.pathPrefix?.(index), p.path].filter(Boolean).join('.'),
      })),
    };
  }
  // After the commit and before the answer: no reader is served the old figure once this returns.
  if (outcome.tags.length) ctx.invalidate(outcome.tags);
  return { ok: true, result: outcome };
}

/** The stored record in row format, for patches. */
export async function readRecord<Row extends object>(prisma: PrismaClient, type: RecordType<Row>, key: string) {
  // A plain client does for a single read; no transaction needed.
  return type.read(prisma, key);
}

/** Applies a patch: given fields replace, null clears, absent fields stay. */
export function patched<Row extends object>(before: Row, patch: Record<string, unknown>): Row {
  const next: Record<string, unknown> = { ...(before as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next as Row;
}

/** GraphQL Date inputs arrive as Date objects; rows carry ISO dates. */
export function withIsoDates<T extends Record<string, unknown>>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) out[k] = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  return out as T;
}

export { Refs };

interface Payload {
  key: string | null;
  errors: Problem[];
}

/** The record types staff write, by their GraphQL (and Prisma model) name. */
type RecordName = 'Enterprise' | 'Organisation' | 'Network' | 'Agreement' | 'Programme' | 'Indicator';

/**
 * Defines `create<Name>`, `update<Name>` and `archive<Name>` for a record type, with a payload
 * holding the stored record or the errors that stopped the write.
 */
export function defineRecordMutations<
  Row extends { publication?: PublicationValue },
  Name extends RecordName,
>(options: {
  name: Name;
  record: RecordType<Row>;
  /** Its input and patch types, derived from the record (record-inputs.ts). */
  inputs: RecordInputs;
  /** Loads the stored record for the payload (a Prisma query honouring the selection). */
  load: (ctx: Context, query: object, key: string) => Promise<PrismaTypes[Name]['Shape'] | null>;
}) {
  const { record } = options;
  // As the union: Pothos cannot resolve a field's shape from a type parameter.
  const name: RecordName = options.name;
  // The argument naming the record in update and archive is the record's key, e.g. `slug`.
  const keyArg = record.keyName;
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const a = /^[aeiou]/i.test(record.label.en) ? 'an' : 'a';
  const PayloadRef = builder.objectRef<Payload>(`${name}Payload`).implement({
    description: `The result of a write to ${a} ${record.label.en}: the ${record.label.en} as stored, or the errors that stopped the write.`,
    fields: (t) => ({
      [lower]: t.prismaField({
        type: name,
        nullable: true,
        description: `The ${record.label.en} after the write; null if it was refused.`,
        resolve: (query, payload, _args, ctx) => (payload.key ? options.load(ctx, query, payload.key) : null),
      }),
      errors: t.field({
        type: [FieldErrorRef],
        description: 'Why the write was refused; empty on success.',
        resolve: (p) => p.errors,
      }),
    }),
  });

  const write = async (
    ctx: Context,
    row: unknown,
    mode: 'create' | 'update',
    key: string,
    updateAction?: string,
  ): Promise<Payload> => {
    const outcome = await runWrite(ctx, record, [row], mode, { updateAction });
    return outcome.ok ? { key, errors: [] } : { key: null, errors: outcome.errors };
  };
  const existing = async (ctx: Context, key: string) => readRecord(writerOf(ctx), record, key);

  // The record's key is a string argument named for it (e.g. `slug`).
  const keyOf = (args: Record<string, unknown>) => String(args[keyArg]);

  builder.mutationFields((t) => ({
    [`create${name}`]: t.field({
      type: PayloadRef,
      authScopes: { editor: true },
      description: `Creates ${a} ${record.label.en} (as a draft unless \`publication\` says otherwise).`,
      args: {
        input: t.arg({ type: options.inputs.input, required: true, description: `The new ${record.label.en}.` }),
      },
      resolve: (_root, { input }, ctx) => {
        const row = withIsoDates(input);
        return write(ctx, row, 'create', keyOf(row));
      },
    }),
    [`update${name}`]: t.field({
      type: PayloadRef,
      authScopes: { editor: true },
      description: `Changes ${a} ${record.label.en}: given fields replace, null clears, absent fields stay.`,
      args: {
        [keyArg]: t.arg.string({ required: true, description: `Which ${record.label.en}.` }),
        patch: t.arg({ type: options.inputs.patch, required: true, description: 'The changes.' }),
      },
      resolve: async (_root, args, ctx) => {
        const key = keyOf(args);
        const before = await existing(ctx, key);
        if (!before) return { key: null, errors: [notFoundProblem(record.label, record.keyName, key)] };
        // The key argument's computed name widens `args`; GraphQL has already checked `patch` is an object.
        const patch = typeof args.patch === 'object' && args.patch !== null ? args.patch : {};
        return write(ctx, patched(before, withIsoDates(patch)), 'update', key);
      },
    }),
    [`archive${name}`]: t.field({
      type: PayloadRef,
      authScopes: { editor: true },
      description: `Archives ${a} ${record.label.en}: hidden from the public, kept for staff and the audit trail.`,
      args: { [keyArg]: t.arg.string({ required: true, description: `Which ${record.label.en}.` }) },
      resolve: async (_root, args, ctx) => {
        const key = keyOf(args);
        const before = await existing(ctx, key);
        if (!before) return { key: null, errors: [notFoundProblem(record.label, record.keyName, key)] };
        return write(ctx, { ...before, publication: 'ARCHIVED' }, 'update', key, 'ARCHIVE');
      },
    }),
  }));
}

/** Child records: they have no publication status of their own (their parent's applies). */
type ChildName = 'Assessment' | 'Award' | 'Certification' | 'BudgetLine' | 'Activity';

export interface ChildPayload<Row> {
  row: Row | null;
  errors: Problem[];
}

interface DeletePayload {
  key: string | null;
  errors: Problem[];
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const DeleteRecordPayload = builder.objectRef<DeletePayload>('DeleteRecordPayload').implement({
  description:
    'The result of deleting a record: its key, or the errors that stopped the delete (then nothing was deleted).',
  fields: (t) => ({
    key: t.exposeString('key', {
      nullable: true,
      description: 'The natural key of the deleted record, as the audit trail names it; null if refused.',
    }),
    errors: t.field({
      type: [FieldErrorRef],
      description: 'Why the delete was refused; empty on success.',
      resolve: (p) => p.errors,
    }),
  }),
});

/**
 * Defines `create<Name>`, `update<Name>` and `delete<Name>` for a child record (a budget line, an
 * assessment, ...): one that belongs to a parent and is public exactly when its parent is, so it
 * is deleted rather than archived. The record is named by its key fields, each an argument typed
 * as in the record's input.
 */
export function defineChildRecordMutations<Name extends ChildName, Row extends object>(options: {
  name: Name;
  record: RecordType<Row>;
  inputs: RecordInputs;
  /**
   * The payload's field holding the stored record (named for the type, e.g. `budgetLine`): a
   * `prismaField` loading `row` honouring the selection, or null when `row` is (a refused write).
   */
  payloadField: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, ChildPayload<Row>>) => FieldRef<Types>;
}) {
  const { name, record, inputs } = options;
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const a = /^[aeiou]/i.test(record.label.en) ? 'an' : 'a';
  const keyFields = keyFieldsOf(record);
  const PayloadRef = builder.objectRef<ChildPayload<Row>>(`${name}Payload`).implement({
    description: `The result of a write to ${a} ${record.label.en}: the ${record.label.en} as stored, or the errors that stopped the write.`,
    fields: (t) => ({
      [lower]: options.payloadField(t),
      errors: t.field({
        type: [FieldErrorRef],
        description: 'Why the write was refused; empty on success.',
        resolve: (p) => p.errors,
      }),
    }),
  });

  const write = async (ctx: Context, row: unknown, mode: 'create' | 'update'): Promise<ChildPayload<Row>> => {
    const outcome = await runWrite(ctx, record, [row], mode);
    return outcome.ok ? { row: outcome.result.results[0]!.after, errors: [] } : { row: null, errors: outcome.errors };
  };
  // The key from the key arguments, as `record.key` makes it from a row.
  const keyOf = (args: Record<string, unknown>) => {
    const values = withIsoDates(args);
    return compoundKey(keyFields.map((f) => values[f]));
  };

  builder.mutationFields((t) => {
    // The key arguments, typed and described as the record's input fields.
    const keyArgs = () =>
      Object.fromEntries(
        keyFields.map((f) => {
          const field = inputs.fields[f]!;
          return [
            f,
            t.arg({
              type: field.type as InputTypeParam<Types>,
              required: !isOptional(record.schema, f),
              description: `${keyFields.length > 1 ? 'Part of the key naming' : 'Which'} the ${record.label.en}: ${field.description}`,
            }),
          ];
        }),
      );
    return {
      [`create${name}`]: t.field({
        type: PayloadRef,
        authScopes: { editor: true },
        description: `Adds ${a} ${record.label.en}; the public sees it while its parent is published.`,
        args: { input: t.arg({ type: inputs.input, required: true, description: `The new ${record.label.en}.` }) },
        resolve: (_root, { input }, ctx) => write(ctx, withIsoDates(input), 'create'),
      }),
      [`update${name}`]: t.field({
        type: PayloadRef,
        authScopes: { editor: true },
        description: `Changes ${a} ${record.label.en}: given fields replace, null clears, absent fields stay.`,
        args: {
          ...keyArgs(),
          patch: t.arg({ type: inputs.patch, required: true, description: 'The changes.' }),
        },
        resolve: async (_root, args, ctx) => {
          const key = keyOf(args);
          const before = await readRecord(writerOf(ctx), record, key);
          if (!before) return { row: null, errors: [notFoundProblem(record.label, record.keyName, key)] };
          const patch = typeof args.patch === 'object' && args.patch !== null ? args.patch : {};
          return write(ctx, patched(before, withIsoDates(patch)), 'update');
        },
      }),
      [`delete${name}`]: t.field({
        type: DeleteRecordPayload,
        authScopes: { editor: true },
        description: `Deletes ${a} ${record.label.en}; the audit trail keeps its last state.`,
        args: keyArgs(),
        resolve: async (_root, args, ctx): Promise<DeletePayload> => {
          if (ctx.auth.role === 'ANONYMOUS') throw new Error('unreachable: scope-auth guards writes');
          const key = keyOf(args);
          const outcome = await deleteRecords(writerOf(ctx), record, [key], {
            actor: { tokenId: ctx.auth.tokenId, name: ctx.auth.actor },
          });
          if (!outcome.ok) return { key: null, errors: outcome.problems.map(({ index: _i, ...p }) => p) };
          if (outcome.tags.length) ctx.invalidate(outcome.tags);
          return { key, errors: [] };
        },
      }),
    };
  });
}
