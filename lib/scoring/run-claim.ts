import type { Prisma } from "@/generated/prisma/client";
import type { ScoringRunStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { ScoreParts } from "./rules";

type Client = Pick<Prisma.TransactionClient, "scoringRun">;

// Claims take turns, so two requests cannot both find no run under way and start one each.
const RUN_LOCK = "scoring.run";

/** How often a run marks itself alive while it works, batch or no batch (the MQL re-evaluation reports no progress). */
export const HEARTBEAT_MS = 10_000;

/** A run queued or running but untouched for this long lost its server (a restart): many heartbeats missed, not one slow one. */
export const INTERRUPTED_AFTER_MS = 2 * 60_000;

/** The failure of a run cut off by a restart, shown as "interrupted". */
export const INTERRUPTED = "scoring.run.interrupted";

const UNDER_WAY: ScoringRunStatus[] = ["QUEUED", "RUNNING"];

/** Marks the runs whose heartbeat stopped as failed, interrupted, so no page waits on them and another run may start. */
export async function expireInterruptedRuns(client: Client, now = new Date()): Promise<void> {
  await client.scoringRun.updateMany({
    where: { status: { in: UNDER_WAY }, updatedAt: { lt: new Date(now.getTime() - INTERRUPTED_AFTER_MS) } },
    data: { status: "FAILED", failure: INTERRUPTED },
  });
}

/** Takes the run lock for the rest of the caller's transaction; taking it again in the same transaction is free. */
export async function lockRunsIn(tx: Pick<Prisma.TransactionClient, "$executeRaw">): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${RUN_LOCK}))`;
}

export type RunRequest = { ruleSetId: number; parts: ScoreParts; asOf: Date; actorId: number | null };

/**
 * Queues a run in the caller's transaction and returns its id, or refuses (CONFLICT, changing
 * nothing the caller keeps) while another run is queued or running: two recomputes at once
 * would write the same leads twice over and race on the MQL moves.
 */
export async function claimRunIn(tx: Client & Pick<Prisma.TransactionClient, "$executeRaw">, request: RunRequest): Promise<number> {
  await lockRunsIn(tx);
  await expireInterruptedRuns(tx);
  const busy = await tx.scoringRun.findFirst({ where: { status: { in: UNDER_WAY } }, select: { id: true } });
  if (busy) throw new AppError("CONFLICT", `scoring run ${busy.id} is under way`, { messageKey: "scoring.run.busy" });
  const run = await tx.scoringRun.create({
    data: { ruleSetId: request.ruleSetId, fit: request.parts.fit, engagement: request.parts.engagement, asOf: request.asOf, actorId: request.actorId },
    select: { id: true },
  });
  return run.id;
}
