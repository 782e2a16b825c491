"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { recordPath } from "@/lib/records/paths";
import { createAccount, updateAccount } from "@/lib/records/writes/account";
import { createAccountSchema, updateAccountSchema } from "@/lib/validation/records/account";
import { withBase } from "./base-values";

export const createAccountAction = authedAction({ schema: createAccountSchema, permission: "account.edit" }, async (values, user) => {
  const id = await createAccount(db, values, { actorId: user.id });
  revalidatePath("/accounts");
  redirect(recordPath("ACCOUNT", id));
});

export const updateAccountAction = authedAction({ schema: withBase(updateAccountSchema), permission: "account.edit" }, async ({ id, version, base, ...values }, user) => {
  await updateAccount(db, { id, version, base, values }, { actorId: user.id });
  revalidatePath("/accounts");
  redirect(recordPath("ACCOUNT", id));
});
