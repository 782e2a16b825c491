import type { EntityKind } from "@/generated/prisma/enums";
import { formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { isMessageKey, type Translate } from "@/lib/i18n/translator";

/*
 * How a stored value reads on a record page: an enum in the reader's language, a moment in
 * the working time zone, nothing as a dash. Audit entries keep values as JSON, so these take
 * the raw value and the field's name.
 */

const ENUM_PREFIX: Record<string, string | Partial<Record<EntityKind, string>>> = {
  status: { LEAD: "leadStatus", DEAL: "dealStatus" },
  stage: "stage",
  source: "leadSource",
  persona: "persona",
  rejectionReason: "rejectionReason",
  lostReason: "recordDetail.lostReason",
  type: "dealType",
  pipelineStage: "pipelineStage",
  tier: "tier",
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The label of a field, from the catalog when it has one (audit entries may name any field). */
export function fieldLabel(t: Translate, field: string): string {
  const key = `recordDetail.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

export function displayValue(t: Translate, locale: Locale, kind: EntityKind, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("common.none");
  if (typeof value === "boolean") return t(value ? "recordDetail.yes" : "recordDetail.no");
  if (typeof value === "number") return field === "amountMinor" ? formatMoney(value, "EUR", locale) : formatNumber(value, locale);
  if (Array.isArray(value)) return value.map((item) => displayValue(t, locale, kind, field, item)).join(", ");
  if (typeof value === "string") {
    const prefix = ENUM_PREFIX[field];
    const namespace = typeof prefix === "string" ? prefix : prefix?.[kind];
    const key = namespace ? `${namespace}.${value}` : "";
    if (isMessageKey(key)) return t(key);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(new Date(value), locale);
    return value;
  }
  return JSON.stringify(value);
}
