import "server-only";
import type { Stage } from "@/generated/prisma/enums";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { db } from "@/lib/db/client";

export type StageCount = { stage: Stage; leads: number; accounts: number; deals: number };

/** The bow-tie left to right, then CHURNED: every stage a record can sit in. */
export const OVERVIEW_STAGES: readonly Stage[] = [...BOWTIE_STAGES, "CHURNED"];

/** How many leads, accounts and deals sit in each stage now; stages with none are zeros. */
export async function countRecordsByStage(): Promise<StageCount[]> {
  const [leads, accounts, deals] = await Promise.all([
    db.lead.groupBy({ by: ["stage"], _count: { _all: true } }),
    db.account.groupBy({ by: ["stage"], _count: { _all: true } }),
    db.deal.groupBy({ by: ["stage"], _count: { _all: true } }),
  ]);
  const countIn = (rows: { stage: Stage; _count: { _all: number } }[], stage: Stage) =>
    rows.find((row) => row.stage === stage)?._count._all ?? 0;
  return OVERVIEW_STAGES.map((stage) => ({
    stage,
    leads: countIn(leads, stage),
    accounts: countIn(accounts, stage),
    deals: countIn(deals, stage),
  }));
}
