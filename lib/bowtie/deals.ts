import type { DealType, LostReason, Stage } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { advanceProspectIn, expandIn, purchaseIn } from "./accounts";
import { moveStageIn, recordEntryIn } from "./move-stage";
import type { Actor, Tx } from "./tx";

/** Where a deal enters the bow-tie: a new sale is compared, an upsell is expansion, a renewal is impact. */
export const DEAL_ENTRY_STAGE: Record<DealType, Stage> = { NEW: "COMPARISON", EXPANSION: "EXPANSION", RENEWAL: "IMPACT" };

export type NewDeal = Omit<Prisma.DealUncheckedCreateInput, "stage" | "status" | "openedAt" | "closedAt" | "version" | "id">;

/** Opens an opportunity: the deal enters its stage, and a prospect account reaches comparison. */
export async function openDealIn(tx: Tx, deal: NewDeal, actor: Actor): Promise<number> {
  const at = actor.at ?? new Date();
  const created = await tx.deal.create({
    data: { ...deal, stage: DEAL_ENTRY_STAGE[deal.type], status: "OPEN", openedAt: at },
    select: { id: true },
  });
  await audit(tx, { actorId: actor.actorId, action: "deal.create", entityKind: "DEAL", entityId: created.id, after: deal });
  await recordEntryIn(tx, { kind: "DEAL", id: created.id, actorId: actor.actorId, at, reason: "Opportunity opened" });
  if (deal.type === "NEW") await advanceProspectIn(tx, deal.accountId, "COMPARISON", { ...actor, at, expectedVersion: undefined }, "Opportunity opened");
  return created.id;
}

// Locked, so that a deal cannot be won and lost at the same time.
async function openDeal(tx: Tx, dealId: number, expectedVersion?: number) {
  const [deal] = await tx.$queryRaw<{ id: number; type: DealType; status: string; accountId: number; version: number }[]>`
    SELECT id, type, status, "accountId", version FROM "Deal" WHERE id = ${dealId} FOR UPDATE`;
  if (!deal) throw new AppError("NOT_FOUND", `DEAL ${dealId} does not exist`);
  if (deal.status !== "OPEN") throw new AppError("INVALID", `DEAL ${dealId} is already ${deal.status}`);
  if (expectedVersion !== undefined && expectedVersion !== deal.version) {
    throw new AppError("CONFLICT", `DEAL ${dealId} was changed by someone else`);
  }
  return deal;
}

/**
 * Marks a deal won. A NEW deal moves to purchase and makes its account a customer (or wins
 * it back); an EXPANSION deal moves its account to expansion; a RENEWAL changes no stage.
 */
export async function winDealIn(tx: Tx, dealId: number, actor: Actor): Promise<void> {
  const deal = await openDeal(tx, dealId, actor.expectedVersion);
  const at = actor.at ?? new Date();
  const data = { status: "WON" as const, pipelineStage: "CLOSED" as const, closedAt: at };
  const accountActor = { actorId: actor.actorId, at };
  if (deal.type === "NEW") {
    await moveStageIn(tx, { kind: "DEAL", id: dealId, to: "PURCHASE", reason: "Deal won", ...actor, at, data });
    await purchaseIn(tx, deal.accountId, accountActor);
    return;
  }
  await closeWithoutMove(tx, deal, data, actor.actorId, "deal.win");
  if (deal.type === "EXPANSION") await expandIn(tx, deal.accountId, accountActor);
}

/** Marks a deal lost with a reason; a lost deal stays where it was on the bow-tie. */
export async function loseDealIn(tx: Tx, dealId: number, actor: Actor & { reason: LostReason }): Promise<void> {
  const deal = await openDeal(tx, dealId, actor.expectedVersion);
  const data = { status: "LOST" as const, pipelineStage: "CLOSED" as const, closedAt: actor.at ?? new Date(), lostReason: actor.reason };
  await closeWithoutMove(tx, deal, data, actor.actorId, "deal.lose");
}

async function closeWithoutMove(
  tx: Tx,
  deal: { id: number; status: string; version: number },
  data: Prisma.DealUncheckedUpdateInput,
  actorId: number | null,
  action: string,
) {
  await tx.deal.update({ where: { id: deal.id }, data: { ...data, version: deal.version + 1 } });
  await audit(tx, { actorId, action, entityKind: "DEAL", entityId: deal.id, before: { status: deal.status, version: deal.version }, after: data });
}
