import { z } from "zod";
import type { Locale } from "./locales";

const ERROR_MAPS: Record<Locale, () => ReturnType<typeof z.locales.en>> = {
  en: z.locales.en,
  fi: z.locales.fi,
};

const built = new Map<Locale, z.core.$ZodErrorMap>();

/**
 * Zod's own messages in the user's language, passed per parse so a schema's custom
 * messages still win and no global configuration is shared between requests.
 */
export function validationErrorMap(locale: Locale): z.core.$ZodErrorMap {
  let map = built.get(locale);
  if (!map) built.set(locale, (map = ERROR_MAPS[locale]().localeError));
  return map;
}
