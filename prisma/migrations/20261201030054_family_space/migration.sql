-- CreateTable
CREATE TABLE "AuthorisedPerson" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "familyId" INTEGER NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "relation" TEXT,
    "phone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "familyId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ReminderSubscription" (
    "guardianId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "deadlines" BOOLEAN NOT NULL DEFAULT true,
    "weekly" BOOLEAN NOT NULL DEFAULT false,
    "daysBefore" INTEGER NOT NULL DEFAULT 3,
    "createdAt" DATETIME NOT NULL,
    "stoppedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "guardianId" INTEGER NOT NULL,
    "via" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "guardianId" INTEGER NOT NULL,
    "childId" INTEGER,
    "requestId" INTEGER,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "originalName" TEXT,
    "days" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "purgedAt" DATETIME,
    "keptByGuardian" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Document_guardianId_fkey" FOREIGN KEY ("guardianId") REFERENCES "Guardian" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Document_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("channel", "childId", "days", "guardianId", "id", "mediaType", "originalName", "purgedAt", "receivedAt", "requestId", "sha256", "sizeBytes") SELECT "channel", "childId", "days", "guardianId", "id", "mediaType", "originalName", "purgedAt", "receivedAt", "requestId", "sha256", "sizeBytes" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE INDEX "Document_guardianId_idx" ON "Document"("guardianId");
CREATE INDEX "Document_requestId_idx" ON "Document"("requestId");
CREATE INDEX "Document_receivedAt_idx" ON "Document"("receivedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuthorisedPerson_familyId_idx" ON "AuthorisedPerson"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_familyId_idx" ON "CalendarFeed"("familyId");

-- CreateIndex
CREATE INDEX "ReminderDelivery_guardianId_idx" ON "ReminderDelivery"("guardianId");
