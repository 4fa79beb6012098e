/**
 * Compiled statements kept per reader and question: building an aggregate's statement tree and
 * applying the visibility rules to it costs more JavaScript than the statement costs SQLite, and
 * widgets ask the same questions over and over. A compiled query runs as it was compiled (already
 * limited to public rows for the public reader), so the cache is per reader, never shared.
 */
import type { CompiledQuery, Compilable } from 'kysely';
import type { SqlReader } from '../../prisma/visibility-sql.ts';

/** Compiled statements kept per reader. @default 500 */
const KEPT = 500;

const byReader = new WeakMap<SqlReader, Map<string, CompiledQuery>>();

/** Runs the statement `build` makes for `key` (every input it depends on), compiling it once. */
export async function runCompiled<R>(sql: SqlReader, key: unknown, build: () => Compilable<R>): Promise<R[]> {
  let cache = byReader.get(sql);
  if (!cache) byReader.set(sql, (cache = new Map()));
  const text = JSON.stringify(key);
  let compiled = cache.get(text);
  if (compiled) cache.delete(text);
  else {
    compiled = build().compile();
    if (cache.size >= KEPT) cache.delete(cache.keys().next().value!);
  }
  cache.set(text, compiled);
  return (await sql.db.executeQuery(compiled)).rows as R[];
}
