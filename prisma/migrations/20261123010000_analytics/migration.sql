-- Area.depth: levels below the country, derived from the materialised path ("/TH/" is 0).
ALTER TABLE "Area" ADD COLUMN "depth" INTEGER NOT NULL DEFAULT 0;
UPDATE "Area" SET "depth" = LENGTH("path") - LENGTH(REPLACE("path", '/', '')) - 2;

-- Indicator.aggregation: how values over several periods combine (SUM for flows, LAST for stocks).
ALTER TABLE "Indicator" ADD COLUMN "aggregation" TEXT NOT NULL DEFAULT 'SUM';
