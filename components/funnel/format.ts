import { formatDuration } from "@/components/bowtie/stage-view";
import { formatMoney, formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

// Deal amounts and sales targets are kept in euros, the currency the company reports in.
export const REPORTING_CURRENCY = "EUR";

/** A share as a percentage, or the "no data" mark when it has no denominator. */
export function ratioText(value: number | null, locale: Locale, t: Translate): string {
  return value === null ? t("common.none") : formatPercent(value, locale);
}

/** A duration in hours, shown in hours or days; the "no data" mark when it is unknown. */
export function hoursText(hours: number | null, locale: Locale, t: Translate): string {
  return hours === null ? t("common.none") : formatDuration(hours, locale, t);
}

export function moneyText(amountMinor: number, locale: Locale): string {
  return formatMoney(amountMinor, REPORTING_CURRENCY, locale);
}

