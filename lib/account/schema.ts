import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/settings/users/password-policy";

/*
 * A signed-in user's change of their own password, as the form, its server action and the
 * tests validate it. Passwords are taken as typed: never trimmed. Messages are catalog keys.
 */

const typed = z
  .string({ error: "validation.required" })
  .min(1, { error: "validation.required", abort: true })
  .max(PASSWORD_MAX_LENGTH, { error: "validation.tooLong" });

export const changePasswordSchema = z
  .object({
    currentPassword: typed,
    newPassword: typed.min(PASSWORD_MIN_LENGTH, { error: "account.password.tooShort" }),
    confirmPassword: typed,
  })
  .refine((input) => input.newPassword === input.confirmPassword, { error: "account.password.mismatch", path: ["confirmPassword"] })
  .refine((input) => input.newPassword !== input.currentPassword, { error: "account.password.unchanged", path: ["newPassword"] });

export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
