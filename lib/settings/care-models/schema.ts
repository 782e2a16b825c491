import { z } from "zod";
import { Channel, CustomerTier } from "@/generated/prisma/enums";
import { requiredText, wholeNumber } from "@/lib/validation/records/fields";
import { openedAt, openedValues } from "../stale-token";

/** The ticked channels; a form sends `channels[]` once per box, code an array. */
const channels = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.enum(Channel, { error: "validation.option" }))
    .min(1, { error: "settingsStructure.validation.channelRequired" })
    .transform((values) => [...new Set(values)]),
);

export const careModelFields = z.object({
  nameEn: requiredText(60),
  nameFi: requiredText(60),
  descriptionEn: requiredText(1000),
  descriptionFi: requiredText(1000),
  channels,
  contactCadenceDays: wholeNumber(1, 730),
});

export type CareModelFields = z.output<typeof careModelFields>;
export const CARE_MODEL_FIELDS = Object.keys(careModelFields.shape) as (keyof CareModelFields)[];

export const updateCareModelSchema = careModelFields.extend({
  tier: z.enum(CustomerTier, { error: "validation.option" }),
  openedAt,
  base: openedValues,
});
