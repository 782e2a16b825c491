-- CreateEnum
CREATE TYPE "ScoringRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ScoringRunPhase" AS ENUM ('SCORES', 'MQL');

-- CreateTable
CREATE TABLE "ScoringRun" (
    "id" SERIAL NOT NULL,
    "ruleSetId" INTEGER NOT NULL,
    "fit" BOOLEAN NOT NULL,
    "engagement" BOOLEAN NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "status" "ScoringRunStatus" NOT NULL DEFAULT 'QUEUED',
    "phase" "ScoringRunPhase" NOT NULL DEFAULT 'SCORES',
    "totalLeads" INTEGER,
    "processedLeads" INTEGER NOT NULL DEFAULT 0,
    "writtenLeads" INTEGER NOT NULL DEFAULT 0,
    "fitChanged" INTEGER NOT NULL DEFAULT 0,
    "engagementChanged" INTEGER NOT NULL DEFAULT 0,
    "mql" JSONB,
    "actorId" INTEGER,
    "failure" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScoringRun_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ScoringRun" ADD CONSTRAINT "ScoringRun_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "ScoringRuleSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringRun" ADD CONSTRAINT "ScoringRun_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

