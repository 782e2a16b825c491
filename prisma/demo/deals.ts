import type { DealType, LeadSource, LostReason, PipelineStage, Stage } from "@/generated/prisma/enums";
import { startOfUtcDay, workingTime, type Ms } from "./calendar";
import type { Random } from "./random";
import type { Sim } from "./setup";
import { StageTrail } from "./trail";

export type DealInput = {
  accountId: number;
  segmentId: number;
  name: string;
  type: DealType;
  amountMinor: number;
  productLine: string;
  source: LeadSource | null;
  ownerId: number | null;
  contactId: number | null;
  openedAt: Ms;
  /** When the deal closes (or would close, if that is after the end of the history). */
  closeAt: Ms;
  won: boolean;
  lostReason: LostReason;
  /** Meetings and calls the owner holds during the cycle. */
  meetings: number;
};

export type DealResult = { id: number; status: "OPEN" | "WON" | "LOST"; closedAt: Ms | null };

/** Where each type of deal sits on the bow-tie while it is worked. */
const ENTRY_STAGE: Record<DealType, Stage> = { NEW: "COMPARISON", EXPANSION: "EXPANSION", RENEWAL: "IMPACT" };

const OPEN_PIPELINE: readonly PipelineStage[] = ["QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"];
const MEETING_NOTES = ["Needs analysis", "Product demo", "Proposal review", "Negotiation", "Reference call", "Security review"];

/**
 * Writes a deal, the meetings of its cycle and its stage history: a NEW deal enters
 * comparison when opened and moves to purchase when won; a lost one stays in comparison.
 * A deal whose close falls after the end of the history is still open, as far along its
 * pipeline as the elapsed share of its cycle.
 */
export function emitDeal(sim: Sim, rng: Random, input: DealInput, id = sim.ids.next("deal")): DealResult {
  const { ids, out, setup } = sim;
  const end = setup.window.end;
  const closed = input.closeAt < end;
  const status = closed ? (input.won ? "WON" : "LOST") : "OPEN";
  const closedAt = closed ? input.closeAt : null;
  const elapsed = (Math.min(end, input.closeAt) - input.openedAt) / Math.max(1, input.closeAt - input.openedAt);
  const pipelineStage = closed ? "CLOSED" : OPEN_PIPELINE[Math.min(3, Math.floor(elapsed * 4))]!;

  let lastTouch = input.openedAt;
  if (input.ownerId !== null) {
    const until = Math.min(input.closeAt, end);
    for (let i = 0; i < input.meetings; i++) {
      const at = workingTime(rng, input.openedAt + ((i + rng.next()) / input.meetings) * (until - input.openedAt));
      if (at <= input.openedAt || at >= until) continue;
      const meeting = rng.chance(0.7);
      out.touchpoint.push({
        id: ids.next("touchpoint"),
        type: meeting ? "MEETING" : "TELEMARKETING_CALL",
        channel: meeting && rng.chance(0.6) ? "IN_PERSON" : "PHONE",
        occurredAt: at,
        campaignId: null,
        leadId: null,
        contactId: input.contactId,
        accountId: input.accountId,
        dealId: id,
        userId: input.ownerId,
        note: MEETING_NOTES[Math.min(MEETING_NOTES.length - 1, Math.floor((i / input.meetings) * 4))]!,
      });
      lastTouch = Math.max(lastTouch, at);
    }
  }

  const trail = new StageTrail(out.stageTransition, ids, "DEAL", id, {
    accountId: input.accountId,
    segmentId: input.segmentId,
    source: input.source,
    end,
  });
  trail.move(ENTRY_STAGE[input.type], input.openedAt, { actorId: input.ownerId, reason: "Opportunity opened" });
  if (status === "WON" && input.type === "NEW") {
    trail.move("PURCHASE", input.closeAt, { actorId: input.ownerId, reason: "Deal won" });
  }

  out.deal.push({
    id,
    name: input.name,
    accountId: input.accountId,
    type: input.type,
    amountMinor: input.amountMinor,
    currency: "EUR",
    productLine: input.productLine,
    pipelineStage,
    status,
    stage: trail.stage,
    openedAt: input.openedAt,
    closeDate: startOfUtcDay(input.closeAt),
    closedAt,
    lostReason: status === "LOST" ? input.lostReason : null,
    source: input.source,
    ownerId: input.ownerId,
    externalId: null,
    version: 1 + (closed ? 4 : OPEN_PIPELINE.indexOf(pipelineStage)),
    createdAt: input.openedAt,
    updatedAt: closedAt ?? lastTouch,
  });
  return { id, status, closedAt };
}
