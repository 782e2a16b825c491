import type { DealType } from "@/generated/prisma/enums";
import { openDealIn } from "@/lib/bowtie/deals";
import { AppError } from "@/lib/errors";
import { DEAL_FIELDS, type DealFields } from "@/lib/validation/records/deal";
import { recordWrites } from "./record-writes";
import { selectFields } from "./update-record";

/**
 * Deals: opened through the engine, entering the bow-tie where their type says (a new sale
 * also brings a prospect account to comparison). An edit never changes type, status or
 * stage, and a closed deal keeps the pipeline stage it closed at.
 */
export const { create: createDeal, update: updateDeal } = recordWrites<DealFields, DealFields & { type: DealType }>(
  {
    kind: "DEAL",
    fields: DEAL_FIELDS,
    read: (tx, id) => tx.deal.findUnique({ where: { id }, select: { ...selectFields(DEAL_FIELDS), status: true } }),
    write: (tx, id, data) => tx.deal.update({ where: { id }, data, select: { id: true } }),
    frozen: (current) => (current.status === "OPEN" ? [] : ["pipelineStage"]),
    identity: (values) => ({ externalId: values.externalId }),
  },
  async (tx, values, actor) => {
    // Checked here so that a vanished account is a field message, not a failed foreign key.
    if (!(await tx.account.findUnique({ where: { id: values.accountId }, select: { id: true } }))) {
      throw new AppError("INVALID", `ACCOUNT ${values.accountId} does not exist`, { fieldErrors: { accountId: ["validation.reference"] } });
    }
    return openDealIn(tx, values, actor);
  },
);
