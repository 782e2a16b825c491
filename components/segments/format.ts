import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** A multiple such as LTV:CAC ("3.2×"); the "no data" mark when unknown. */
export function multipleText(value: number | null, locale: Locale, t: Translate): string {
  return value === null ? t("common.none") : t("segments.multiple", { value: formatNumber(value, locale, 1) });
}

/** A number of months with one decimal ("7.4 mo"); the "no data" mark when unknown. */
export function monthsText(value: number | null, locale: Locale, t: Translate): string {
  return value === null ? t("common.none") : t("segments.months", { months: formatNumber(value, locale, 1) });
}

/** A number of days with one decimal ("30 d"); the "no data" mark when unknown. */
export function daysText(value: number | null, locale: Locale, t: Translate): string {
  return value === null ? t("common.none") : t("segments.days", { days: formatNumber(value, locale, 1) });
}
