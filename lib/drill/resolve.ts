import type { DrillContext, DrillDefinition, DrillSet } from "./definition";
import { DRILLS, isDrillKey } from "./registry";

type UrlRecord = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The records a drill-down URL selects, or null when its key or parameters are not valid. */
export function resolveDrill(input: UrlRecord, context: DrillContext): DrillSet | null {
  const key = first(input.drill);
  if (!key || !isDrillKey(key)) return null;
  // Each definition checks its own parameters; the registry's union only needs the common shape.
  const definition: DrillDefinition = DRILLS[key];
  const parsed = definition.params.safeParse(input);
  return parsed.success ? definition.resolve(parsed.data, context) : null;
}

/** URLSearchParams as the plain record a page receives. */
export function toUrlRecord(params: URLSearchParams): UrlRecord {
  const record: Record<string, string[]> = {};
  for (const [key, value] of params) (record[key] ??= []).push(value);
  return record;
}

/** A page's search params record back as URLSearchParams. */
export function toSearchParams(record: UrlRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const item of [value ?? []].flat()) params.append(key, item);
  return params;
}
