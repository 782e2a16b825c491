import "server-only";
import { db } from "@/lib/db/client";
import { segmentAssignment } from "@/lib/metrics/segment-assignment";
import { loadAssignmentFlows } from "./assignment-flows";
import { REASSIGNMENT_ENTITY, type Reassignment } from "./reassign";

/** The segments in rule order: the first rule an account falls in decides its segment. */
export async function getSegmentRules() {
  return db.segment.findMany({
    select: {
      id: true,
      key: true,
      nameEn: true,
      nameFi: true,
      priority: true,
      minEmployees: true,
      maxEmployees: true,
      minDealAmountMinor: true,
      maxDealAmountMinor: true,
    },
    orderBy: { priority: "asc" },
  });
}

export type SegmentRuleRow = Awaited<ReturnType<typeof getSegmentRules>>[number];

/** What a re-assignment would move now: accounts and leads by the segment they are in and the one the saved rules give. */
export async function getPendingReassignment(segments: SegmentRuleRow[]) {
  const ids = segments.map((segment) => segment.id);
  const flows = await loadAssignmentFlows(db, segments, ids);
  return { accounts: segmentAssignment(ids, flows.accounts), leads: segmentAssignment(ids, flows.leads) };
}

/** The last re-assignment's summary entry: when, by whom, and what moved from where to where. */
export async function getLastReassignment() {
  const entry = await db.auditLog.findFirst({
    where: REASSIGNMENT_ENTITY,
    select: { occurredAt: true, after: true, actor: { select: { name: true } } },
    orderBy: { id: "desc" },
  });
  return entry && { at: entry.occurredAt, actor: entry.actor?.name ?? null, summary: entry.after as unknown as Reassignment };
}
