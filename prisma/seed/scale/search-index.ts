/**
 * The search index (`SearchTerm`) for a bulk load: its insert triggers are set aside while the
 * synthetic records are written, and the index is rebuilt in one pass afterwards, in key order.
 * Row by row, the triggers cost about a millisecond per enterprise here (seventy-odd trigrams each,
 * inserted at random places in the index); at 100,000 enterprises that was minutes.
 */
import type Database from 'better-sqlite3';
import { SEARCHABLE_MODELS } from '../../domain/search-text.ts';

/** Runs `write` with the search index's insert triggers off, then rebuilds the index and restores them. */
export function withSearchIndexRebuilt<T>(db: Database.Database, write: () => T): T {
  const triggers = SEARCHABLE_MODELS.map(
    (model) =>
      db
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`)
        .get(`${model}_search_insert`) as { name: string; sql: string } | undefined,
  ).filter((t) => t !== undefined);
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  try {
    return write();
  } finally {
    // The same terms as the triggers' (prisma/migrations/20261126110000_search_terms).
    db.transaction(() => {
      db.exec('DELETE FROM "SearchTerm"');
      // Per model, in key order (appending to the index is far cheaper than inserting at random);
      // OR IGNORE drops a trigram repeated within one text, as the triggers' DISTINCT does.
      for (const model of SEARCHABLE_MODELS)
        db.exec(
          `INSERT OR IGNORE INTO "SearchTerm" ("term", "entity", "entityId")
           SELECT substr("r"."searchText", "n", 3), '${model}', "r"."id"
           FROM "${model}" AS "r" JOIN "SearchTermPosition" ON "n" <= length("r"."searchText") - 2
           ORDER BY 1, 3`,
        );
      for (const t of triggers) db.exec(t.sql);
    })();
  }
}
