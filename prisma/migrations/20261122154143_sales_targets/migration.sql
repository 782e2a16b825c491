-- CreateTable
CREATE TABLE "SalesTarget" (
    "id" SERIAL NOT NULL,
    "month" DATE NOT NULL,
    "segmentId" INTEGER NOT NULL,
    "dealType" "DealType" NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',

    CONSTRAINT "SalesTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SalesTarget_month_idx" ON "SalesTarget"("month");

-- CreateIndex
CREATE UNIQUE INDEX "SalesTarget_segmentId_dealType_month_key" ON "SalesTarget"("segmentId", "dealType", "month");

-- AddForeignKey
ALTER TABLE "SalesTarget" ADD CONSTRAINT "SalesTarget_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

