-- AlterEnum
ALTER TYPE "RequestKind" ADD VALUE 'dossier';

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "keptByGuardian" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AuthorisedPerson" (
    "id" SERIAL NOT NULL,
    "familyId" INTEGER NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "relation" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorisedPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" SERIAL NOT NULL,
    "familyId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSubscription" (
    "guardianId" INTEGER NOT NULL,
    "deadlines" BOOLEAN NOT NULL DEFAULT true,
    "weekly" BOOLEAN NOT NULL DEFAULT false,
    "daysBefore" INTEGER NOT NULL DEFAULT 3,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "stoppedAt" TIMESTAMP(3),

    CONSTRAINT "ReminderSubscription_pkey" PRIMARY KEY ("guardianId")
);

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "key" TEXT NOT NULL,
    "guardianId" INTEGER NOT NULL,
    "via" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AuthorisedPerson_familyId_idx" ON "AuthorisedPerson"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_familyId_idx" ON "CalendarFeed"("familyId");

-- CreateIndex
CREATE INDEX "ReminderDelivery_guardianId_idx" ON "ReminderDelivery"("guardianId");
