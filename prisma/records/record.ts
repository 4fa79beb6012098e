/**
 * A record type that staff can write through the API, imports and the CLI: its row format
 * (referring to other records by natural key), how to read a stored record back in that format,
 * how to check its references, and how to write it. One definition serves mutations and their
 * GraphQL inputs (schema/record-inputs.ts), spreadsheet import and export, and the audit trail.
 *
 * The seed data files hold these rows too (prisma/seed/format.ts), with a record's children nested
 * under it less the parent's key (an enterprise's assessments, a programme's budget lines, an
 * indicator's observations), and the seed writes them all through `write` (prisma/seed/load.ts).
 * Category fields take bare codes (`GOOD`) or `SCHEME:CODE` (as the files write them) and read
 * back as codes.
 *
 * A record with a `publication` field is published on its own; a child record (a budget line, an
 * assessment, ...) has none and is visible exactly when its parent is (prisma/visibility.ts).
 */
import { z } from 'zod';
import { SLUG, parseCategoryRef } from '../domain/keys.ts';
import type { Problem } from './problems.ts';
import type { Refs, Tx } from './refs.ts';

export type PublicationValue = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';

/**
 * A client that runs one `findMany` shape, all that `readMany` needs: a transaction and a request's
 * reader (prisma/visibility.ts, for the export) are both one, though Prisma's own model types of
 * the two are not assignable to each other.
 */
export type FindManyOf<Model extends string, Args, Result> = {
  [K in Model]: { findMany(args: Args): PromiseLike<Result[]> };
};

/** `Db`: what `readMany` reads through (a `FindManyOf`); a transaction by default. */
export interface RecordType<Row extends object, Db = Tx> {
  /** GraphQL and audit name, e.g. `Enterprise`. */
  type: string;
  /** Thai and English names for messages. */
  label: { th: string; en: string };
  /** Validates and normalises a row (names trimmed and NFC-normalised). */
  schema: z.ZodType<Row>;
  /** Spreadsheet columns, in order (list fields hold values separated by `;`); `columnsOf(schema)`. */
  columns: readonly (keyof Row & string)[];
  /** The natural key of a row, as staff see it. */
  key(row: Row): string;
  /** The name of that key, e.g. `slug`: the argument naming the record and the path of a NOT_FOUND. */
  keyName: string;
  /**
   * The row fields the key is made of, when there are several (an assessment: `enterprise` and
   * `fiscalYear`); `key(row)` is then `compoundKey` of their values, and each is an argument of
   * `update<Name>` and `delete<Name>`. Defaults to `[keyName]`.
   */
  keyFields?: readonly (keyof Row & string)[];
  /** The key the record is stored under, where it differs from `key` (observations). */
  storedKey?(row: Row, refs: Refs): Promise<string>;
  /** The stored record in row format, or null. */
  read(tx: Tx, key: string): Promise<Row | null>;
  /** Many stored records at once, by stored key (for imports); falls back to `read` when absent. */
  readMany?(db: Db, keys: string[]): Promise<Map<string, Row>>;
  /** Problems with references to other records (unknown area, source, ...). */
  check(row: Row, refs: Refs): Promise<Problem[]>;
  /** Creates or updates the record so that it equals `row`. */
  write(tx: Tx, row: Row, refs: Refs): Promise<void>;
  /** Deletes the stored record (child records only: a published record is archived instead). */
  remove?(tx: Tx, row: Row, refs: Refs): Promise<void>;
  /** What a write to this record changes, as cache tags. */
  tags(row: Row): string[];
}

/** The fields a record's key is made of. */
export const keyFieldsOf = (type: { keyFields?: readonly string[]; keyName: string }): readonly string[] =>
  type.keyFields ?? [type.keyName];

/** The zod object behind a record schema (the input side of a schema piped to a transform). */
export function objectOf(schema: z.ZodType): z.ZodObject {
  const object = schema instanceof z.ZodPipe ? schema.in : schema;
  if (!(object instanceof z.ZodObject))
    throw new Error('a record schema is a zod object (or one piped to a transform)');
  return object;
}

/** Whether the record has its own publication status (a child record follows its parent's). */
export const isPublished = (type: { schema: z.ZodType }): boolean => 'publication' in objectOf(type.schema).shape;

/** Separates the parts of a compound key; no slug, code or year holds it. */
const KEY_SEPARATOR = '|';

/** A compound natural key as one string (audit entries, duplicate checks): the parts joined, absent ones empty. */
export const compoundKey = (parts: readonly unknown[]): string =>
  parts.map((p) => (p === undefined || p === null ? '' : String(p))).join(KEY_SEPARATOR);

/** The parts of a compound key of `count` parts; the last takes the rest (it may be free text). */
export function keyParts(key: string, count: number): string[] {
  const parts = key.split(KEY_SEPARATOR);
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join(KEY_SEPARATOR)];
}

/** Spreadsheet columns: the row's fields in the schema's order (so a new field is a new column). */
export function columnsOf<Shape extends z.ZodRawShape>(object: z.ZodObject<Shape>): readonly (keyof Shape & string)[] {
  return Object.keys(object.shape).filter((k): k is keyof Shape & string => k in object.shape);
}

/** Thai or English text: trimmed, NFC-normalised, not empty. */
export const text = () =>
  z
    .string()
    .trim()
    .min(1)
    .transform((s) => s.normalize('NFC'));
export const optionalText = () =>
  z
    .string()
    .trim()
    .transform((s) => s.normalize('NFC'))
    .optional();
export const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD (C.E.)');
/** Whether a string is an absolute http(s) address; other schemes (`javascript:`, `data:`) would run or mislead in a link. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
/** A web address field: http:// or https:// only. Every URL field uses this. */
export const httpUrl = () =>
  z
    .string()
    .trim()
    .refine(isHttpUrl, {
      message: 'expected a web address starting with http:// or https://',
      params: { th: 'ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://' },
    });
/** A record's slug (kebab-case). */
export const slug = () => z.string().regex(SLUG, 'expected a kebab-case slug (a-z, 0-9, -)');

/**
 * A category code of `scheme`, given bare (`GOOD`) or as `SCHEME:CODE` (`BUSINESS_TYPE:GOOD`, as the
 * seed data files write it); stored and read back as the bare code. Without `scheme` (observations,
 * whose scheme is their indicator's) any scheme prefix is accepted and the code checked against the
 * indicator's scheme.
 */
export const categoryCode = (scheme?: string) =>
  z.string().transform((ref, ctx) => {
    const parsed = parseCategoryRef(ref);
    if (!parsed || (scheme && parsed.scheme && parsed.scheme !== scheme)) {
      ctx.addIssue({
        code: 'custom',
        message: scheme
          ? `expected a ${scheme} code, bare or as ${scheme}:CODE`
          : 'expected a category CODE or SCHEME:CODE',
      });
      return z.NEVER;
    }
    return parsed.code;
  });
/** A Thai fiscal year (or a year) in the Buddhist era, in the range the seed data files accept. */
export const fiscalYear = () =>
  z.number().int().min(2500, 'a Thai fiscal year (B.E.) from 2500').max(2700, 'a Thai fiscal year (B.E.) up to 2700');
/** A reference to another record by its key (a source key, an org-id, ...): checked by `check`. */
export const reference = () => z.string().trim().min(1);

/**
 * Child records by key, read a few parents at a time: `load` returns every child of the parents
 * named (by slug), and those whose key was asked for are kept.
 */
export async function readByParents<Row extends object>(
  keys: readonly string[],
  parentOf: (key: string) => string,
  load: (parents: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): Promise<Map<string, Row>> {
  const wanted = new Set(keys);
  const parents = [...new Set(keys.map(parentOf))];
  const found = new Map<string, Row>();
  // In chunks: SQLite allows a limited number of bound parameters per statement.
  for (let i = 0; i < parents.length; i += 500) {
    for (const row of await load(parents.slice(i, i + 500))) {
      const key = keyOf(row);
      if (wanted.has(key)) found.set(key, row);
    }
  }
  return found;
}

/**
 * The key and reads of a record stored under a parent (an enterprise's assessment, a programme's
 * budget line): its compound key of `fields`, the parent's key first, and reads that `load` every
 * record of the wanted parents at once, through a transaction or a request's reader (the export).
 */
export function keyedUnderParent<Row extends object, Db>(
  fields: readonly (keyof Row & string)[],
  load: (db: Db, parents: string[]) => Promise<Row[]>,
) {
  const key = (row: Row) => compoundKey(fields.map((f) => row[f]));
  const readMany = (db: Db, keys: readonly string[]) =>
    readByParents(
      keys,
      (k) => keyParts(k, fields.length)[0]!,
      (parents) => load(db, parents),
      key,
    );
  return {
    key,
    keyName: 'key',
    keyFields: fields,
    readMany,
    read: async (db: Db, wanted: string) => (await readMany(db, [wanted])).get(wanted) ?? null,
  };
}

export const publication = () => z.enum(['DRAFT', 'PUBLISHED', 'ARCHIVED']).optional();

/** A stable form for comparing rows: no empty or false values, keys sorted, set-like lists sorted. */
export function canonical(row: object): string {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return [...v.map(clean)].sort();
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined && x !== null && x !== false && !(Array.isArray(x) && x.length === 0))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, clean(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(clean(row));
}

export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoOf = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);
/** Drops nulls, so a stored record reads back like a row without those fields. */
export const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
