import type { Translate } from "./translator";

/** A range with open ends ("10–49", "250 or more", "up to 9", "Any"), its bounds formatted by `format`. */
export function formatRange(min: number | null, max: number | null, format: (value: number) => string, t: Translate): string {
  if (min !== null && max !== null) return t("common.rangeBetween", { min: format(min), max: format(max) });
  if (min !== null) return t("common.rangeFrom", { min: format(min) });
  if (max !== null) return t("common.rangeTo", { max: format(max) });
  return t("common.any");
}
