import { setImmediate } from "node:timers/promises";
import { advanceProspectIn } from "@/lib/bowtie/accounts";
import { recordEntriesIn } from "@/lib/bowtie/record-entries";
import type { Tx } from "@/lib/bowtie/tx";
import { rowPlanner, type PlannedRow, type RowError } from "../plan";
import { prepareImport, type PlanInput } from "../run-plan";
import { chunks } from "./chunks";
import { insertChunk, type WriteContext } from "./insert";
import { updateChunk } from "./update";

/** `updated` counts the matched records the file changed; `unchanged` those it matched but already held the file's values. */
export type ApplyCounts = { created: number; updated: number; unchanged: number };

/** The file has rows the plan rejects (the records changed since the dry run): nothing may be written. */
export class RowsRejected extends Error {
  constructor(
    readonly errors: RowError[],
    readonly rejectedRows: number,
  ) {
    super("rows rejected at apply");
  }
}

/**
 * Writes planned rows set-based inside the caller's transaction, a chunk at a time: new
 * records (with their create audit entries, then first transitions through the engine),
 * then the updates, which leave alone the records already holding the file's values. Deals
 * of a new sale bring their prospect account to comparison through the engine at the end,
 * as opening one deal does.
 */
function chunkWriter(tx: Tx, context: WriteContext, mappedFields: readonly string[]) {
  const counts: ApplyCounts = { created: 0, updated: 0, unchanged: 0 };
  const prospects = new Set<number>();
  return {
    async write(rows: readonly PlannedRow[]): Promise<void> {
      const creates = rows.filter((row) => row.id === null);
      const updates = rows.filter((row) => row.id !== null);
      if (creates.length > 0) {
        const ids = await insertChunk(tx, context, creates);
        await recordEntriesIn(tx, context.kind, ids, { actorId: context.actorId, at: context.at, reason: "Imported" });
        counts.created += creates.length;
        if (context.kind === "DEAL") for (const row of creates) if (row.values.type === "NEW") prospects.add(row.values.accountId as number);
      }
      if (updates.length > 0) {
        const updated = await updateChunk(tx, context, mappedFields, updates);
        counts.updated += updated;
        counts.unchanged += updates.length - updated;
      }
    },
    async finish(): Promise<ApplyCounts> {
      for (const accountId of prospects) {
        await advanceProspectIn(tx, accountId, "COMPARISON", { actorId: context.actorId, at: context.at }, "Opportunity opened");
      }
      return counts;
    },
  };
}

/**
 * Plans the stored file against the records as they are inside the caller's transaction and
 * writes it, or throws RowsRejected (writing nothing the caller keeps) when any row is
 * rejected. Planning a chunk is the app's work and writing one the database's, so the next
 * chunk is planned while the database writes the last: on two cores the apply takes about
 * as long as its statements. `progress` hears the rows written after each chunk.
 */
export async function applyImportIn(
  tx: Tx,
  context: WriteContext,
  input: PlanInput,
  mappedFields: readonly string[],
  progress: (done: number) => Promise<void>,
): Promise<ApplyCounts & { rows: number }> {
  const { csv, prepared, existing } = await prepareImport(tx, input);
  const plan = rowPlanner(input.kind, csv.header, input.mapping, existing);
  const writer = chunkWriter(tx, context, mappedFields);
  const errors: RowError[] = [];
  let rejectedRows = 0;
  let rows = 0;
  let writing: Promise<void> | null = null;
  for (const slice of chunks(prepared)) {
    const part = plan(slice);
    await writing;
    writing = null;
    errors.push(...part.errors);
    rejectedRows += part.rejectedRows;
    // After a rejected row nothing more is written, but the rest is still planned, so that
    // the job lists every rejected row as the dry run would.
    if (rejectedRows > 0) continue;
    const done = (rows += part.rows.length);
    writing = writer.write(part.rows).then(() => progress(done));
    // Awaited with the next chunk; until then a failure must not count as unhandled.
    writing.catch(() => {});
    // Let the chunk's statement reach the database before planning the next one.
    await setImmediate();
  }
  await writing;
  if (rejectedRows > 0) throw new RowsRejected(errors, rejectedRows);
  return { ...(await writer.finish()), rows };
}
