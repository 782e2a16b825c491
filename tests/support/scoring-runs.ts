import type { PrismaClient } from "@/lib/db/prisma";
import type { RescoreSummary } from "@/lib/scoring/rescore";
import type { ScoringRules } from "@/lib/scoring/rules";
import { runScoring } from "@/lib/scoring/run";
import { saveScoringRules } from "@/lib/scoring/save";

/** What a finished run recorded, in the shape of rescore's summary. */
export type RunRecord = { status: string; scores: { leads: number; written: number; fitChanged: number; engagementChanged: number }; mql: RescoreSummary["mql"] };

export async function runRecord(prisma: PrismaClient, runId: number): Promise<RunRecord> {
  const run = await prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
  return {
    status: run.status,
    scores: { leads: run.processedLeads, written: run.writtenLeads, fitChanged: run.fitChanged, engagementChanged: run.engagementChanged },
    mql: run.mql as RescoreSummary["mql"],
  };
}

/** Saves the rules and runs the recompute the save queued, as the app does after its response. */
export async function saveAndRun(prisma: PrismaClient, input: { rules: ScoringRules; baseVersion: number }, actor: { actorId: number | null; at: Date }): Promise<RunRecord> {
  const saved = await saveScoringRules(prisma, input, actor);
  await runScoring(prisma, saved.runId);
  return runRecord(prisma, saved.runId);
}
