-- CreateEnum
CREATE TYPE "FitAttribute" AS ENUM ('INDUSTRY', 'EMPLOYEES', 'COUNTRY', 'PERSONA', 'TITLE', 'SOURCE');

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "scoredAt" TIMESTAMPTZ(3),
ADD COLUMN     "scoringRuleSetId" INTEGER;

-- CreateTable
CREATE TABLE "ScoringRuleSet" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL,
    "halfLifeDays" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringFitRule" (
    "id" SERIAL NOT NULL,
    "ruleSetId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "attribute" "FitAttribute" NOT NULL,
    "value" TEXT,
    "minEmployees" INTEGER,
    "maxEmployees" INTEGER,
    "points" INTEGER NOT NULL,

    CONSTRAINT "ScoringFitRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringEngagementPoints" (
    "ruleSetId" INTEGER NOT NULL,
    "type" "TouchpointType" NOT NULL,
    "points" INTEGER NOT NULL,

    CONSTRAINT "ScoringEngagementPoints_pkey" PRIMARY KEY ("ruleSetId","type")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScoringRuleSet_version_key" ON "ScoringRuleSet"("version");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringFitRule_ruleSetId_position_key" ON "ScoringFitRule"("ruleSetId", "position");

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_scoringRuleSetId_fkey" FOREIGN KEY ("scoringRuleSetId") REFERENCES "ScoringRuleSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringFitRule" ADD CONSTRAINT "ScoringFitRule_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "ScoringRuleSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringEngagementPoints" ADD CONSTRAINT "ScoringEngagementPoints_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "ScoringRuleSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

