import { z } from "zod";
import { baseValues } from "@/lib/actions/records/base-values";

/**
 * When the row the form shows was last saved (its `updatedAt` as ISO text): a save that
 * names an older moment was made from a stale page.
 */
export const openedAt = z.iso.datetime({ offset: true, error: "validation.version" }).transform((value) => new Date(value));

/** The values the form was opened with, as record forms send them, so a stale save can say what changed since. */
export const openedValues = baseValues;
