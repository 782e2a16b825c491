import type { Stage } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { moveStageIn, type MoveResult } from "./move-stage";
import { stageOrder } from "./stages";
import type { Actor, Tx } from "./tx";

const ACQUISITION_STAGES: Stage[] = ["AWARENESS", "CONSIDERATION", "COMPARISON"];

// Locked, so that two steps on one account (two deals won at once) decide one after the other.
async function accountStage(tx: Tx, accountId: number): Promise<{ stage: Stage; customerSince: Date | null }> {
  const [account] = await tx.$queryRaw<{ stage: Stage; customerSince: Date | null }[]>`
    SELECT stage, "customerSince" FROM "Account" WHERE id = ${accountId} FOR UPDATE`;
  if (!account) throw new AppError("NOT_FOUND", `ACCOUNT ${accountId} does not exist`);
  return account;
}

/**
 * Brings a prospect account forward to `to` (consideration on a first MQL, comparison on a
 * first opportunity); an account already at or past that stage, or a customer, stays put.
 */
export async function advanceProspectIn(tx: Tx, accountId: number, to: Stage, actor: Actor, reason: string): Promise<MoveResult | null> {
  const { stage } = await accountStage(tx, accountId);
  if (!ACQUISITION_STAGES.includes(stage) || stageOrder(stage)! >= stageOrder(to)!) return null;
  return moveStageIn(tx, { kind: "ACCOUNT", id: accountId, to, reason, ...actor });
}

/**
 * The knot: a won NEW deal makes the account a customer (purchase). A churned account that
 * buys again is a reactivation: back to purchase, its first customer date kept. A current
 * customer stays where it is.
 */
export async function purchaseIn(tx: Tx, accountId: number, actor: Actor): Promise<MoveResult | null> {
  const { stage, customerSince } = await accountStage(tx, accountId);
  const at = actor.at ?? new Date();
  if (ACQUISITION_STAGES.includes(stage)) {
    return moveStageIn(tx, { kind: "ACCOUNT", id: accountId, to: "PURCHASE", reason: "First deal won", ...actor, at, data: { customerSince: customerSince ?? at } });
  }
  if (stage === "CHURNED") {
    return moveStageIn(tx, { kind: "ACCOUNT", id: accountId, to: "PURCHASE", reason: "Won back", ...actor, at, data: { churnedAt: null } });
  }
  return null;
}

/** Purchase → onboarding: the customer is being taken into use. */
export function startOnboardingIn(tx: Tx, accountId: number, actor: Actor): Promise<MoveResult> {
  return requireStage(tx, accountId, ["PURCHASE"], () =>
    moveStageIn(tx, { kind: "ACCOUNT", id: accountId, to: "ONBOARDING", reason: "Onboarding started", ...actor }),
  );
}

/** Onboarding → impact: the customer is live and getting the value it bought. */
export function completeOnboardingIn(tx: Tx, accountId: number, actor: Actor): Promise<MoveResult> {
  return requireStage(tx, accountId, ["PURCHASE", "ONBOARDING"], () =>
    moveStageIn(tx, { kind: "ACCOUNT", id: accountId, to: "IMPACT", reason: "Onboarding completed", ...actor }),
  );
}

/** A won expansion deal moves a customer to expansion; one already there stays. */
export async function expandIn(tx: Tx, accountId: number, actor: Actor): Promise<MoveResult | null> {
  const { stage } = await accountStage(tx, accountId);
  if (!["PURCHASE", "ONBOARDING", "IMPACT"].includes(stage)) return null;
  return moveStageIn(tx, { kind: "ACCOUNT", id: accountId, to: "EXPANSION", reason: "Expansion deal won", ...actor });
}

/** A customer lost: off the bow-tie, with the date it churned. */
export function churnIn(tx: Tx, accountId: number, actor: Actor & { reason: string }): Promise<MoveResult> {
  const at = actor.at ?? new Date();
  return requireStage(tx, accountId, ["PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"], () =>
    moveStageIn(tx, { kind: "ACCOUNT", id: accountId, to: "CHURNED", ...actor, at, data: { churnedAt: at } }),
  );
}

async function requireStage<T>(tx: Tx, accountId: number, allowed: Stage[], then: () => Promise<T>): Promise<T> {
  const { stage } = await accountStage(tx, accountId);
  if (!allowed.includes(stage)) {
    throw new AppError("INVALID", `ACCOUNT ${accountId} is in ${stage}; this step needs ${allowed.join(" or ")}`);
  }
  return then();
}
