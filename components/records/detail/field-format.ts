import { formatDate, formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey, Translate } from "@/lib/i18n/translator";

/** Formatters for a record's own fields, each showing a missing value as a dash. */
export function fieldFormat(t: Translate, locale: Locale) {
  const none = t("common.none");
  return {
    none,
    text: (value: string | null | undefined) => (value === null || value === undefined || value === "" ? none : value),
    number: (value: number | null) => (value === null ? none : formatNumber(value, locale)),
    instant: (value: Date | null) => (value === null ? none : formatDateTime(value, locale)),
    day: (value: Date | null) => (value === null ? none : formatDate(value, locale)),
    money: (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, locale),
    yesNo: (value: boolean) => t(value ? "recordDetail.yes" : "recordDetail.no"),
    segment: (segment: { nameEn: string; nameFi: string } | null) => (segment ? (locale === "fi" ? segment.nameFi : segment.nameEn) : none),
  };
}

type FieldKey = Extract<MessageKey, `recordDetail.field.${string}`>;
/** A field the catalog has a label for. */
export type FieldName = FieldKey extends `recordDetail.field.${infer Name}` ? Name : never;

export const labelOf = (t: Translate, field: FieldName) => t(`recordDetail.field.${field}` as FieldKey);
