import type { PrismaClient } from "@/generated/prisma/client";
import type { RescoreSummary } from "./rescore";
import { expireInterruptedRuns, INTERRUPTED } from "./run-claim";
import type { ScoringRunView } from "./run-state";

type Client = Pick<PrismaClient, "scoringRun" | "scoringRuleSet">;

/** The latest run, with any run whose server stopped marked interrupted first; null before the first. */
export async function latestRun(client: Client): Promise<ScoringRunView | null> {
  await expireInterruptedRuns(client);
  const [run, active] = await Promise.all([
    client.scoringRun.findFirst({
      select: {
        id: true, status: true, phase: true, totalLeads: true, processedLeads: true, writtenLeads: true,
        fitChanged: true, engagementChanged: true, mql: true, finishedAt: true, failure: true, ruleSetId: true,
        ruleSet: { select: { version: true } },
        actor: { select: { name: true } },
      },
      orderBy: { id: "desc" },
    }),
    client.scoringRuleSet.findFirst({ select: { id: true }, orderBy: { version: "desc" } }),
  ]);
  if (!run) return null;
  return {
    id: run.id,
    status: run.status,
    phase: run.phase,
    version: run.ruleSet.version,
    total: run.totalLeads,
    processed: run.processedLeads,
    written: run.writtenLeads,
    fitChanged: run.fitChanged,
    engagementChanged: run.engagementChanged,
    mql: run.mql as RescoreSummary["mql"],
    actor: run.actor?.name ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    failure: run.failure,
    interrupted: run.failure === INTERRUPTED,
    restartable: run.status === "FAILED" && run.ruleSetId === active?.id,
  };
}
