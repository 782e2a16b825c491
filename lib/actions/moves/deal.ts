"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { loseDeal, winDeal } from "@/lib/records/moves/deal";
import { loseDealSchema, recordMoveSchema } from "@/lib/records/moves/schemas";
import { revalidateRecords } from "./revalidate";

export const winDealAction = authedAction({ schema: recordMoveSchema, permission: "deal.edit" }, async (input, user) => {
  const { accountId } = await winDeal(input, user.id);
  revalidateRecords({ kind: "DEAL", id: input.id }, { kind: "ACCOUNT", id: accountId });
});

export const loseDealAction = authedAction({ schema: loseDealSchema, permission: "deal.edit" }, async (input, user) => {
  const { accountId } = await loseDeal(input, user.id);
  revalidateRecords({ kind: "DEAL", id: input.id }, { kind: "ACCOUNT", id: accountId });
});
