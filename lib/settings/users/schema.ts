import { z } from "zod";
import { Locale, Role } from "@/generated/prisma/enums";
import { optionalId, recordId, requiredText } from "@/lib/validation/records/fields";

/*
 * A user as the settings forms, their server actions and the tests validate them. Messages
 * are catalog keys, translated where they are shown.
 */

export const USER_NAME_MAX = 100;

/** An email is one account whatever its case: it is stored in lower case. */
export const userEmail = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : value),
  z
    .string({ error: "validation.required" })
    .min(1, { error: "validation.required" })
    .pipe(z.email({ error: "validation.email" }).max(254, { error: "validation.tooLong" }))
    .transform((email) => email.toLowerCase()),
);

export const userFields = z.object({
  name: requiredText(USER_NAME_MAX),
  email: userEmail,
  role: z.enum(Role, { error: "validation.option" }),
  teamId: optionalId,
  locale: z.enum(Locale, { error: "validation.option" }),
});

export type UserFields = z.output<typeof userFields>;

export const createUserSchema = userFields;
export const updateUserSchema = userFields.extend({ id: recordId });

/** A form's "yes" (a submit button's value or a ticked box), anything else no. */
const flag = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());

export const setUserActiveSchema = z.object({ id: recordId, active: flag });
export const resetPasswordSchema = z.object({ id: recordId });

export type UpdateUserInput = z.output<typeof updateUserSchema>;
