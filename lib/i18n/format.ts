import { INTL_LOCALE, type Locale } from "./locales";

/**
 * Calendar dates (close dates, months) are stored as UTC midnight and shown as that day;
 * instants are shown in the time zone the teams work in, so the server and every browser
 * agree on what "today" was.
 */
const CALENDAR_TIME_ZONE = "UTC";
export const WORKING_TIME_ZONE = "Europe/Helsinki";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
  return format;
}

/**
 * Money kept as integer minor units; the currency decides how many of them make a unit.
 * `fractionDigits` shows fewer of them (0: whole units, rounded half away from zero).
 */
export function formatMoney(amountMinor: number, currency: string, locale: Locale, fractionDigits?: number): string {
  const format = numberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const shown =
    fractionDigits === undefined
      ? format
      : numberFormat(locale, { style: "currency", currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  return shown.format(amountMinor / 10 ** digits);
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A ratio (0.125) as a percentage ("12.5%"). */
export function formatPercent(ratio: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits }).format(ratio);
}

/** A calendar date, e.g. a deal's close date. */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(locale, { dateStyle: "medium", timeZone: CALENDAR_TIME_ZONE }).format(date);
}

/** Money on a chart, compact ("€1.2m"); `fractionDigits` more where nearby ticks would read alike. */
export function formatMoneyCompact(amountMinor: number, currency: string, locale: Locale, fractionDigits = 1): string {
  const digits = numberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return numberFormat(locale, { style: "currency", currency, notation: "compact", maximumFractionDigits: fractionDigits }).format(
    amountMinor / 10 ** digits,
  );
}

/** A half-open period [start, end) as its first and last calendar day, e.g. "1 Jan 2026 – 31 Dec 2026". */
export function formatPeriod(period: { start: string | Date; end: string | Date }, locale: Locale): string {
  const lastDay = new Date(new Date(period.end).getTime() - 86_400_000);
  return `${formatDate(new Date(period.start), locale)} – ${formatDate(lastDay, locale)}`;
}

/** The day on which something happened, e.g. when a record was created. */
export function formatDay(instant: Date, locale: Locale): string {
  return dateFormat(locale, { dateStyle: "medium", timeZone: WORKING_TIME_ZONE }).format(instant);
}

/** An exact moment, e.g. a last sign-in. */
export function formatDateTime(instant: Date, locale: Locale): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: WORKING_TIME_ZONE }).format(instant);
}

/** A calendar month from its first day, e.g. "Mar 2026" / "maalis 2026"; "long" spells the month out ("March 2026"). */
export function formatMonth(month: Date | string, locale: Locale, style: "short" | "long" = "short"): string {
  return dateFormat(locale, { month: style, year: "numeric", timeZone: CALENDAR_TIME_ZONE }).format(new Date(month));
}
