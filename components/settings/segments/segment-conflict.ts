import type { ConflictDetails, FieldConflict } from "@/lib/errors";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

const PROPERTIES = ["key", "nameEn", "nameFi", "priority", "minEmployees", "maxEmployees", "minDealAmountMinor", "maxDealAmountMinor"] as const;
type Property = (typeof PROPERTIES)[number];
type StoredRule = Partial<Record<Property, unknown>>;

const asRule = (value: unknown): StoredRule | null => (typeof value === "object" && value !== null ? (value as StoredRule) : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What the stale-save panel of the segment rules shows, in the reader's words. */
export type SegmentConflictView = {
  conflict: ConflictDetails;
  label: (field: string) => string;
  describe: (field: string, value: unknown) => string;
  /** No segment was added or deleted meanwhile, so saving over their values can go through. */
  canSaveMine: boolean;
};

/**
 * The server names a segment rules conflict by segment id, each value a whole rule. The panel
 * shows one line per property someone else changed, named by the segment's name and the
 * property's label ("Mid-market · Name (Finnish)"), and one line for a segment added or
 * deleted meanwhile, named by its name.
 */
export function segmentConflictView(conflict: ConflictDetails, t: Translate, locale: Locale): SegmentConflictView {
  const names = new Map<string, string>();
  const fields: FieldConflict[] = conflict.fields.flatMap((field) => {
    const [base, theirs, yours] = [asRule(field.base), asRule(field.theirs), asRule(field.yours)];
    const rule = theirs ?? yours ?? base;
    names.set(field.field, nameOf(rule, t, locale));
    if (!base || !theirs) return [field];
    return PROPERTIES.filter((property) => !same(base[property], theirs[property])).map((property) => ({
      ...field,
      field: `${field.field}.${property}`,
      base: base[property] ?? null,
      theirs: theirs[property] ?? null,
      yours: yours ? (yours[property] ?? null) : null,
    }));
  });
  const split = (field: string) => {
    const [id = "", property] = field.split(".") as [string, Property | undefined];
    return { segment: names.get(id) ?? t("settingsStructure.segments.new"), property };
  };
  return {
    conflict: { ...conflict, fields },
    canSaveMine: fields.every((field) => field.field.includes(".")),
    label: (field) => {
      const { segment, property } = split(field);
      return property ? t("settingsStructure.segments.conflictField", { segment, field: propertyLabel(property, t) }) : segment;
    },
    describe: (field, value) => {
      const { property } = split(field);
      if (!property) return t(value ? "settingsStructure.segments.conflictPresent" : "settingsStructure.segments.conflictAbsent");
      return describeProperty(property, value, t, locale);
    },
  };
}

function nameOf(rule: StoredRule | null, t: Translate, locale: Locale): string {
  const name = rule?.[locale === "fi" ? "nameFi" : "nameEn"] ?? rule?.key;
  return typeof name === "string" && name !== "" ? name : t("settingsStructure.segments.new");
}

function propertyLabel(property: Property, t: Translate): string {
  switch (property) {
    case "minEmployees":
    case "maxEmployees":
      return `${t("settingsStructure.segments.employees")} ${t(property === "minEmployees" ? "settingsStructure.segments.min" : "settingsStructure.segments.max")}`;
    case "minDealAmountMinor":
    case "maxDealAmountMinor":
      return `${t("settingsStructure.segments.dealSize")} ${t(property === "minDealAmountMinor" ? "settingsStructure.segments.min" : "settingsStructure.segments.max")}`;
    default:
      return t(`settingsStructure.segments.${property}`);
  }
}

function describeProperty(property: Property, value: unknown, t: Translate, locale: Locale): string {
  if (value === null || value === undefined || value === "") {
    return property === "key" || property === "nameEn" || property === "nameFi" ? t("common.none") : t("settingsStructure.segments.openBound");
  }
  if (typeof value !== "number") return String(value);
  // Deal sizes are kept in cents.
  return property === "minDealAmountMinor" || property === "maxDealAmountMinor" ? formatMoney(value, "EUR", locale) : formatNumber(value, locale);
}
