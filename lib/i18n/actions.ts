"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { formDataToObject } from "@/lib/actions/form-data";
import { failure, success, type ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { updateUserLocale } from "@/lib/data/users";
import { LOCALE_COOKIE, LOCALES } from "./locales";
import { resolveLocale } from "./server";
import { createTranslator } from "./translator";

const switchLocaleSchema = z.object({ locale: z.enum(LOCALES) });

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Changes the UI language. Signed in, it is saved on the user (so it follows them to any
 * browser); the cookie is always set, so the login page after signing out keeps it too.
 * Not an `authedAction`: the login page offers the same switch to someone not signed in.
 */
export async function switchLocaleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await getCurrentUser();
  const parsed = switchLocaleSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return failure("INVALID", createTranslator(await resolveLocale(user))("errors.INVALID"));
  }
  const { locale } = parsed.data;

  if (user) {
    if (!can(user.role, "profile.edit")) {
      return failure("FORBIDDEN", createTranslator(user.locale)("errors.FORBIDDEN"));
    }
    await updateUserLocale(user.id, locale);
  }

  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
  revalidatePath("/", "layout");
  return success(undefined);
}
