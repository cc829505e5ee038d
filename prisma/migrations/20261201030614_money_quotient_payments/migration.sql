-- CreateTable
CREATE TABLE "Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "familyId" INTEGER NOT NULL,
    "childId" INTEGER,
    "day" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Payment_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Family" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "quotient" INTEGER,
    "quotientBracket" TEXT,
    "quotientUpdatedAt" DATETIME,
    "resident" BOOLEAN NOT NULL DEFAULT true,
    "billingReference" TEXT
);
INSERT INTO "new_Family" ("createdAt", "id", "isDemo", "name", "updatedAt") SELECT "createdAt", "id", "isDemo", "name", "updatedAt" FROM "Family";
DROP TABLE "Family";
ALTER TABLE "new_Family" RENAME TO "Family";
CREATE UNIQUE INDEX "Family_billingReference_key" ON "Family"("billingReference");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Payment_familyId_day_idx" ON "Payment"("familyId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_familyId_reference_key" ON "Payment"("familyId", "reference");
