/**
 * Typed widget documents. `graphql()` (gql.tada) checks a document against the printed SDL
 * (through widgets/graphql-env.d.ts, made by `npm run typegen`) and types its answer and
 * variables, so a schema change that breaks a widget fails `tsc`.
 *
 * Elements import these modules for their types only: the page never carries document text, only
 * the ids the build computes (see widgets/build.ts, which also writes the server's manifest).
 */
import { initGraphQLTada, type DocumentDecoration, type ResultOf, type VariablesOf } from 'gql.tada';
import type { introspection } from '../graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // Fragments here share fields, they do not hide them: an element reads its whole answer.
  disableMasking: true;
  scalars: { Date: string; DateTime: string };
}>();

export type { ResultOf, VariablesOf };

/** Operation names of persisted documents (each `.graphql.ts` module names its own). */
export type WidgetDocumentName = string;

/** A fragment's text, kept beside its parsed form: the persisted text is built from the texts. */
export interface Fragment<Doc> {
  text: string;
  document: Doc;
}

/**
 * A trusted ("persisted") document: widgets send only its id (SHA-256 of `text`), the server
 * answers only documents in the build manifest.
 *
 * Changing a document's text changes its id: old embeds keep working only while the old text is
 * persisted too, so edit by adding a new version rather than rewriting one in place.
 */
export interface PersistedDocument<Name extends string = string, Doc = unknown> {
  name: Name;
  /** The exact text the id is the hash of: the operation, then its fragments. */
  text: string;
  /**
   * What the answer depends on, as cache tags: a write that changes a tag drops the cached answers
   * carrying it. `$name` stands for the value of the variable `name`, e.g. `Indicator:$code`.
   */
  tags: readonly string[];
  document: Doc;
}

/**
 * Paths of fields (or variables) the schema does not know: gql.tada types them `unknown` rather than
 * failing, so `persisted()` turns any such path into a type error naming it.
 */
export type UnknownPaths<T, P extends string = ''> = unknown extends T
  ? P
  : T extends readonly (infer U)[]
    ? UnknownPaths<U, `${P}[]`>
    : T extends object
      ? { [K in keyof T & string]-?: UnknownPaths<T[K], `${P}.${K}`> }[keyof T & string]
      : never;

/** Nothing extra when every field and variable of `Doc` is in the schema; otherwise a demand naming the others. */
type Checked<Doc extends DocumentDecoration<any, any>> = [
  UnknownPaths<ResultOf<Doc>> | UnknownPaths<VariablesOf<Doc>, '$'>,
] extends [never]
  ? unknown
  : { 'not in schema/schema.graphql': UnknownPaths<ResultOf<Doc>> | UnknownPaths<VariablesOf<Doc>, '$'> };

/** `text` followed by its fragments, joined as the documents always were (so their ids stay). */
export function persisted<const Name extends string, Doc extends DocumentDecoration<any, any>>(
  name: Name,
  document: Doc,
  parts: { text: string; fragments?: readonly Fragment<unknown>[]; tags: readonly string[] } & Checked<Doc>,
): PersistedDocument<Name, Doc> {
  // The operation's text ends at its closing brace plus a newline (as the formatter leaves it).
  const operation = parts.text.replace(/\n$/, '');
  const text = `${[operation, ...(parts.fragments ?? []).map((f) => f.text)].join('\n  ')}\n`;
  return { name, text, tags: parts.tags, document };
}

/** Tags of answers built from the shared reference lists (areas, categories, units, sources). */
export const REFERENCE_TAGS = ['Area', 'Category', 'Unit', 'Source'] as const;

/**
 * An answer whose root field is null only beside an error (NOT_FOUND), which the element shows as
 * its error state: the element itself sees the field present.
 */
export type Found<T, K extends keyof T> = Omit<T, K> & { [P in K]: NonNullable<T[P]> };

/** A GraphQL input or enum type by name, as the schema defines it, e.g. `InputOf<'ObservationFilter'>`. */
export type InputOf<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
