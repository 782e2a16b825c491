-- CreateTable
CREATE TABLE "MqlReevaluation" (
    "id" SERIAL NOT NULL,
    "criteriaId" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "heartbeatAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),
    "afterId" INTEGER NOT NULL DEFAULT 0,
    "checked" INTEGER NOT NULL DEFAULT 0,
    "qualified" INTEGER NOT NULL DEFAULT 0,
    "unqualified" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "runner" UUID NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MqlReevaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MqlReevaluation_criteriaId_key" ON "MqlReevaluation"("criteriaId");

-- AddForeignKey
ALTER TABLE "MqlReevaluation" ADD CONSTRAINT "MqlReevaluation_criteriaId_fkey" FOREIGN KEY ("criteriaId") REFERENCES "MqlCriteria"("id") ON DELETE CASCADE ON UPDATE CASCADE;

