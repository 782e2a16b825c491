"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { createDeal, updateDeal } from "@/lib/records/writes/deal";
import { recordPath } from "@/lib/records/paths";
import { createDealSchema, updateDealSchema } from "@/lib/validation/records/deal";
import { withBase } from "./base-values";

export const createDealAction = authedAction({ schema: createDealSchema, permission: "deal.edit" }, async (values, user) => {
  const id = await createDeal(db, values, { actorId: user.id });
  revalidatePath("/deals");
  // Opening a new sale can bring its account to comparison.
  revalidatePath("/accounts");
  redirect(recordPath("DEAL", id));
});

export const updateDealAction = authedAction({ schema: withBase(updateDealSchema), permission: "deal.edit" }, async ({ id, version, base, ...values }, user) => {
  await updateDeal(db, { id, version, base, values }, { actorId: user.id });
  revalidatePath("/deals");
  redirect(recordPath("DEAL", id));
});
