-- CreateTable
CREATE TABLE "AttemptRecord" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttemptRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthProbe" (
    "id" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HealthProbe_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AttemptRecord_key_at_idx" ON "AttemptRecord"("key", "at");

-- CreateIndex
CREATE INDEX "AttemptRecord_at_idx" ON "AttemptRecord"("at");

-- CreateIndex
CREATE INDEX "StorageItem_updatedAt_idx" ON "StorageItem"("updatedAt");
