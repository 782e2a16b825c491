"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { previewCriteria, type MqlPreview } from "../preview";
import { previewDraftSchema } from "../schema";
import { getActiveVersion, ruleOf } from "../versions";

/**
 * The builder's live preview: the criteria being edited against the segment's open leads
 * now, next to the version in force. Reads only; invalid fields come back as field errors.
 */
export const previewMqlDraftAction = authedAction({ schema: previewDraftSchema, permission: "mql.define" }, async (input): Promise<MqlPreview> => {
  const { segmentId, ...fields } = input;
  const active = await getActiveVersion(segmentId, db);
  return previewCriteria(segmentId, ruleOf(fields), active ? ruleOf(active.fields) : null, new Date(), db);
});
