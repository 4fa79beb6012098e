-- CreateTable
CREATE TABLE "ObservationRollup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "grain" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "categoryId" INTEGER,
    "areaId" INTEGER,
    "areaDepth" INTEGER NOT NULL,
    "programmeId" INTEGER,
    "sourceId" INTEGER NOT NULL,
    "fiscalYear" INTEGER,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "value" REAL NOT NULL,
    "count" INTEGER NOT NULL,
    "approximate" BOOLEAN NOT NULL,
    "lastPeriodStart" DATETIME NOT NULL,
    "lastPeriodEnd" DATETIME NOT NULL,
    "lastValue" REAL NOT NULL,
    "lastCount" INTEGER NOT NULL,
    "lastApproximate" BOOLEAN NOT NULL,
    CONSTRAINT "ObservationRollup_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ObservationRollup_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ObservationRollup_year_idx" ON "ObservationRollup"("indicatorId", "kind", "grain", "categoryId", "areaId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate", "sourceId", "programmeId", "areaDepth");

-- CreateIndex
CREATE INDEX "ObservationRollup_period_idx" ON "ObservationRollup"("indicatorId", "kind", "grain", "areaDepth", "categoryId", "periodEnd", "periodStart", "fiscalYear", "value", "count", "approximate", "sourceId", "programmeId", "areaId");

-- CreateIndex
CREATE INDEX "ObservationRollup_programmeId_idx" ON "ObservationRollup"("programmeId");


-- The rollup's rows, defined once: the seeds rebuild the table from these views (prisma/rollup.ts)
-- and the triggers below recompute the groups a write touched from them.
-- YEAR: per area (or none) and fiscal year (a period filed under no fiscal year keeps its own
-- row), with the latest end's rows apart (a stock's value for the year).
CREATE VIEW "ObservationRollupYear" AS
SELECT 'YEAR' AS "grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId",
    "fiscalYear", "ownStart", "ownEnd",
    MIN("periodStart") AS "periodStart", MAX("periodEnd") AS "periodEnd", SUM("value") AS "value",
    COUNT(*) AS "count", MAX(CASE WHEN "approximate" THEN 1 ELSE 0 END) = 1 AS "approximate",
    MIN(CASE WHEN "periodEnd" = "lastEnd" THEN "periodStart" END) AS "lastPeriodStart",
    MAX("lastEnd") AS "lastPeriodEnd",
    SUM(CASE WHEN "periodEnd" = "lastEnd" THEN "value" ELSE 0 END) AS "lastValue",
    SUM(CASE WHEN "periodEnd" = "lastEnd" THEN 1 ELSE 0 END) AS "lastCount",
    MAX(CASE WHEN "periodEnd" = "lastEnd" AND "approximate" THEN 1 ELSE 0 END) = 1 AS "lastApproximate"
FROM (
    SELECT "p".*, MAX("periodEnd") OVER (PARTITION BY "indicatorId", "kind", "categoryId", "areaId", "programmeId",
            "sourceId", "fiscalYear", "ownStart", "ownEnd") AS "lastEnd"
    FROM (
        SELECT o."indicatorId", o."kind", o."categoryId", o."areaId", COALESCE(a."depth", -1) AS "areaDepth",
            o."programmeId", o."sourceId", o."fiscalYear", o."periodStart", o."periodEnd", o."value", o."approximate",
            CASE WHEN o."fiscalYear" IS NULL THEN o."periodStart" END AS "ownStart",
            CASE WHEN o."fiscalYear" IS NULL THEN o."periodEnd" END AS "ownEnd"
        FROM "Observation" o LEFT JOIN "Area" a ON a."id" = o."areaId"
        WHERE o."publication" = 'PUBLISHED'
    ) AS "p"
) AS "r"
GROUP BY "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear",
    "ownStart", "ownEnd";

-- PERIOD: per period, summed over the areas of one depth (-1: no area).
CREATE VIEW "ObservationRollupPeriod" AS
SELECT 'PERIOD' AS "grain", o."indicatorId", o."kind", o."categoryId", CAST(NULL AS INTEGER) AS "areaId",
    COALESCE(a."depth", -1) AS "areaDepth", o."programmeId", o."sourceId", o."fiscalYear",
    o."periodStart", o."periodEnd", SUM(o."value") AS "value", COUNT(*) AS "count",
    MAX(CASE WHEN o."approximate" THEN 1 ELSE 0 END) = 1 AS "approximate",
    o."periodStart" AS "lastPeriodStart", o."periodEnd" AS "lastPeriodEnd", SUM(o."value") AS "lastValue",
    COUNT(*) AS "lastCount", MAX(CASE WHEN o."approximate" THEN 1 ELSE 0 END) = 1 AS "lastApproximate"
FROM "Observation" o LEFT JOIN "Area" a ON a."id" = o."areaId"
WHERE o."publication" = 'PUBLISHED'
GROUP BY o."indicatorId", o."kind", o."categoryId", COALESCE(a."depth", -1), o."programmeId", o."sourceId",
    o."fiscalYear", o."periodStart", o."periodEnd";

-- A database that already holds observations gets its rollup now (prisma/rollup.ts, the same statement).
INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate") SELECT "grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate" FROM "ObservationRollupYear" UNION ALL SELECT "grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate" FROM "ObservationRollupPeriod";

-- Kept in the same transaction as every write to Observation, whichever path makes it (the write
-- path, imports, the seed, a staff tool): the groups the old and the new row belong to are
-- recomputed. YEAR groups are summed here with their latest end found first (SQLite does not push a
-- group's key into the view's window), PERIOD groups are read from their view. The test
-- test/prisma/rollup.test.ts compares the table with both views after random writes.
-- SQLite syntax; PostgreSQL needs the same bodies in a trigger function.
CREATE TRIGGER "ObservationRollup_insert" AFTER INSERT ON "Observation" BEGIN
    DELETE FROM "ObservationRollup" WHERE "grain" = 'YEAR' AND "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaId" IS NEW."areaId"
        AND (NEW."fiscalYear" IS NOT NULL OR ("periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd"));
    INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate")
    SELECT 'YEAR', NEW."indicatorId", NEW."kind", NEW."categoryId", NEW."areaId", COALESCE((SELECT "depth" FROM "Area" WHERE "id" = NEW."areaId"), -1),
        NEW."programmeId", NEW."sourceId", NEW."fiscalYear", MIN("periodStart"), MAX("periodEnd"), SUM("value"),
        COUNT(*), MAX(CASE WHEN "approximate" THEN 1 ELSE 0 END) = 1,
        MIN(CASE WHEN "periodEnd" = "last"."end" THEN "periodStart" END), MAX("last"."end"),
        SUM(CASE WHEN "periodEnd" = "last"."end" THEN "value" ELSE 0 END),
        SUM(CASE WHEN "periodEnd" = "last"."end" THEN 1 ELSE 0 END),
        MAX(CASE WHEN "periodEnd" = "last"."end" AND "approximate" THEN 1 ELSE 0 END) = 1
    FROM "Observation",
        (SELECT MAX("periodEnd") AS "end" FROM "Observation" WHERE "publication" = 'PUBLISHED' AND "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaId" IS NEW."areaId"
        AND (NEW."fiscalYear" IS NOT NULL OR ("periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd"))) AS "last"
    WHERE "publication" = 'PUBLISHED' AND "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaId" IS NEW."areaId"
        AND (NEW."fiscalYear" IS NOT NULL OR ("periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd"))
    HAVING COUNT(*) > 0;
    DELETE FROM "ObservationRollup" WHERE "grain" = 'PERIOD' AND "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaDepth" = COALESCE((SELECT "depth" FROM "Area" WHERE "id" = NEW."areaId"), -1) AND "periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd";
    INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate")
    SELECT "grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate" FROM "ObservationRollupPeriod" WHERE "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaDepth" = COALESCE((SELECT "depth" FROM "Area" WHERE "id" = NEW."areaId"), -1) AND "periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd";
END;

CREATE TRIGGER "ObservationRollup_update" AFTER UPDATE ON "Observation" BEGIN
    DELETE FROM "ObservationRollup" WHERE "grain" = 'YEAR' AND "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaId" IS OLD."areaId"
        AND (OLD."fiscalYear" IS NOT NULL OR ("periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd"));
    INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate")
    SELECT 'YEAR', OLD."indicatorId", OLD."kind", OLD."categoryId", OLD."areaId", COALESCE((SELECT "depth" FROM "Area" WHERE "id" = OLD."areaId"), -1),
        OLD."programmeId", OLD."sourceId", OLD."fiscalYear", MIN("periodStart"), MAX("periodEnd"), SUM("value"),
        COUNT(*), MAX(CASE WHEN "approximate" THEN 1 ELSE 0 END) = 1,
        MIN(CASE WHEN "periodEnd" = "last"."end" THEN "periodStart" END), MAX("last"."end"),
        SUM(CASE WHEN "periodEnd" = "last"."end" THEN "value" ELSE 0 END),
        SUM(CASE WHEN "periodEnd" = "last"."end" THEN 1 ELSE 0 END),
        MAX(CASE WHEN "periodEnd" = "last"."end" AND "approximate" THEN 1 ELSE 0 END) = 1
    FROM "Observation",
        (SELECT MAX("periodEnd") AS "end" FROM "Observation" WHERE "publication" = 'PUBLISHED' AND "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaId" IS OLD."areaId"
        AND (OLD."fiscalYear" IS NOT NULL OR ("periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd"))) AS "last"
    WHERE "publication" = 'PUBLISHED' AND "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaId" IS OLD."areaId"
        AND (OLD."fiscalYear" IS NOT NULL OR ("periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd"))
    HAVING COUNT(*) > 0;
    DELETE FROM "ObservationRollup" WHERE "grain" = 'PERIOD' AND "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaDepth" = COALESCE((SELECT "depth" FROM "Area" WHERE "id" = OLD."areaId"), -1) AND "periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd";
    INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate")
    SELECT "grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate" FROM "ObservationRollupPeriod" WHERE "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaDepth" = COALESCE((SELECT "depth" FROM "Area" WHERE "id" = OLD."areaId"), -1) AND "periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd";
    DELETE FROM "ObservationRollup" WHERE "grain" = 'YEAR' AND "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaId" IS NEW."areaId"
        AND (NEW."fiscalYear" IS NOT NULL OR ("periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd"));
    INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate")
    SELECT 'YEAR', NEW."indicatorId", NEW."kind", NEW."categoryId", NEW."areaId", COALESCE((SELECT "depth" FROM "Area" WHERE "id" = NEW."areaId"), -1),
        NEW."programmeId", NEW."sourceId", NEW."fiscalYear", MIN("periodStart"), MAX("periodEnd"), SUM("value"),
        COUNT(*), MAX(CASE WHEN "approximate" THEN 1 ELSE 0 END) = 1,
        MIN(CASE WHEN "periodEnd" = "last"."end" THEN "periodStart" END), MAX("last"."end"),
        SUM(CASE WHEN "periodEnd" = "last"."end" THEN "value" ELSE 0 END),
        SUM(CASE WHEN "periodEnd" = "last"."end" THEN 1 ELSE 0 END),
        MAX(CASE WHEN "periodEnd" = "last"."end" AND "approximate" THEN 1 ELSE 0 END) = 1
    FROM "Observation",
        (SELECT MAX("periodEnd") AS "end" FROM "Observation" WHERE "publication" = 'PUBLISHED' AND "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaId" IS NEW."areaId"
        AND (NEW."fiscalYear" IS NOT NULL OR ("periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd"))) AS "last"
    WHERE "publication" = 'PUBLISHED' AND "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaId" IS NEW."areaId"
        AND (NEW."fiscalYear" IS NOT NULL OR ("periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd"))
    HAVING COUNT(*) > 0;
    DELETE FROM "ObservationRollup" WHERE "grain" = 'PERIOD' AND "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaDepth" = COALESCE((SELECT "depth" FROM "Area" WHERE "id" = NEW."areaId"), -1) AND "periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd";
    INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate")
    SELECT "grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate" FROM "ObservationRollupPeriod" WHERE "indicatorId" = NEW."indicatorId" AND "kind" = NEW."kind" AND "categoryId" IS NEW."categoryId"
        AND "programmeId" IS NEW."programmeId" AND "sourceId" = NEW."sourceId" AND "fiscalYear" IS NEW."fiscalYear"
        AND "areaDepth" = COALESCE((SELECT "depth" FROM "Area" WHERE "id" = NEW."areaId"), -1) AND "periodStart" = NEW."periodStart" AND "periodEnd" = NEW."periodEnd";
END;

CREATE TRIGGER "ObservationRollup_delete" AFTER DELETE ON "Observation" BEGIN
    DELETE FROM "ObservationRollup" WHERE "grain" = 'YEAR' AND "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaId" IS OLD."areaId"
        AND (OLD."fiscalYear" IS NOT NULL OR ("periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd"));
    INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate")
    SELECT 'YEAR', OLD."indicatorId", OLD."kind", OLD."categoryId", OLD."areaId", COALESCE((SELECT "depth" FROM "Area" WHERE "id" = OLD."areaId"), -1),
        OLD."programmeId", OLD."sourceId", OLD."fiscalYear", MIN("periodStart"), MAX("periodEnd"), SUM("value"),
        COUNT(*), MAX(CASE WHEN "approximate" THEN 1 ELSE 0 END) = 1,
        MIN(CASE WHEN "periodEnd" = "last"."end" THEN "periodStart" END), MAX("last"."end"),
        SUM(CASE WHEN "periodEnd" = "last"."end" THEN "value" ELSE 0 END),
        SUM(CASE WHEN "periodEnd" = "last"."end" THEN 1 ELSE 0 END),
        MAX(CASE WHEN "periodEnd" = "last"."end" AND "approximate" THEN 1 ELSE 0 END) = 1
    FROM "Observation",
        (SELECT MAX("periodEnd") AS "end" FROM "Observation" WHERE "publication" = 'PUBLISHED' AND "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaId" IS OLD."areaId"
        AND (OLD."fiscalYear" IS NOT NULL OR ("periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd"))) AS "last"
    WHERE "publication" = 'PUBLISHED' AND "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaId" IS OLD."areaId"
        AND (OLD."fiscalYear" IS NOT NULL OR ("periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd"))
    HAVING COUNT(*) > 0;
    DELETE FROM "ObservationRollup" WHERE "grain" = 'PERIOD' AND "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaDepth" = COALESCE((SELECT "depth" FROM "Area" WHERE "id" = OLD."areaId"), -1) AND "periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd";
    INSERT INTO "ObservationRollup" ("grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate")
    SELECT "grain", "indicatorId", "kind", "categoryId", "areaId", "areaDepth", "programmeId", "sourceId", "fiscalYear", "periodStart", "periodEnd", "value", "count", "approximate", "lastPeriodStart", "lastPeriodEnd", "lastValue", "lastCount", "lastApproximate" FROM "ObservationRollupPeriod" WHERE "indicatorId" = OLD."indicatorId" AND "kind" = OLD."kind" AND "categoryId" IS OLD."categoryId"
        AND "programmeId" IS OLD."programmeId" AND "sourceId" = OLD."sourceId" AND "fiscalYear" IS OLD."fiscalYear"
        AND "areaDepth" = COALESCE((SELECT "depth" FROM "Area" WHERE "id" = OLD."areaId"), -1) AND "periodStart" = OLD."periodStart" AND "periodEnd" = OLD."periodEnd";
END;
