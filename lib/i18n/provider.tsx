"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translator";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** Gives client components the request's language, resolved on the server. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useI18n(): { locale: Locale; t: Translate } {
  const locale = useContext(LocaleContext);
  return useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
}
