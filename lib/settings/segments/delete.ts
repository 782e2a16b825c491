import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";
import { readOwnerRow } from "../stages/sales-model-write";

/** What keeps a segment from being deleted: anything that names it, now or in its history. */
export const SEGMENT_USES = ["accounts", "leads", "criteria", "transitions", "spend", "targets"] as const;
export type SegmentUse = (typeof SEGMENT_USES)[number];

type Uses = Record<SegmentUse, boolean>;

/**
 * Deletes a segment that nothing names: no account or lead in it, no MQL criteria version (the
 * agreement's history would cascade away with it), no stage transition recorded in it, no
 * spend or sales target. Otherwise it is refused, naming what it still has. Its row of the
 * sales-model matrix goes with it and is kept in the audit entry.
 */
export async function deleteSegmentIn(tx: Tx, id: number, actorId: number | null): Promise<void> {
  const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Segment" WHERE id = ${id} FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND", `segment ${id} does not exist`);
  const uses = await segmentUses(tx, id);
  const found = SEGMENT_USES.filter((use) => uses[use]);
  if (found.length > 0) {
    throw new AppError("CONFLICT", `segment ${id} is in use: ${found.join(", ")}`, {
      messageKey: "settingsStructure.segments.deleteRefused",
      fieldErrors: { id: found.map((use) => `settingsStructure.segments.inUse.${use}`) },
    });
  }
  const owners = await readOwnerRow(tx, id);
  const full = await tx.segment.findUniqueOrThrow({ where: { id } });
  await tx.segment.delete({ where: { id } });
  await audit(tx, { actorId, action: "segment.delete", entityKind: "Segment", entityId: id, before: { ...full, salesModel: owners } });
}

/** Whether anything names the segment; each test walks an index and stops at the first row. */
export async function segmentUses(tx: Pick<Tx, "$queryRaw">, id: number): Promise<Uses> {
  const [row] = await tx.$queryRaw<Uses[]>`
    SELECT EXISTS (SELECT 1 FROM "Account" WHERE "segmentId" = ${id}) AS accounts,
           EXISTS (SELECT 1 FROM "Lead" WHERE "segmentId" = ${id}) AS leads,
           EXISTS (SELECT 1 FROM "MqlCriteria" WHERE "segmentId" = ${id}) AS criteria,
           EXISTS (SELECT 1 FROM "StageTransition" WHERE "segmentId" = ${id}) AS transitions,
           EXISTS (SELECT 1 FROM "Spend" WHERE "segmentId" = ${id}) AS spend,
           EXISTS (SELECT 1 FROM "SalesTarget" WHERE "segmentId" = ${id}) AS targets`;
  return row!;
}
