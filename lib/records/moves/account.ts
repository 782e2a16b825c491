import "server-only";
import type { Stage } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import { churnIn, completeOnboardingIn, startOnboardingIn } from "@/lib/bowtie/accounts";
import { openDealIn } from "@/lib/bowtie/deals";
import { db } from "@/lib/db/client";
import { accountMoves, type AccountMove } from "./availability";
import { lockForMove, type LockedRecord } from "./locked";
import type { ChurnAccountInput, OpenExpansionInput, RecordMove } from "./schemas";

type Client = Pick<PrismaClient, "$transaction">;

const allows = (move: AccountMove) => (account: LockedRecord) => accountMoves({ stage: account.stage as Stage }).includes(move);

export function startOnboarding(move: RecordMove, actorId: number, client: Client = db): Promise<void> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "ACCOUNT", move, allows("startOnboarding"));
    await startOnboardingIn(tx, move.id, { actorId, expectedVersion: move.version });
  });
}

export function completeOnboarding(move: RecordMove, actorId: number, client: Client = db): Promise<void> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "ACCOUNT", move, allows("completeOnboarding"));
    await completeOnboardingIn(tx, move.id, { actorId, expectedVersion: move.version });
  });
}

/**
 * Opens an expansion deal for a customer. The account itself does not move until the deal
 * is won, but the page's version is still checked: the offer was made on what it showed.
 */
export function openExpansion(input: OpenExpansionInput, actorId: number, client: Client = db): Promise<{ dealId: number }> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "ACCOUNT", input, allows("openExpansion"));
    const dealId = await openDealIn(
      tx,
      {
        name: input.dealName,
        accountId: input.id,
        type: "EXPANSION",
        amountMinor: input.dealAmountMinor,
        closeDate: input.dealCloseDate,
        productLine: input.dealProductLine,
        ownerId: input.dealOwnerId ?? actorId,
      },
      { actorId },
    );
    return { dealId };
  });
}

export function churnAccount(input: ChurnAccountInput, actorId: number, client: Client = db): Promise<void> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "ACCOUNT", input, allows("churn"));
    await churnIn(tx, input.id, { actorId, expectedVersion: input.version, reason: input.reason });
  });
}
