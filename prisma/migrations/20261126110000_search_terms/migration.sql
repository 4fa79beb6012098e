-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,

    PRIMARY KEY ("term", "entity", "entityId")
) WITHOUT ROWID; -- by hand: the key is the whole row, so one B-tree instead of a table and its index

-- CreateTable
CREATE TABLE "SearchTermPosition" (
    "n" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateIndex
CREATE INDEX "Agreement_date_id_idx" ON "Agreement"("date", "id");

-- CreateIndex
CREATE INDEX "Observation_indicatorId_areaId_id_idx" ON "Observation"("indicatorId", "areaId", "id");


-- Positions 1..4000, for cutting text into trigrams in SQL.
WITH RECURSIVE "p"("n") AS (SELECT 1 UNION ALL SELECT "n" + 1 FROM "p" WHERE "n" < 4000)
INSERT INTO "SearchTermPosition" ("n") SELECT "n" FROM "p";

-- The search index is kept by triggers, so every writer (the record write path, the seed, imports,
-- the synthetic scale generator, a hand-run UPDATE) keeps it in its own transaction. The terms of a
-- text are its distinct three-character substrings (SQLite's substr and length count characters).

-- Enterprise
CREATE TRIGGER "Enterprise_search_insert" AFTER INSERT ON "Enterprise" BEGIN
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Enterprise', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Enterprise_search_update" AFTER UPDATE OF "searchText" ON "Enterprise" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Enterprise' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Enterprise', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Enterprise_search_delete" AFTER DELETE ON "Enterprise" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Enterprise' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
END;
INSERT INTO "SearchTerm" ("term", "entity", "entityId")
  SELECT DISTINCT substr("r"."searchText", "n", 3), 'Enterprise', "r"."id" FROM "Enterprise" AS "r" JOIN "SearchTermPosition" ON "n" <= length("r"."searchText") - 2;

-- Network
CREATE TRIGGER "Network_search_insert" AFTER INSERT ON "Network" BEGIN
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Network', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Network_search_update" AFTER UPDATE OF "searchText" ON "Network" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Network' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Network', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Network_search_delete" AFTER DELETE ON "Network" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Network' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
END;
INSERT INTO "SearchTerm" ("term", "entity", "entityId")
  SELECT DISTINCT substr("r"."searchText", "n", 3), 'Network', "r"."id" FROM "Network" AS "r" JOIN "SearchTermPosition" ON "n" <= length("r"."searchText") - 2;

-- Organisation
CREATE TRIGGER "Organisation_search_insert" AFTER INSERT ON "Organisation" BEGIN
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Organisation', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Organisation_search_update" AFTER UPDATE OF "searchText" ON "Organisation" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Organisation' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Organisation', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Organisation_search_delete" AFTER DELETE ON "Organisation" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Organisation' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
END;
INSERT INTO "SearchTerm" ("term", "entity", "entityId")
  SELECT DISTINCT substr("r"."searchText", "n", 3), 'Organisation', "r"."id" FROM "Organisation" AS "r" JOIN "SearchTermPosition" ON "n" <= length("r"."searchText") - 2;

-- Agreement
CREATE TRIGGER "Agreement_search_insert" AFTER INSERT ON "Agreement" BEGIN
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Agreement', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Agreement_search_update" AFTER UPDATE OF "searchText" ON "Agreement" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Agreement' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Agreement', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Agreement_search_delete" AFTER DELETE ON "Agreement" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Agreement' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
END;
INSERT INTO "SearchTerm" ("term", "entity", "entityId")
  SELECT DISTINCT substr("r"."searchText", "n", 3), 'Agreement', "r"."id" FROM "Agreement" AS "r" JOIN "SearchTermPosition" ON "n" <= length("r"."searchText") - 2;

-- Programme
CREATE TRIGGER "Programme_search_insert" AFTER INSERT ON "Programme" BEGIN
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Programme', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Programme_search_update" AFTER UPDATE OF "searchText" ON "Programme" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Programme' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
  INSERT INTO "SearchTerm" ("term", "entity", "entityId") SELECT DISTINCT substr(NEW."searchText", "n", 3), 'Programme', NEW."id" FROM "SearchTermPosition" WHERE "n" <= length(NEW."searchText") - 2;
END;
CREATE TRIGGER "Programme_search_delete" AFTER DELETE ON "Programme" BEGIN
  DELETE FROM "SearchTerm" WHERE "entity" = 'Programme' AND "entityId" = OLD."id" AND "term" IN (SELECT substr(OLD."searchText", "n", 3) FROM "SearchTermPosition" WHERE "n" <= length(OLD."searchText") - 2);
END;
INSERT INTO "SearchTerm" ("term", "entity", "entityId")
  SELECT DISTINCT substr("r"."searchText", "n", 3), 'Programme', "r"."id" FROM "Programme" AS "r" JOIN "SearchTermPosition" ON "n" <= length("r"."searchText") - 2;
