
-- DropIndex
DROP INDEX "Enterprise_kind_idx";

-- DropIndex
DROP INDEX "Enterprise_areaId_idx";

-- DropIndex
DROP INDEX "Observation_indicatorId_periodStart_idx";

-- CreateIndex
CREATE INDEX "Area_depth_idx" ON "Area"("depth");

-- CreateIndex
CREATE INDEX "Area_parentId_idx" ON "Area"("parentId");

-- CreateIndex
CREATE INDEX "Enterprise_kind_publication_idx" ON "Enterprise"("kind", "publication");

-- CreateIndex
CREATE INDEX "Enterprise_areaId_publication_kind_idx" ON "Enterprise"("areaId", "publication", "kind");

-- CreateIndex
CREATE INDEX "Observation_indicatorId_periodStart_areaId_categoryId_id_idx" ON "Observation"("indicatorId", "periodStart", "areaId", "categoryId", "id");

-- CreateIndex
CREATE INDEX "Observation_level_covering_idx" ON "Observation"("indicatorId", "kind", "categoryId", "areaId", "periodEnd", "periodStart", "fiscalYear", "value", "sourceId", "approximate", "publication", "programmeId");

