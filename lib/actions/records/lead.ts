"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { findAccountByDomain } from "@/lib/records/duplicates";
import { createLead, updateLead } from "@/lib/records/writes/lead";
import { recordPath } from "@/lib/records/paths";
import { optionalDomain } from "@/lib/validation/records/fields";
import { createLeadSchema, updateLeadSchema } from "@/lib/validation/records/lead";
import { withBase } from "./base-values";

export const createLeadAction = authedAction({ schema: createLeadSchema, permission: "lead.edit" }, async (values, user) => {
  const id = await createLead(db, values, { actorId: user.id });
  revalidatePath("/leads");
  redirect(recordPath("LEAD", id));
});

export const updateLeadAction = authedAction({ schema: withBase(updateLeadSchema), permission: "lead.edit" }, async ({ id, version, base, ...values }, user) => {
  await updateLead(db, { id, version, base, values }, { actorId: user.id });
  revalidatePath("/leads");
  redirect(recordPath("LEAD", id));
});

/** The account a lead's company domain already belongs to: shown as a hint while the form is filled. */
export const leadDomainHintAction = authedAction({ schema: z.object({ companyDomain: optionalDomain }), permission: "lead.edit" }, async ({ companyDomain }) => {
  const account = await findAccountByDomain(db, companyDomain);
  return account && { href: recordPath("ACCOUNT", account.id), label: account.name };
});
