-- CreateTable
CREATE TABLE "AttemptRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "HealthProbe" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "checkedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AttemptRecord_key_at_idx" ON "AttemptRecord"("key", "at");

-- CreateIndex
CREATE INDEX "AttemptRecord_at_idx" ON "AttemptRecord"("at");

-- CreateIndex
CREATE INDEX "StorageItem_updatedAt_idx" ON "StorageItem"("updatedAt");
