-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publisherTh" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "url" TEXT,
    "summaryEn" TEXT
);

-- CreateTable
CREATE TABLE "Area" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "geocode" TEXT,
    "parentId" INTEGER,
    "path" TEXT NOT NULL,
    CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AreaGroupMember" (
    "groupId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,

    PRIMARY KEY ("groupId", "memberId"),
    CONSTRAINT "AreaGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Area" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AreaGroupMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Area" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scheme" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionTh" TEXT,
    "descriptionEn" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Unit" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "symbolTh" TEXT,
    "symbolEn" TEXT
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orgId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "acronymTh" TEXT,
    "acronymEn" TEXT,
    "url" TEXT,
    "parentId" INTEGER,
    "areaId" INTEGER,
    "searchText" TEXT NOT NULL,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organisation_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "registrationNo" TEXT,
    "registeredOn" DATETIME,
    "areaId" INTEGER,
    "villageNo" INTEGER,
    "tourismLevel" TEXT,
    "descriptionTh" TEXT,
    "descriptionEn" TEXT,
    "searchText" TEXT NOT NULL,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Enterprise_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EnterpriseBusinessType" (
    "enterpriseId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,

    PRIMARY KEY ("enterpriseId", "categoryId"),
    CONSTRAINT "EnterpriseBusinessType_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EnterpriseBusinessType_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "enterpriseId" INTEGER NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "grade" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "Assessment_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assessment_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Award" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "enterpriseId" INTEGER NOT NULL,
    "contestTh" TEXT NOT NULL,
    "contestEn" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "rank" TEXT NOT NULL,
    "organiserId" INTEGER,
    "areaId" INTEGER,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "Award_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Award_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Award_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Award_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "enterpriseId" INTEGER NOT NULL,
    "standard" TEXT NOT NULL,
    "productTh" TEXT,
    "productEn" TEXT,
    "status" TEXT NOT NULL,
    "year" INTEGER,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "Certification_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certification_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Network" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "themeTh" TEXT,
    "themeEn" TEXT,
    "areaId" INTEGER,
    "coordinatorId" INTEGER,
    "searchText" TEXT NOT NULL,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Network_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Network_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NetworkMember" (
    "networkId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,

    PRIMARY KEY ("networkId", "enterpriseId"),
    CONSTRAINT "NetworkMember_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NetworkMember_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "date" DATETIME,
    "venueTh" TEXT,
    "venueEn" TEXT,
    "descriptionTh" TEXT,
    "descriptionEn" TEXT,
    "searchText" TEXT NOT NULL,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Signatory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "representativeTh" TEXT,
    "representativeEn" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Signatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Signatory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionTh" TEXT,
    "descriptionEn" TEXT,
    "leadId" INTEGER NOT NULL,
    "areaId" INTEGER,
    "fromFiscalYear" INTEGER,
    "toFiscalYear" INTEGER,
    "searchText" TEXT NOT NULL,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Programme_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Programme_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgrammePartner" (
    "programmeId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("programmeId", "organisationId", "role"),
    CONSTRAINT "ProgrammePartner_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgrammePartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programmeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "amount" REAL,
    "recipients" INTEGER,
    "recipientUnitId" TEXT,
    "reportedPercent" REAL,
    "asOf" DATETIME,
    "noteTh" TEXT,
    "noteEn" TEXT,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "BudgetLine_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_recipientUnitId_fkey" FOREIGN KEY ("recipientUnitId") REFERENCES "Unit" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "startOn" DATETIME,
    "endOn" DATETIME,
    "areaId" INTEGER,
    "venueTh" TEXT,
    "venueEn" TEXT,
    "presidedByTh" TEXT,
    "presidedByEn" TEXT,
    "participants" INTEGER,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "Activity_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Activity_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionTh" TEXT,
    "descriptionEn" TEXT,
    "unitId" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "higherIsBetter" BOOLEAN NOT NULL DEFAULT true,
    "categoryScheme" TEXT,
    "irisRef" TEXT,
    "sdgTargets" TEXT,
    "programmeId" INTEGER,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Indicator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Indicator_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "fiscalYear" INTEGER,
    "areaId" INTEGER,
    "categoryId" INTEGER,
    "programmeId" INTEGER,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "noteTh" TEXT,
    "noteEn" TEXT,
    "sourceId" INTEGER NOT NULL,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Observation_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Observation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Observation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AreaToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AreaToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Area" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AreaToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CategoryToProgramme" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_CategoryToProgramme_A_fkey" FOREIGN KEY ("A") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CategoryToProgramme_B_fkey" FOREIGN KEY ("B") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_OrganisationToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_OrganisationToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_OrganisationToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_EnterpriseToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_EnterpriseToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_EnterpriseToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_NetworkToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_NetworkToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_NetworkToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AgreementToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AgreementToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AgreementToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AgreementToCategory" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AgreementToCategory_A_fkey" FOREIGN KEY ("A") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AgreementToCategory_B_fkey" FOREIGN KEY ("B") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AgreementToProgramme" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AgreementToProgramme_A_fkey" FOREIGN KEY ("A") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AgreementToProgramme_B_fkey" FOREIGN KEY ("B") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ProgrammeToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ProgrammeToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ProgrammeToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ActivityToEnterprise" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ActivityToEnterprise_A_fkey" FOREIGN KEY ("A") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ActivityToEnterprise_B_fkey" FOREIGN KEY ("B") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Area_code_key" ON "Area"("code");

-- CreateIndex
CREATE INDEX "Area_path_idx" ON "Area"("path");

-- CreateIndex
CREATE INDEX "Area_kind_idx" ON "Area"("kind");

-- CreateIndex
CREATE INDEX "AreaGroupMember_memberId_idx" ON "AreaGroupMember"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_scheme_code_key" ON "Category"("scheme", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_orgId_key" ON "Organisation"("orgId");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_slug_key" ON "Enterprise"("slug");

-- CreateIndex
CREATE INDEX "Enterprise_kind_idx" ON "Enterprise"("kind");

-- CreateIndex
CREATE INDEX "Enterprise_areaId_idx" ON "Enterprise"("areaId");

-- CreateIndex
CREATE INDEX "EnterpriseBusinessType_categoryId_idx" ON "EnterpriseBusinessType"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_enterpriseId_fiscalYear_key" ON "Assessment"("enterpriseId", "fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "Award_enterpriseId_contestEn_level_year_key" ON "Award"("enterpriseId", "contestEn", "level", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_enterpriseId_standard_year_key" ON "Certification"("enterpriseId", "standard", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Network_slug_key" ON "Network"("slug");

-- CreateIndex
CREATE INDEX "NetworkMember_enterpriseId_idx" ON "NetworkMember"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE INDEX "Signatory_organisationId_idx" ON "Signatory"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Signatory_agreementId_organisationId_role_key" ON "Signatory"("agreementId", "organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE INDEX "ProgrammePartner_organisationId_idx" ON "ProgrammePartner"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_programmeId_kind_fiscalYear_key" ON "BudgetLine"("programmeId", "kind", "fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_slug_key" ON "Activity"("slug");

-- CreateIndex
CREATE INDEX "Activity_programmeId_idx" ON "Activity"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_key_key" ON "Observation"("key");

-- CreateIndex
CREATE INDEX "Observation_indicatorId_periodStart_idx" ON "Observation"("indicatorId", "periodStart");

-- CreateIndex
CREATE INDEX "Observation_areaId_idx" ON "Observation"("areaId");

-- CreateIndex
CREATE INDEX "Observation_categoryId_idx" ON "Observation"("categoryId");

-- CreateIndex
CREATE INDEX "Observation_fiscalYear_idx" ON "Observation"("fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "_AreaToSource_AB_unique" ON "_AreaToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_AreaToSource_B_index" ON "_AreaToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_CategoryToProgramme_AB_unique" ON "_CategoryToProgramme"("A", "B");

-- CreateIndex
CREATE INDEX "_CategoryToProgramme_B_index" ON "_CategoryToProgramme"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_OrganisationToSource_AB_unique" ON "_OrganisationToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_OrganisationToSource_B_index" ON "_OrganisationToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_EnterpriseToSource_AB_unique" ON "_EnterpriseToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_EnterpriseToSource_B_index" ON "_EnterpriseToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_NetworkToSource_AB_unique" ON "_NetworkToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_NetworkToSource_B_index" ON "_NetworkToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_AgreementToSource_AB_unique" ON "_AgreementToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_AgreementToSource_B_index" ON "_AgreementToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_AgreementToCategory_AB_unique" ON "_AgreementToCategory"("A", "B");

-- CreateIndex
CREATE INDEX "_AgreementToCategory_B_index" ON "_AgreementToCategory"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_AgreementToProgramme_AB_unique" ON "_AgreementToProgramme"("A", "B");

-- CreateIndex
CREATE INDEX "_AgreementToProgramme_B_index" ON "_AgreementToProgramme"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ProgrammeToSource_AB_unique" ON "_ProgrammeToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_ProgrammeToSource_B_index" ON "_ProgrammeToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ActivityToEnterprise_AB_unique" ON "_ActivityToEnterprise"("A", "B");

-- CreateIndex
CREATE INDEX "_ActivityToEnterprise_B_index" ON "_ActivityToEnterprise"("B");

