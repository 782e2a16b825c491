"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { updateCareModelSchema } from "./schema";
import { updateCareModelIn } from "./write";

export const updateCareModelAction = authedAction({ schema: updateCareModelSchema, permission: "settings.manage" }, async ({ tier, openedAt, base, ...values }, user) => {
  const saved = await db.$transaction((tx) => updateCareModelIn(tx, tier, { openedAt, base, values }, user.id));
  revalidatePath("/settings/care-models");
  return { changed: saved.changed, updatedAt: saved.updatedAt.toISOString() };
});
