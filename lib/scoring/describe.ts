import type { LeadSource, Persona } from "@/generated/prisma/enums";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { FitRule } from "./rules";

/** A fit rule as one line of text: "Industry is Manufacturing", "Company size 100–999". */
export function describeFitRule(t: Translate, locale: Locale, rule: FitRule): string {
  const value = rule.value ?? "";
  switch (rule.attribute) {
    case "EMPLOYEES": {
      const bound = (value: number | null) => (value === null ? null : formatNumber(value, locale));
      const [min, max] = [bound(rule.minEmployees), bound(rule.maxEmployees)];
      if (min !== null && max !== null) return t("scoring.condition.between", { min, max });
      return min !== null ? t("scoring.condition.atLeast", { min }) : t("scoring.condition.atMost", { max: max ?? "" });
    }
    case "PERSONA":
      return t("scoring.condition.PERSONA", { value: t(`persona.${value as Persona}`) });
    case "SOURCE":
      return t("scoring.condition.SOURCE", { value: t(`leadSource.${value as LeadSource}`) });
    default:
      return t(`scoring.condition.${rule.attribute}`, { value });
  }
}
