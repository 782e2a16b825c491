import "server-only";
import type { LeadStatus, Stage } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import { acceptLeadIn, convertLeadIn, qualifyLeadIn, rejectLeadIn, type Conversion } from "@/lib/bowtie/leads";
import type { MqlCheck as MqlCheckResult } from "@/lib/bowtie/mql";
import { activeCriteriaIn } from "@/lib/bowtie/mql-inputs";
import type { Tx } from "@/lib/bowtie/tx";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { leadMoves, type LeadMove } from "./availability";
import { lockForMove, type LockedRecord } from "./locked";
import type { ConvertLeadInput, RecordMove, RejectLeadInput } from "./schemas";

type Client = Pick<PrismaClient, "$transaction">;

const allows = (move: LeadMove) => (lead: LockedRecord) =>
  leadMoves({ stage: lead.stage as Stage, status: lead.status as LeadStatus }).includes(move);

export type QualifyOutcome = { qualified: boolean; criteriaVersion: number; checks: MqlCheckResult[] };

/**
 * Checks the lead against its segment's active MQL criteria and, when it meets them, makes it
 * an MQL. A lead that falls short is left as it was; the checks say which criteria it missed.
 */
export function qualifyLead(move: RecordMove, actorId: number, client: Client = db): Promise<QualifyOutcome> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "LEAD", move, allows("qualify"));
    const criteria = await criteriaOf(tx, move.id);
    const verdict = await qualifyLeadIn(tx, move.id, criteria, { actorId, expectedVersion: move.version });
    return { qualified: verdict.qualifies, criteriaVersion: criteria.version, checks: verdict.checks };
  });
}

async function criteriaOf(tx: Tx, leadId: number) {
  const { segmentId } = await tx.lead.findUniqueOrThrow({ where: { id: leadId }, select: { segmentId: true } });
  const criteria = segmentId === null ? null : await activeCriteriaIn(tx, segmentId);
  if (!criteria) throw new AppError("INVALID", `LEAD ${leadId} has no active MQL criteria`, { messageKey: "recordDetail.mql.noCriteria" });
  return criteria;
}

export function acceptLead(move: RecordMove, actorId: number, client: Client = db): Promise<void> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "LEAD", move, allows("accept"));
    await acceptLeadIn(tx, move.id, { actorId, expectedVersion: move.version });
  });
}

export function rejectLead(input: RejectLeadInput, actorId: number, client: Client = db): Promise<void> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "LEAD", input, allows("reject"));
    await rejectLeadIn(tx, input.id, { actorId, expectedVersion: input.version, reason: input.reason, note: input.note ?? undefined });
  });
}

export type Converted = { accountId: number; contactId: number; dealId: number };

/**
 * Converts the lead in one step: its person becomes a contact, its company an account (the
 * one chosen, or a new one) and the opportunity a NEW deal. The contact takes the lead's
 * person fields as they are; what the form adds is the account and the deal.
 */
export function convertLead(input: ConvertLeadInput, actorId: number, client: Client = db): Promise<Converted> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "LEAD", input, allows("convert"));
    const lead = await tx.lead.findUniqueOrThrow({
      where: { id: input.id },
      select: { firstName: true, lastName: true, email: true, phone: true, title: true, persona: true, ownerId: true },
    });
    await refuseTaken(tx, input, lead.email);
    const ownerId = input.dealOwnerId ?? lead.ownerId ?? actorId;
    const conversion: Conversion = {
      account:
        input.accountMode === "existing"
          ? { id: input.accountId }
          : {
              create: {
                name: input.accountName,
                domain: input.accountDomain,
                industry: input.accountIndustry,
                employees: input.accountEmployees,
                country: input.accountCountry,
                segmentId: input.accountSegmentId,
                ownerId,
              },
            },
      contact: { ...lead, ownerId: lead.ownerId ?? ownerId },
      deal: { name: input.dealName, amountMinor: input.dealAmountMinor, closeDate: input.dealCloseDate, productLine: input.dealProductLine, ownerId },
    };
    return convertLeadIn(tx, input.id, conversion, { actorId, expectedVersion: input.version });
  });
}

/** Unique values another record already holds, as field messages rather than a bare conflict. */
async function refuseTaken(tx: Tx, input: ConvertLeadInput, email: string | null) {
  if (input.accountMode === "existing") {
    const account = await tx.account.findUnique({ where: { id: input.accountId }, select: { id: true } });
    if (!account) throw new AppError("INVALID", `ACCOUNT ${input.accountId} does not exist`, { fieldErrors: { accountId: ["validation.reference"] } });
  } else if (input.accountDomain !== null) {
    const taken = await tx.account.findUnique({ where: { domain: input.accountDomain }, select: { id: true } });
    if (taken) throw new AppError("INVALID", `domain ${input.accountDomain} is taken`, { fieldErrors: { accountDomain: ["recordDetail.convert.domainTaken"] } });
  }
  if (email !== null && (await tx.contact.findUnique({ where: { email }, select: { id: true } }))) {
    throw new AppError("INVALID", `a contact with ${email} exists`, { messageKey: "recordDetail.convert.emailTaken" });
  }
}
