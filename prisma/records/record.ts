/**
 * A record type that staff can write through the API, imports and the CLI: its row format
 * (referring to other records by natural key), how to read a stored record back in that format,
 * how to check its references, and how to write it. One definition serves mutations and their
 * GraphQL inputs (schema/record-inputs.ts), spreadsheet import and export, and the audit trail.
 *
 * The seed data files hold these rows too (prisma/seed/format.ts), with the nested lists a record
 * does not hold yet (an enterprise's assessments, a programme's budget lines, an indicator's
 * observations), and the seed writes them through `write` (prisma/seed/load.ts). Category fields
 * take bare codes (`GOOD`) or `SCHEME:CODE` (as the files write them) and read back as codes.
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
export interface RecordType<Row extends { publication?: PublicationValue }, Db = Tx> {
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
  /** What a write to this record changes, as cache tags. */
  tags(row: Row): string[];
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
