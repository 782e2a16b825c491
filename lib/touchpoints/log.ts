import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/bowtie/tx";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { rescoreLeadIn } from "@/lib/scoring/lead-scores";
import { PERSON_MADE_TYPES, type LogTouchpointInput } from "@/lib/validation/touchpoint";

type Client = Pick<PrismaClient, "$transaction">;

/** The records a touchpoint can be logged on by hand. */
export type TouchpointTarget = "LEAD" | "CONTACT";

/**
 * Logs a touchpoint on a lead or a contact, audited in the same transaction. On a lead it
 * also keeps speed-to-lead (the first touch a person made) and brings the lead's engagement,
 * and so possibly its MQL stage, in line with the new touch as a full recompute would.
 * Returns the new touchpoint's id.
 */
export function logTouchpoint(target: TouchpointTarget, input: LogTouchpointInput, actorId: number, client: Client = db): Promise<number> {
  return client.$transaction(async (tx) => {
    const at = new Date();
    // A time a little ahead (the schema allows the clocks' difference) is now: a touch is never stored in the future.
    const occurredAt = input.occurredAt > at ? at : input.occurredAt;
    const personMade = PERSON_MADE_TYPES.includes(input.type);
    await refuseMissingCampaign(tx, input.campaignId);
    const values = {
      type: input.type,
      channel: input.channel,
      occurredAt,
      campaignId: input.campaignId,
      userId: personMade ? actorId : null,
      note: input.note,
    };

    if (target === "LEAD") {
      const [lead] = await tx.$queryRaw<{ firstTouchAt: Date | null }[]>`SELECT "firstTouchAt" FROM "Lead" WHERE id = ${input.recordId} FOR UPDATE`;
      if (!lead) throw new AppError("NOT_FOUND", `LEAD ${input.recordId} does not exist`);
      const id = await createIn(tx, { ...values, leadId: input.recordId }, actorId);
      if (personMade && (lead.firstTouchAt === null || lead.firstTouchAt > occurredAt)) {
        await tx.lead.update({ where: { id: input.recordId }, data: { firstTouchAt: occurredAt } });
      }
      await rescoreLeadIn(tx, input.recordId, { engagement: true }, { actorId, at });
      return id;
    }

    // Shared, so the contact (and the account it belongs to) cannot go away under the touch.
    const [contact] = await tx.$queryRaw<{ accountId: number | null }[]>`SELECT "accountId" FROM "Contact" WHERE id = ${input.recordId} FOR SHARE`;
    if (!contact) throw new AppError("NOT_FOUND", `CONTACT ${input.recordId} does not exist`);
    return createIn(tx, { ...values, contactId: input.recordId, accountId: contact.accountId }, actorId);
  });
}

async function createIn(tx: Tx, data: Prisma.TouchpointUncheckedCreateInput, actorId: number): Promise<number> {
  const { id } = await tx.touchpoint.create({ data, select: { id: true } });
  await audit(tx, { actorId, action: "touchpoint.create", entityKind: "TOUCHPOINT", entityId: id, after: data });
  return id;
}

async function refuseMissingCampaign(tx: Tx, campaignId: number | null) {
  if (campaignId === null) return;
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
  if (!campaign) throw new AppError("INVALID", `campaign ${campaignId} does not exist`, { fieldErrors: { campaignId: ["validation.reference"] } });
}
