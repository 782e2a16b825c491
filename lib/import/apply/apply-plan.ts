import { advanceProspectIn } from "@/lib/bowtie/accounts";
import { recordEntriesIn } from "@/lib/bowtie/record-entries";
import type { Tx } from "@/lib/bowtie/tx";
import type { PlannedRow } from "../plan";
import { chunks } from "./chunks";
import { insertChunk, type WriteContext } from "./insert";
import { updateChunk } from "./update";

/** `updated` counts the matched records the file changed; `unchanged` those it matched but already held the file's values. */
export type ApplyCounts = { created: number; updated: number; unchanged: number };

/**
 * Writes a plan's rows set-based inside the caller's transaction: new records a chunk at a
 * time (records with their create audit entries, then first transitions through the
 * engine), then the updates, which leave alone the records already holding the file's
 * values. `progress` hears the rows done after each chunk. Deals of a new sale bring their
 * prospect account to comparison through the engine, as opening one deal does.
 */
export async function applyPlanIn(
  tx: Tx,
  context: WriteContext,
  rows: readonly PlannedRow[],
  mappedFields: readonly string[],
  progress: (done: number) => Promise<void>,
): Promise<ApplyCounts> {
  const creates = rows.filter((row) => row.id === null);
  const updates = rows.filter((row) => row.id !== null);
  let done = 0;
  for (const chunk of chunks(creates)) {
    const ids = await insertChunk(tx, context, chunk);
    await recordEntriesIn(tx, context.kind, ids, { actorId: context.actorId, at: context.at, reason: "Imported" });
    done += chunk.length;
    await progress(done);
  }
  let updated = 0;
  for (const chunk of chunks(updates)) {
    updated += await updateChunk(tx, context, mappedFields, chunk);
    done += chunk.length;
    await progress(done);
  }
  if (context.kind === "DEAL") {
    const prospects = new Set(creates.filter((row) => row.values.type === "NEW").map((row) => row.values.accountId as number));
    for (const accountId of prospects) {
      await advanceProspectIn(tx, accountId, "COMPARISON", { actorId: context.actorId, at: context.at }, "Opportunity opened");
    }
  }
  return { created: creates.length, updated, unchanged: updates.length - updated };
}
