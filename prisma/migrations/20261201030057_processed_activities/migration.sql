-- CreateTable
CREATE TABLE "ProcessedActivity" (
    "conversationKey" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,

    PRIMARY KEY ("conversationKey", "activityId")
);

-- CreateIndex
CREATE INDEX "ProcessedActivity_at_idx" ON "ProcessedActivity"("at");
