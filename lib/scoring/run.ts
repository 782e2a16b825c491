import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { toAppError } from "@/lib/errors";
import { rescore } from "./rescore";
import { HEARTBEAT_MS } from "./run-claim";
import { ruleSetById } from "./store";

// The run was marked interrupted while it worked (its heartbeat lapsed): it stops, so that it
// never goes on alongside a run started again in its place.
class RunCutOff extends Error {
  constructor(runId: number) {
    super(`scoring run ${runId} is no longer running`);
  }
}

/**
 * Runs a queued recompute to its end, after the request that queued it: every lead's scores
 * under the run's version of the rules as of its instant, then the MQL re-evaluation they
 * lead to (rescore), writing the counts to the run after each batch of leads so the settings
 * page can follow it, and a heartbeat meanwhile. Ends DONE with the counts and the MQL
 * summary, or FAILED with the reason; it never throws. A run already started (a second call)
 * is left alone.
 */
export async function runScoring(client: PrismaClient, runId: number): Promise<void> {
  const { count } = await client.scoringRun.updateMany({ where: { id: runId, status: "QUEUED" }, data: { status: "RUNNING", startedAt: new Date() } });
  if (count === 0) return;

  const update = async (data: Prisma.ScoringRunUpdateManyMutationInput) => {
    const { count } = await client.scoringRun.updateMany({ where: { id: runId, status: "RUNNING" }, data });
    if (count === 0) throw new RunCutOff(runId);
  };
  const heartbeat = setInterval(() => void update({ updatedAt: new Date() }).catch(() => {}), HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const run = await client.scoringRun.findUniqueOrThrow({ where: { id: runId }, select: { ruleSetId: true, fit: true, engagement: true, asOf: true, actorId: true } });
    const ruleSet = (await ruleSetById(client, run.ruleSetId))!;
    const [leads] = await client.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Lead"`;
    await update({ totalLeads: leads!.total });
    const summary = await rescore(
      client,
      ruleSet,
      { fit: run.fit, engagement: run.engagement },
      { actorId: run.actorId, at: run.asOf },
      {
        onBatch: (counts) =>
          update({ processedLeads: counts.leads, writtenLeads: counts.written, fitChanged: counts.fitChanged, engagementChanged: counts.engagementChanged }),
        onMql: () => update({ phase: "MQL" }),
      },
    );
    const { scores } = summary;
    await update({
      status: "DONE",
      finishedAt: new Date(),
      processedLeads: scores.leads,
      writtenLeads: scores.written,
      fitChanged: scores.fitChanged,
      engagementChanged: scores.engagementChanged,
      mql: summary.mql ?? Prisma.DbNull,
    });
  } catch (error) {
    if (!(error instanceof RunCutOff)) {
      await client.scoringRun
        .updateMany({ where: { id: runId, status: "RUNNING" }, data: { status: "FAILED", failure: failureOf(error), finishedAt: new Date() } })
        .catch(() => {});
    }
  } finally {
    clearInterval(heartbeat);
  }
}

/** A failure as the run keeps it: an expected one's catalog key, otherwise the error's own text. */
function failureOf(error: unknown): string {
  const appError = toAppError(error);
  if (appError) return appError.messageKey ?? `errors.${appError.code}`;
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
