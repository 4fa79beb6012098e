-- A certification is keyed by (enterprise, standard, year), the year absent when the document gives
-- none. The unique index on the three columns cannot hold that key alone, since SQL treats nulls as
-- distinct; this partial index (SQLite and PostgreSQL alike) makes an absent year count once.
-- Prisma's schema language cannot declare a partial index: prisma/schema.prisma names it in a comment.
CREATE UNIQUE INDEX "Certification_enterpriseId_standard_no_year_key" ON "Certification"("enterpriseId", "standard") WHERE "year" IS NULL;
