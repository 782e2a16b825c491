import type { Prisma } from "@/generated/prisma/client";
import type { LeadSource, RejectionReason } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { advanceProspectIn } from "./accounts";
import { openDealIn, type NewDeal } from "./deals";
import { evaluateMql, type MqlRule, type MqlVerdict } from "./mql";
import { mqlCandidateIn } from "./mql-inputs";
import { moveStageIn, recordEntryIn } from "./move-stage";
import type { Actor, Tx } from "./tx";

export type NewLead = Omit<Prisma.LeadUncheckedCreateInput, "stage" | "status" | "version" | "id">;

/** A lead first appears: it enters awareness. */
export async function createLeadIn(tx: Tx, lead: NewLead, actor: Actor): Promise<number> {
  const at = actor.at ?? new Date();
  const created = await tx.lead.create({ data: { ...lead, stage: "AWARENESS", status: "NEW", createdAt: at }, select: { id: true } });
  await audit(tx, { actorId: actor.actorId, action: "lead.create", entityKind: "LEAD", entityId: created.id, after: lead });
  await recordEntryIn(tx, { kind: "LEAD", id: created.id, actorId: actor.actorId, at, reason: "Lead created" });
  return created.id;
}

type LeadRow = { id: number; stage: string; status: string; accountId: number | null; source: LeadSource; version: number };

async function lockLead(tx: Tx, leadId: number): Promise<LeadRow> {
  const [lead] = await tx.$queryRaw<LeadRow[]>`
    SELECT id, stage::text, status::text, "accountId", source, version FROM "Lead" WHERE id = ${leadId} FOR UPDATE`;
  if (!lead) throw new AppError("NOT_FOUND", `LEAD ${leadId} does not exist`);
  return lead;
}

export type ActiveCriteria = { id: number; rule: MqlRule };

/**
 * Checks a lead in awareness against its segment's active MQL criteria and, when it passes,
 * moves it to consideration as a marketing-qualified lead, recording the criteria version.
 * Returns the verdict either way, so a caller can show which criteria passed.
 */
export async function qualifyLeadIn(tx: Tx, leadId: number, criteria: ActiveCriteria, actor: Actor): Promise<MqlVerdict> {
  const lead = await lockLead(tx, leadId);
  const at = actor.at ?? new Date();
  const candidate = await mqlCandidateIn(tx, leadId, at);
  const verdict = evaluateMql(criteria.rule, candidate!, at);
  if (verdict.qualifies && lead.stage === "AWARENESS" && !["REJECTED", "DISQUALIFIED"].includes(lead.status)) {
    await moveStageIn(tx, {
      kind: "LEAD",
      id: leadId,
      to: "CONSIDERATION",
      reason: "Met the MQL criteria",
      criteriaVersionId: criteria.id,
      ...actor,
      at,
      data: { status: "MQL", mqlAt: at, mqlCriteriaId: criteria.id },
    });
    if (lead.accountId !== null) await advanceProspectIn(tx, lead.accountId, "CONSIDERATION", { actorId: actor.actorId, at }, "First MQL");
  }
  return verdict;
}

/** Sales accepts the lead: on to comparison. Accepting straight from awareness is a recorded skip. */
export async function acceptLeadIn(tx: Tx, leadId: number, actor: Actor): Promise<void> {
  const lead = await lockLead(tx, leadId);
  if (lead.stage !== "AWARENESS" && lead.stage !== "CONSIDERATION") {
    throw new AppError("INVALID", `LEAD ${leadId} is in ${lead.stage}; only a lead before comparison can be accepted`);
  }
  const at = actor.at ?? new Date();
  await moveStageIn(tx, { kind: "LEAD", id: leadId, to: "COMPARISON", reason: "Accepted by sales", ...actor, at, data: { status: "ACCEPTED", acceptedAt: at } });
}

/**
 * Sales rejects a marketing-qualified lead with a reason — the feedback loop to marketing.
 * The lead goes back to awareness, to be nurtured.
 */
export async function rejectLeadIn(tx: Tx, leadId: number, actor: Actor & { reason: RejectionReason; note?: string }): Promise<void> {
  const lead = await lockLead(tx, leadId);
  if (lead.stage !== "CONSIDERATION") {
    throw new AppError("INVALID", `LEAD ${leadId} is in ${lead.stage}; only a marketing-qualified lead can be rejected`);
  }
  const at = actor.at ?? new Date();
  await moveStageIn(tx, {
    kind: "LEAD",
    id: leadId,
    to: "AWARENESS",
    reason: `Rejected by sales: ${actor.reason}`,
    actorId: actor.actorId,
    at,
    expectedVersion: actor.expectedVersion,
    data: { status: "REJECTED", rejectedAt: at, rejectionReason: actor.reason, rejectionNote: actor.note ?? null },
  });
}

export type Conversion = {
  /** An existing account, or the company to create from the lead. */
  account: { id: number } | { create: Omit<Prisma.AccountUncheckedCreateInput, "stage" | "version" | "id"> };
  contact: Omit<Prisma.ContactUncheckedCreateInput, "stage" | "version" | "id" | "accountId">;
  deal: Omit<NewDeal, "accountId" | "type">;
};

/**
 * Converts a lead into contact + account + NEW deal in one step. The contact and a new
 * account enter at comparison; an existing prospect account is brought to comparison; the
 * lead itself reaches comparison (if it was not there yet) and is marked converted.
 */
export async function convertLeadIn(tx: Tx, leadId: number, conversion: Conversion, actor: Actor): Promise<{ accountId: number; contactId: number; dealId: number }> {
  const lead = await lockLead(tx, leadId);
  if (lead.status === "CONVERTED") throw new AppError("INVALID", `LEAD ${leadId} is already converted`);
  if (actor.expectedVersion !== undefined && actor.expectedVersion !== lead.version) {
    throw new AppError("CONFLICT", `LEAD ${leadId} was changed by someone else`);
  }
  const at = actor.at ?? new Date();
  const entryActor = { actorId: actor.actorId, at };

  let accountId: number;
  if ("id" in conversion.account) {
    accountId = conversion.account.id;
  } else {
    const created = await tx.account.create({ data: { ...conversion.account.create, stage: "COMPARISON", createdAt: at }, select: { id: true } });
    accountId = created.id;
    await audit(tx, { actorId: actor.actorId, action: "account.create", entityKind: "ACCOUNT", entityId: accountId, after: conversion.account.create });
    await recordEntryIn(tx, { kind: "ACCOUNT", id: accountId, ...entryActor, reason: "Created from a lead" });
  }

  const contact = await tx.contact.create({ data: { ...conversion.contact, accountId, stage: "COMPARISON", createdAt: at }, select: { id: true } });
  await audit(tx, { actorId: actor.actorId, action: "contact.create", entityKind: "CONTACT", entityId: contact.id, after: conversion.contact });
  await recordEntryIn(tx, { kind: "CONTACT", id: contact.id, ...entryActor, reason: "Converted from a lead" });

  // The deal keeps the lead's source unless told otherwise: attribution starts there.
  const dealId = await openDealIn(tx, { source: lead.source, ...conversion.deal, accountId, type: "NEW" }, entryActor);

  const converted = { status: "CONVERTED" as const, convertedAt: at, convertedContactId: contact.id, convertedDealId: dealId, accountId };
  if (lead.stage === "COMPARISON") {
    await tx.lead.update({ where: { id: leadId }, data: { ...converted, version: lead.version + 1 } });
    await audit(tx, { actorId: actor.actorId, action: "lead.convert", entityKind: "LEAD", entityId: leadId, before: { status: lead.status }, after: converted });
  } else {
    await moveStageIn(tx, { kind: "LEAD", id: leadId, to: "COMPARISON", reason: "Converted to a deal", ...entryActor, data: { ...converted, acceptedAt: at } });
  }
  return { accountId, contactId: contact.id, dealId };
}
