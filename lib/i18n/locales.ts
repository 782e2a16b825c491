import type { Locale } from "@/generated/prisma/enums";

export type { Locale };

export const LOCALES = ["en", "fi"] as const satisfies readonly Locale[];

export const DEFAULT_LOCALE: Locale = "en";

/** Remembers the language of someone not signed in (the login page); users keep theirs in the DB. */
export const LOCALE_COOKIE = "rusetti-locale";

/** The Intl locale behind each UI language: British English writes dates day-first like Finnish. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fi: "fi-FI" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
