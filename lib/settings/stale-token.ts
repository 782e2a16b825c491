import { z } from "zod";

/**
 * When the row the form shows was last saved (its `updatedAt` as ISO text): a save that
 * names an older moment was made from a stale page.
 */
export const openedAt = z.iso.datetime({ offset: true, error: "validation.version" }).transform((value) => new Date(value));

/**
 * The values the form was opened with, as JSON in a hidden field (or an object from code), so
 * a stale save can say what changed since. Unreadable JSON counts as none.
 */
export const openedValues = z.preprocess((value) => {
  if (typeof value !== "string") return value ?? undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}, z.record(z.string(), z.unknown()).optional().catch(undefined));
