-- CreateTable
CREATE TABLE "EnterpriseCount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "areaId" INTEGER,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "EnterpriseCount_areaId_kind_count_idx" ON "EnterpriseCount"("areaId", "kind", "count");


-- The count table's rows, defined once: the seeds rebuild the table from this view
-- (prisma/enterprise-count.ts) and the tests compare the table with it.
CREATE VIEW "EnterpriseCountRows" AS
SELECT "areaId", "kind", COUNT(*) AS "count"
FROM "Enterprise"
WHERE "publication" = 'PUBLISHED'
GROUP BY "areaId", "kind";

-- A database that already holds enterprises gets its counts now (prisma/enterprise-count.ts, the same statement).
INSERT INTO "EnterpriseCount" ("areaId", "kind", "count") SELECT "areaId", "kind", "count" FROM "EnterpriseCountRows";

-- Kept in the same transaction as every write to Enterprise, whichever path makes it (the records
-- path, imports, the seed, a staff tool): the group (area, kind) of the old and of the new row is
-- recounted through Enterprise(areaId, publication, kind). The test
-- test/prisma/enterprise-count.test.ts compares the table with its view after random writes.
-- SQLite syntax; PostgreSQL needs the same bodies in a trigger function.
CREATE TRIGGER "EnterpriseCount_insert" AFTER INSERT ON "Enterprise" BEGIN
    DELETE FROM "EnterpriseCount" WHERE "areaId" IS NEW."areaId" AND "kind" = NEW."kind";
    INSERT INTO "EnterpriseCount" ("areaId", "kind", "count")
    SELECT NEW."areaId", NEW."kind", COUNT(*) FROM "Enterprise"
    WHERE "areaId" IS NEW."areaId" AND "publication" = 'PUBLISHED' AND "kind" = NEW."kind"
    HAVING COUNT(*) > 0;
END;

CREATE TRIGGER "EnterpriseCount_update" AFTER UPDATE OF "areaId", "kind", "publication" ON "Enterprise" BEGIN
    DELETE FROM "EnterpriseCount" WHERE "areaId" IS OLD."areaId" AND "kind" = OLD."kind";
    INSERT INTO "EnterpriseCount" ("areaId", "kind", "count")
    SELECT OLD."areaId", OLD."kind", COUNT(*) FROM "Enterprise"
    WHERE "areaId" IS OLD."areaId" AND "publication" = 'PUBLISHED' AND "kind" = OLD."kind"
    HAVING COUNT(*) > 0;
    DELETE FROM "EnterpriseCount" WHERE "areaId" IS NEW."areaId" AND "kind" = NEW."kind";
    INSERT INTO "EnterpriseCount" ("areaId", "kind", "count")
    SELECT NEW."areaId", NEW."kind", COUNT(*) FROM "Enterprise"
    WHERE "areaId" IS NEW."areaId" AND "publication" = 'PUBLISHED' AND "kind" = NEW."kind"
    HAVING COUNT(*) > 0;
END;

CREATE TRIGGER "EnterpriseCount_delete" AFTER DELETE ON "Enterprise" BEGIN
    DELETE FROM "EnterpriseCount" WHERE "areaId" IS OLD."areaId" AND "kind" = OLD."kind";
    INSERT INTO "EnterpriseCount" ("areaId", "kind", "count")
    SELECT OLD."areaId", OLD."kind", COUNT(*) FROM "Enterprise"
    WHERE "areaId" IS OLD."areaId" AND "publication" = 'PUBLISHED' AND "kind" = OLD."kind"
    HAVING COUNT(*) > 0;
END;
