"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { assertCan } from "@/lib/auth/permissions";
import { acceptLead, convertLead, qualifyLead, rejectLead } from "@/lib/records/moves/lead";
import { convertLeadSchema, recordMoveSchema, rejectLeadSchema } from "@/lib/records/moves/schemas";
import { revalidateRecords } from "./revalidate";

export const qualifyLeadAction = authedAction({ schema: recordMoveSchema, permission: "lead.edit" }, async (input, user) => {
  const outcome = await qualifyLead(input, user.id);
  if (outcome.qualified) revalidateRecords({ kind: "LEAD", id: input.id });
  return outcome;
});

export const acceptLeadAction = authedAction({ schema: recordMoveSchema, permission: "lead.edit" }, async (input, user) => {
  await acceptLead(input, user.id);
  revalidateRecords({ kind: "LEAD", id: input.id });
});

export const rejectLeadAction = authedAction({ schema: rejectLeadSchema, permission: "lead.edit" }, async (input, user) => {
  await rejectLead(input, user.id);
  revalidateRecords({ kind: "LEAD", id: input.id });
});

/**
 * Converting writes a contact, an account and a deal as well as the lead, so it also needs
 * the edit right of each of those kinds, as any other way of writing them would.
 */
export const convertLeadAction = authedAction({ schema: convertLeadSchema, permission: "lead.edit" }, async (input, user) => {
  for (const action of ["contact.edit", "account.edit", "deal.edit"] as const) assertCan(user, action);
  const converted = await convertLead(input, user.id);
  revalidateRecords(
    { kind: "LEAD", id: input.id },
    { kind: "ACCOUNT", id: converted.accountId },
    { kind: "CONTACT", id: converted.contactId },
    { kind: "DEAL", id: converted.dealId },
  );
  return converted;
});
