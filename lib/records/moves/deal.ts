import "server-only";
import type { DealStatus } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import { loseDealIn, winDealIn } from "@/lib/bowtie/deals";
import { db } from "@/lib/db/client";
import { dealMoves, type DealMove } from "./availability";
import { lockForMove, type LockedRecord } from "./locked";
import type { LoseDealInput, RecordMove } from "./schemas";

type Client = Pick<PrismaClient, "$transaction">;

const allows = (move: DealMove) => (deal: LockedRecord) => dealMoves({ status: deal.status as DealStatus }).includes(move);

/** The account a closed deal belongs to: winning a new sale moves it as well. */
export type ClosedDeal = { accountId: number };

/** Marks the deal won: a new sale reaches purchase and makes its account a customer. */
export function winDeal(move: RecordMove, actorId: number, client: Client = db): Promise<ClosedDeal> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "DEAL", move, allows("win"));
    await winDealIn(tx, move.id, { actorId, expectedVersion: move.version });
    return tx.deal.findUniqueOrThrow({ where: { id: move.id }, select: { accountId: true } });
  });
}

export function loseDeal(input: LoseDealInput, actorId: number, client: Client = db): Promise<ClosedDeal> {
  return client.$transaction(async (tx) => {
    await lockForMove(tx, "DEAL", input, allows("lose"));
    await loseDealIn(tx, input.id, { actorId, expectedVersion: input.version, reason: input.reason });
    return tx.deal.findUniqueOrThrow({ where: { id: input.id }, select: { accountId: true } });
  });
}
