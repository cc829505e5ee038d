-- AlterEnum
ALTER TYPE "RequestKind" ADD VALUE 'quotient_familial';

-- AlterTable
ALTER TABLE "Family" ADD COLUMN     "billingReference" TEXT,
ADD COLUMN     "quotient" INTEGER,
ADD COLUMN     "quotientBracket" TEXT,
ADD COLUMN     "quotientUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "resident" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Payment" (
    "id" SERIAL NOT NULL,
    "familyId" INTEGER NOT NULL,
    "childId" INTEGER,
    "day" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Payment_familyId_day_idx" ON "Payment"("familyId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_familyId_reference_key" ON "Payment"("familyId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "Family_billingReference_key" ON "Family"("billingReference");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
