import { z } from "zod";
import { LeadSource } from "@/generated/prisma/enums";
import { optionalCountry, optionalDomain, optionalId, optionalText, optionalWholeNumber, recordId, version } from "./fields";
import { personShape } from "./person";

/**
 * A lead's editable fields. Stage, status and scores are not here: stages move only through
 * the bow-tie engine, and scores are computed from the scoring rules.
 */
export const leadFields = z.object({
  ...personShape,
  company: optionalText(200),
  companyDomain: optionalDomain,
  industry: optionalText(100),
  employees: optionalWholeNumber(0, 5_000_000),
  country: optionalCountry,
  source: z.enum(LeadSource, { error: "validation.option" }),
  campaignId: optionalId,
  segmentId: optionalId,
  ownerId: optionalId,
  externalId: optionalText(100),
});

export type LeadFields = z.output<typeof leadFields>;

export const createLeadSchema = leadFields;
/** An edit names the record and the version it was read at. */
export const updateLeadSchema = leadFields.extend({ id: recordId, version });

export type LeadField = keyof LeadFields;
export const LEAD_FIELDS = Object.keys(leadFields.shape) as LeadField[];
