// Reading URL search params the way every page and route handler receives them: a key may
// be absent, present once, or repeated.

/** What Next hands a page as `searchParams`. */
export type UrlRecord = Record<string, string | string[] | undefined>;

/** What Next hands a page as `searchParams`, or a request's URLSearchParams. */
export type SearchParamsInput = URLSearchParams | UrlRecord;

/** A param's first value, when a key is repeated. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A param as a list: repeated keys and comma-separated values both count. */
export function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((item) => (typeof item === "string" ? item.split(",") : [])).map((item) => item.trim()).filter(Boolean);
}

/** Search params as the record Next hands a page. */
export function toRecord(input: SearchParamsInput): UrlRecord {
  if (!(input instanceof URLSearchParams)) return input;
  const record: Record<string, string[]> = {};
  for (const [key, value] of input) (record[key] ??= []).push(value);
  return record;
}

/** A page's search params record back as URLSearchParams. */
export function toSearchParams(record: UrlRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const item of [value ?? []].flat()) params.append(key, item);
  return params;
}
