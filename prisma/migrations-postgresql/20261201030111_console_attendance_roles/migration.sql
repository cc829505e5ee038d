-- AlterTable
ALTER TABLE "StaffAccount" ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'agent';

-- CreateTable
CREATE TABLE "AttendanceMark" (
    "id" SERIAL NOT NULL,
    "bookingId" INTEGER NOT NULL,
    "present" BOOLEAN NOT NULL,
    "markedById" INTEGER NOT NULL,
    "markedByName" TEXT NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttendanceMark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceMark_bookingId_key" ON "AttendanceMark"("bookingId");

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
