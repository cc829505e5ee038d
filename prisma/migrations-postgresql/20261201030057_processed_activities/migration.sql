-- CreateTable
CREATE TABLE "ProcessedActivity" (
    "conversationKey" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcessedActivity_pkey" PRIMARY KEY ("conversationKey","activityId")
);

-- CreateIndex
CREATE INDEX "ProcessedActivity_at_idx" ON "ProcessedActivity"("at");
