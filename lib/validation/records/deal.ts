import { z } from "zod";
import { DealType, LeadSource, PipelineStage } from "@/generated/prisma/enums";
import { day, moneyMinor, optionalEnum, optionalId, optionalText, recordId, requiredId, requiredText, version } from "./fields";

/**
 * A deal's editable fields. Its status (won, lost) and bow-tie stage change only through the
 * engine's moves; CLOSED is the pipeline stage those moves set, never one chosen by hand.
 */
export const dealFields = z.object({
  name: requiredText(200),
  accountId: requiredId,
  amountMinor: moneyMinor,
  currency: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim().toUpperCase() : "EUR"),
    z.string().regex(/^[A-Z]{3}$/, { error: "validation.currency" }),
  ),
  productLine: optionalText(100),
  pipelineStage: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.enum(PipelineStage, { error: "validation.option" }).exclude(["CLOSED"], { error: "validation.option" }).default("QUALIFICATION"),
  ),
  closeDate: day,
  source: optionalEnum(LeadSource),
  ownerId: optionalId,
  externalId: optionalText(100),
});

export type DealFields = z.output<typeof dealFields>;

/** A deal is created as a new sale, an expansion or a renewal; the type decides where it enters the bow-tie. */
export const createDealSchema = dealFields.extend({ type: z.enum(DealType, { error: "validation.option" }) });
/** The type is fixed once the deal exists: it decided the deal's place on the bow-tie. */
export const updateDealSchema = dealFields.extend({ id: recordId, version });

export type DealField = keyof DealFields;
export const DEAL_FIELDS = Object.keys(dealFields.shape) as DealField[];
