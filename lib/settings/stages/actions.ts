"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { saveSalesModelIn } from "./sales-model-write";
import { updateSalesModelSchema, updateStageDefinitionSchema } from "./schema";
import { updateStageDefinitionIn } from "./write";

// The stage texts and SLAs show on the funnel (past-SLA figures) and the segments dashboard (the sales model).
function revalidateStages() {
  revalidatePath("/settings/stages");
  revalidatePath("/dashboard", "layout");
}

export const updateStageDefinitionAction = authedAction(
  { schema: updateStageDefinitionSchema, permission: "settings.manage" },
  async ({ stage, openedAt, base, ...values }, user) => {
    const saved = await db.$transaction((tx) => updateStageDefinitionIn(tx, stage, { openedAt, base, values }, user.id));
    revalidateStages();
    return { changed: saved.changed, updatedAt: saved.updatedAt.toISOString() };
  },
);

export const saveSalesModelAction = authedAction({ schema: updateSalesModelSchema, permission: "settings.manage" }, async ({ segmentId, cells, base }, user) => {
  const saved = await db.$transaction((tx) => saveSalesModelIn(tx, segmentId, cells, base, user.id));
  revalidateStages();
  return saved;
});
