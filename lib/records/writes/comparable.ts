/**
 * A field's value as JSON would carry it (a Date as its ISO text, absent as null), so the
 * values a form was opened with, the stored ones and the user's compare alike and an
 * audit entry stores exactly what was compared.
 */
export function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return comparable(a) === comparable(b);
}

/** Each of `fields` as comparable values. */
export function pickComparable<F extends string>(values: Partial<Record<F, unknown>>, fields: readonly F[]): Record<F, unknown> {
  return Object.fromEntries(fields.map((field) => [field, comparable(values[field])])) as Record<F, unknown>;
}
