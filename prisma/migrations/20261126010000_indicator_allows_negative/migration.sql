-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionTh" TEXT,
    "descriptionEn" TEXT,
    "unitId" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "higherIsBetter" BOOLEAN NOT NULL DEFAULT true,
    "allowsNegative" BOOLEAN NOT NULL DEFAULT false,
    "aggregation" TEXT NOT NULL DEFAULT 'SUM',
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
INSERT INTO "new_Indicator" ("aggregation", "categoryScheme", "code", "createdAt", "descriptionEn", "descriptionTh", "higherIsBetter", "id", "irisRef", "measure", "nameEn", "nameTh", "programmeId", "publication", "sdgTargets", "unitId", "updatedAt") SELECT "aggregation", "categoryScheme", "code", "createdAt", "descriptionEn", "descriptionTh", "higherIsBetter", "id", "irisRef", "measure", "nameEn", "nameTh", "programmeId", "publication", "sdgTargets", "unitId", "updatedAt" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

