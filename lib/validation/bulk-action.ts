import { z } from "zod";
import { Stage } from "@/generated/prisma/enums";
import { requiredText } from "./records/fields";
import { RECORD_KINDS } from "./saved-view";

/**
 * The most records one bulk action takes. Each one is locked, changed and audited in a
 * single transaction, which this keeps to a few seconds; it is also about the most ids a
 * GET export link carries safely.
 */
export const BULK_LIMIT = 500;

export const BULK_REASON_MAX = 500;

/** The ticked rows' ids (`ids[]` in the form), each once, in id order. */
const selection = z.preprocess(
  (value) => value ?? [],
  z
    .array(z.coerce.number().int().positive())
    .min(1, { error: "recordBulk.noneSelected" })
    .max(BULK_LIMIT, { error: "recordBulk.tooMany" })
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
);

/**
 * The version each record was read at, as `id:version` pairs (`versions[]`), for a list that
 * renders them: a record changed since is then a conflict instead of being overwritten.
 */
const versions = z
  .array(z.string().regex(/^[1-9]\d*:[1-9]\d*$/))
  .max(BULK_LIMIT)
  .optional()
  .transform((pairs) => (pairs ? Object.fromEntries(pairs.map((pair) => pair.split(":").map(Number))) : undefined) as Record<number, number> | undefined);

export const bulkAssignOwnerSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  ids: selection,
  ownerId: z.coerce.number({ error: "recordBulk.chooseOwner" }).int().positive({ error: "recordBulk.chooseOwner" }),
});

export const bulkMoveStageSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  ids: selection,
  to: z.enum(Object.values(Stage), { error: "recordBulk.chooseStage" }),
  reason: requiredText(BULK_REASON_MAX),
  versions,
});

export type BulkAssignOwnerInput = z.output<typeof bulkAssignOwnerSchema>;
export type BulkMoveStageInput = z.output<typeof bulkMoveStageSchema>;
