import { z } from "zod";
import { CustomerTier } from "@/generated/prisma/enums";
import { checkbox, country, optionalDomain, optionalEnum, optionalId, optionalText, optionalWholeNumber, recordId, requiredText, version } from "./fields";

/** An account's editable fields; its stage moves only through the bow-tie engine. */
export const accountFields = z.object({
  name: requiredText(200),
  domain: optionalDomain,
  industry: requiredText(100),
  employees: optionalWholeNumber(0, 5_000_000),
  country,
  segmentId: optionalId,
  tier: optionalEnum(CustomerTier),
  ownerId: optionalId,
  frameworkAgreement: checkbox,
  expectedOrderIntervalDays: optionalWholeNumber(1, 3650),
  externalId: optionalText(100),
});

export type AccountFields = z.output<typeof accountFields>;

// An order interval only means something under a framework agreement.
const intervalNeedsAgreement = (account: AccountFields, context: z.RefinementCtx) => {
  if (!account.frameworkAgreement && account.expectedOrderIntervalDays !== null) {
    context.addIssue({ code: "custom", path: ["expectedOrderIntervalDays"], message: "validation.intervalNeedsAgreement" });
  }
};

export const createAccountSchema = accountFields.superRefine(intervalNeedsAgreement);
export const updateAccountSchema = accountFields.extend({ id: recordId, version }).superRefine(intervalNeedsAgreement);

export type AccountField = keyof AccountFields;
export const ACCOUNT_FIELDS = Object.keys(accountFields.shape) as AccountField[];
