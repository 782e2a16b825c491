/** A stored value as its input shows it: money in major units, a day as YYYY-MM-DD, a checkbox as a boolean. */
export function inputValue(field: string, value: unknown): string | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (field === "amountMinor" && typeof value === "number") return (value / 100).toFixed(2);
  return String(value);
}
