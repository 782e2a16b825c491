import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PlainMessageKey, Translate } from "@/lib/i18n/translator";

export type NamedOption = { id: number; name: string };

/** The choices the forms offer, loaded on the server. */
export type FormOptions = { owners: NamedOption[]; segments: NamedOption[]; campaigns: NamedOption[] };

// Enum fields and the catalog prefix of their values' labels.
const ENUM_LABELS: Record<string, string> = {
  persona: "persona.",
  source: "leadSource.",
  tier: "tier.",
  pipelineStage: "pipelineStage.",
  type: "dealType.",
};

/**
 * A stored field value as a person reads it, for the conflict panel: names for owners,
 * segments and campaigns, labels for options, money and days as the forms take them.
 */
export function describeValue(t: Translate, locale: Locale, options: FormOptions & { accounts?: NamedOption[] }) {
  const named = (list: NamedOption[] | undefined, id: unknown) => list?.find((option) => option.id === id)?.name ?? `#${String(id)}`;
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("recordForms.empty");
    if (field in ENUM_LABELS) return t(`${ENUM_LABELS[field]}${String(value)}` as PlainMessageKey);
    switch (field) {
      case "ownerId":
        return named(options.owners, value);
      case "segmentId":
        return named(options.segments, value);
      case "campaignId":
        return named(options.campaigns, value);
      case "accountId":
        return named(options.accounts, value);
      case "amountMinor":
        return typeof value === "number" ? formatMoney(value, "EUR", locale, 2) : String(value);
      case "closeDate":
        return String(value).slice(0, 10);
      case "frameworkAgreement":
        return value === true ? t("recordForms.yes") : t("recordForms.no");
      default:
        return String(value);
    }
  };
}

/** Options of an enum, labelled from the catalog. */
export function enumOptions(t: Translate, field: keyof typeof ENUM_LABELS, values: readonly string[]) {
  return values.map((value) => ({ value, label: t(`${ENUM_LABELS[field]}${value}` as PlainMessageKey) }));
}

export function namedOptions(list: NamedOption[]) {
  return list.map((option) => ({ value: String(option.id), label: option.name }));
}
