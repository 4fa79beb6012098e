-- An observation is identified by what it measures, when, where and in which breakdown; the
-- programme it reports on is an attribute, not part of its identity (otherwise a correction
-- sent without the programme would add a second value instead of replacing the first).
-- Drops the last "|<programme slug>" segment from every key. A clash would mean two values for
-- the same thing and fails the migration (nothing is changed then).
UPDATE "Observation"
SET "key" = substr("key", 1, length("key") - 1 - COALESCE((SELECT length(p."slug") FROM "Programme" p WHERE p."id" = "Observation"."programmeId"), 0));
