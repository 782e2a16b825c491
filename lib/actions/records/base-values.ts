import { z } from "zod";

/**
 * The values an edit form was opened with, sent back as JSON in a hidden field, so a stale
 * save can say which fields changed since. Unreadable JSON counts as none: the save then
 * stops at any newer version rather than guessing.
 */
export const baseValues = z.preprocess((value) => {
  if (typeof value !== "string") return value ?? undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}, z.record(z.string(), z.unknown()).optional().catch(undefined));

/** An update schema that also reads the form's opened values (`base`). */
export function withBase<S extends z.ZodType>(schema: S) {
  return z.object({ base: baseValues }).and(schema);
}
