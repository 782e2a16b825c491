"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { assertCan } from "@/lib/auth/permissions";
import { churnAccount, completeOnboarding, openExpansion, startOnboarding } from "@/lib/records/moves/account";
import { churnAccountSchema, openExpansionSchema, recordMoveSchema } from "@/lib/records/moves/schemas";
import { revalidateRecords } from "./revalidate";

export const startOnboardingAction = authedAction({ schema: recordMoveSchema, permission: "account.edit" }, async (input, user) => {
  await startOnboarding(input, user.id);
  revalidateRecords({ kind: "ACCOUNT", id: input.id });
});

export const completeOnboardingAction = authedAction({ schema: recordMoveSchema, permission: "account.edit" }, async (input, user) => {
  await completeOnboarding(input, user.id);
  revalidateRecords({ kind: "ACCOUNT", id: input.id });
});

/** Opening the deal writes a deal, so it needs the deal right as well as the account's. */
export const openExpansionAction = authedAction({ schema: openExpansionSchema, permission: "account.edit" }, async (input, user) => {
  assertCan(user, "deal.edit");
  const opened = await openExpansion(input, user.id);
  revalidateRecords({ kind: "ACCOUNT", id: input.id }, { kind: "DEAL", id: opened.dealId });
  return opened;
});

export const churnAccountAction = authedAction({ schema: churnAccountSchema, permission: "account.edit" }, async (input, user) => {
  await churnAccount(input, user.id);
  revalidateRecords({ kind: "ACCOUNT", id: input.id });
});
