-- CreateTable
CREATE TABLE "AttendanceMark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bookingId" INTEGER NOT NULL,
    "present" BOOLEAN NOT NULL,
    "markedById" INTEGER NOT NULL,
    "markedByName" TEXT NOT NULL,
    "markedAt" DATETIME NOT NULL,
    CONSTRAINT "AttendanceMark_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StaffAccount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "role" TEXT NOT NULL DEFAULT 'agent',
    "createdAt" DATETIME NOT NULL
);
INSERT INTO "new_StaffAccount" ("active", "createdAt", "displayName", "email", "id", "passwordHash") SELECT "active", "createdAt", "displayName", "email", "id", "passwordHash" FROM "StaffAccount";
DROP TABLE "StaffAccount";
ALTER TABLE "new_StaffAccount" RENAME TO "StaffAccount";
CREATE UNIQUE INDEX "StaffAccount_email_key" ON "StaffAccount"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceMark_bookingId_key" ON "AttendanceMark"("bookingId");
