import { z } from "zod";
import { EngagementMode } from "@/generated/prisma/enums";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { optionalId, optionalWholeNumber, requiredText } from "@/lib/validation/records/fields";
import { openedAt, openedValues } from "../stale-token";

/** A year: an SLA longer than that is no SLA. */
export const MAX_SLA_HOURS = 8760;

export const stageKey = z.enum(BOWTIE_STAGES, { error: "validation.option" });

/** A stage's own words in both languages and its SLA; the stage itself, its order and side are fixed. */
export const stageDefinitionFields = z.object({
  labelEn: requiredText(40),
  labelFi: requiredText(40),
  descriptionEn: requiredText(500),
  descriptionFi: requiredText(500),
  entryCriteriaEn: requiredText(500),
  entryCriteriaFi: requiredText(500),
  slaHours: optionalWholeNumber(1, MAX_SLA_HOURS),
});

export type StageDefinitionFields = z.output<typeof stageDefinitionFields>;
export const STAGE_DEFINITION_FIELDS = Object.keys(stageDefinitionFields.shape) as (keyof StageDefinitionFields)[];

export const updateStageDefinitionSchema = stageDefinitionFields.extend({ stage: stageKey, openedAt, base: openedValues });

/** One cell of the sales-model matrix: the owning team (none leaves the stage unowned) and the way of working. */
const salesModelCell = z
  .object({
    teamId: optionalId,
    mode: z.preprocess((value) => (value === "" ? null : value), z.enum(EngagementMode, { error: "validation.option" }).nullish().transform((v) => v ?? null)),
  })
  .superRefine((cell, context) => {
    if (cell.teamId !== null && cell.mode === null) context.addIssue({ code: "custom", path: ["mode"], message: "settingsStructure.validation.modeRequired" });
  });

export type SalesModelCell = z.output<typeof salesModelCell>;

const cells = z.object(Object.fromEntries(BOWTIE_STAGES.map((stage) => [stage, salesModelCell])) as Record<(typeof BOWTIE_STAGES)[number], typeof salesModelCell>);

/** A segment's row of the matrix, saved whole, with the row as the page showed it. */
export const updateSalesModelSchema = z.object({
  segmentId: z.coerce.number().int().positive({ error: "validation.reference" }),
  cells,
  base: z.record(z.string(), z.unknown(), { error: "validation.version" }),
});

export type SalesModelRow = z.output<typeof cells>;
