import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translator";

/**
 * The language of this request: a signed-in user's own setting, otherwise the language
 * chosen on the login page (a cookie), otherwise English.
 */
export const getLocale = cache(async (): Promise<Locale> => resolveLocale(await getCurrentUser()));

/** The same resolution for callers that already hold the user (actions, route handlers). */
export async function resolveLocale(user: { locale: Locale } | null): Promise<Locale> {
  if (user) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

export async function getI18n(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale();
  return { locale, t: createTranslator(locale) };
}
