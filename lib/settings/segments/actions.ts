"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { segmentAssignment } from "@/lib/metrics/segment-assignment";
import { loadAssignmentFlows } from "./assignment-flows";
import { deleteSegmentIn } from "./delete";
import { reassignSegmentsIn } from "./reassign";
import { saveSegmentRulesIn } from "./save-rules";
import { deleteSegmentSchema, previewSegmentRulesSchema, reassignSegmentsSchema, saveSegmentRulesSchema } from "./schema";

// A re-assignment of a million leads writes as many audit entries; it must not be cut short.
const REASSIGN_TIMEOUT_MS = 15 * 60_000;

// Segments name the rows of every segment filter, list and dashboard.
function revalidateSegments() {
  revalidatePath("/", "layout");
}

/**
 * What the edited rules would do, nothing saved: per rule, the accounts and leads in it now
 * and those it would catch. Rule `i` (in priority order) is keyed by its segment's id, or by
 * -(i + 1) for a segment not yet created.
 */
export const previewSegmentRulesAction = authedAction({ schema: previewSegmentRulesSchema, permission: "settings.manage" }, async ({ rules }) => {
  const keys = rules.map((rule, index) => rule.id ?? -(index + 1));
  const flows = await loadAssignmentFlows(db, rules, keys);
  return { keys, accounts: segmentAssignment(keys, flows.accounts), leads: segmentAssignment(keys, flows.leads) };
});

export const saveSegmentRulesAction = authedAction({ schema: saveSegmentRulesSchema, permission: "settings.manage" }, async ({ rules, base }, user) => {
  const saved = await db.$transaction((tx) => saveSegmentRulesIn(tx, rules, base, user.id));
  revalidateSegments();
  return saved;
});

export const reassignSegmentsAction = authedAction({ schema: reassignSegmentsSchema, permission: "settings.manage" }, async (_input, user) => {
  const result = await db.$transaction((tx) => reassignSegmentsIn(tx, user.id), { timeout: REASSIGN_TIMEOUT_MS, maxWait: 60_000 });
  revalidateSegments();
  const sum = (flows: { records: number }[]) => flows.reduce((total, flow) => total + flow.records, 0);
  return { accounts: sum(result.accounts), leads: sum(result.leads) };
});

export const deleteSegmentAction = authedAction({ schema: deleteSegmentSchema, permission: "settings.manage" }, async ({ id }, user) => {
  await db.$transaction((tx) => deleteSegmentIn(tx, id, user.id));
  revalidateSegments();
});
