import type { DrillContext, DrillDefinition, DrillSet } from "./definition";
import { first, type UrlRecord } from "@/lib/validation/url-params";
import { DRILLS, isDrillKey } from "./registry";


/** The records a drill-down URL selects, or null when its key or parameters are not valid. */
export function resolveDrill(input: UrlRecord, context: DrillContext): DrillSet | null {
  const key = first(input.drill);
  if (typeof key !== "string" || !isDrillKey(key)) return null;
  // Each definition checks its own parameters; the registry's union only needs the common shape.
  const definition: DrillDefinition = DRILLS[key];
  const parsed = definition.params.safeParse(input);
  return parsed.success ? definition.resolve(parsed.data, context) : null;
}
