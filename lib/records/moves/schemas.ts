import { z } from "zod";
import { LostReason, RejectionReason } from "@/generated/prisma/enums";
import { accountFields } from "@/lib/validation/records/account";
import { dealFields } from "@/lib/validation/records/deal";
import { optionalText, recordId, requiredId, requiredText, version } from "@/lib/validation/records/fields";

/*
 * What each bow-tie move takes from its form. Every move names the record and the version
 * the page showed, so a move made from a stale page is refused rather than applied to a
 * record that has changed meanwhile.
 */
export const recordMoveSchema = z.object({ id: recordId, version });
export type RecordMove = z.output<typeof recordMoveSchema>;

const option = { error: "validation.option" } as const;

export const rejectLeadSchema = recordMoveSchema.extend({ reason: z.enum(RejectionReason, option), note: optionalText(1000) });
export type RejectLeadInput = z.output<typeof rejectLeadSchema>;

// The new deal's fields, from the shared deal schema, prefixed so that one flat form holds them.
const newDealFields = {
  dealName: dealFields.shape.name,
  dealAmountMinor: dealFields.shape.amountMinor,
  dealCloseDate: dealFields.shape.closeDate,
  dealProductLine: dealFields.shape.productLine,
  dealOwnerId: dealFields.shape.ownerId,
};

const convertBase = recordMoveSchema.extend(newDealFields);

/** Converting a lead: into an account that exists, or one created from these fields. */
export const convertLeadSchema = z.discriminatedUnion(
  "accountMode",
  [
    convertBase.extend({ accountMode: z.literal("existing"), accountId: requiredId }),
    convertBase.extend({
      accountMode: z.literal("new"),
      accountName: accountFields.shape.name,
      accountDomain: accountFields.shape.domain,
      accountIndustry: accountFields.shape.industry,
      accountEmployees: accountFields.shape.employees,
      accountCountry: accountFields.shape.country,
      accountSegmentId: accountFields.shape.segmentId,
    }),
  ],
  option,
);
export type ConvertLeadInput = z.output<typeof convertLeadSchema>;

export const loseDealSchema = recordMoveSchema.extend({ reason: z.enum(LostReason, option) });
export type LoseDealInput = z.output<typeof loseDealSchema>;

export const openExpansionSchema = recordMoveSchema.extend(newDealFields);
export type OpenExpansionInput = z.output<typeof openExpansionSchema>;

export const churnAccountSchema = recordMoveSchema.extend({ reason: requiredText(500) });
export type ChurnAccountInput = z.output<typeof churnAccountSchema>;
