"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/authed-action";
import { searchAccounts } from "@/lib/records/forms/account-search";

/** Accounts matching a name or domain, for the account picker of the contact and deal forms. */
export const searchAccountsAction = authedAction({ schema: z.object({ query: z.string().max(200) }), permission: "records.read" }, async ({ query }) =>
  searchAccounts(query),
);
