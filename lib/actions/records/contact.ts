"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { recordPath } from "@/lib/records/paths";
import { createContact, updateContact } from "@/lib/records/writes/contact";
import { createContactSchema, updateContactSchema } from "@/lib/validation/records/contact";
import { withBase } from "./base-values";

export const createContactAction = authedAction({ schema: createContactSchema, permission: "contact.edit" }, async (values, user) => {
  const id = await createContact(db, values, { actorId: user.id });
  revalidatePath("/contacts");
  redirect(recordPath("CONTACT", id));
});

export const updateContactAction = authedAction({ schema: withBase(updateContactSchema), permission: "contact.edit" }, async ({ id, version, base, ...values }, user) => {
  await updateContact(db, { id, version, base, values }, { actorId: user.id });
  revalidatePath("/contacts");
  redirect(recordPath("CONTACT", id));
});
