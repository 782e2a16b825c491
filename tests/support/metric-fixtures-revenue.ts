import type { DealStatus, DealType, LeadSource, PipelineStage, SpendCategory, Stage } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/lib/db/prisma";
import { Random } from "@/prisma/demo/random";

/** An instant from an ISO date or date-time (UTC). */
export const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
/** The first day of a month, from `YYYY-MM`. */
export const month = (iso: string) => at(`${iso}-01`);

export type AccountSeed = { id: number; segmentId: number | null; ownerId?: number | null };

export type DealSeed = {
  id: number;
  accountId: number;
  type?: DealType;
  status: DealStatus;
  amountMinor: number;
  openedAt: Date;
  /** Set for won and lost deals. */
  closedAt?: Date | null;
  /** The expected close of an open deal (its UTC day is stored); defaults to the day of closedAt. */
  closeDate?: Date;
  pipelineStage?: PipelineStage;
  source?: LeadSource | null;
  ownerId?: number | null;
};

export type RevenueSeed = { accountId: number; month: Date; mrrMinor: number };

export type SpendSeed = { month: Date; segmentId: number; category: SpendCategory; source?: LeadSource | null; amountMinor: number };

export type TargetSeed = { month: Date; segmentId: number; dealType: DealType; amountMinor: number };

/** An account's stage move; consecutive moves of an account chain from one to the next. */
export type AccountMoveSeed = { accountId: number; toStage: Stage; occurredAt: Date };

/**
 * A small revenue dataset: segments 1 and 2, teams 1 and 2, users 1 (team 1), 2 (team 2) and
 * 3 (no team) exist already; these are the records on top.
 */
export type RevenueFixture = {
  accounts: AccountSeed[];
  deals?: DealSeed[];
  revenue?: RevenueSeed[];
  spend?: SpendSeed[];
  targets?: TargetSeed[];
  moves?: AccountMoveSeed[];
};

export const SEGMENTS = [
  { id: 1, key: "enterprise" },
  { id: 2, key: "volume" },
] as const;

/** User → team: the owner and team filters are checked against this. */
export const USER_TEAMS: Readonly<Record<number, number | null>> = { 1: 1, 2: 2, 3: null };

/** The UTC day of an instant (what a `date` column keeps). */
export const utcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** Segments, teams and users every fixture builds on. */
export async function insertOrganisation(prisma: PrismaClient): Promise<void> {
  await prisma.segment.createMany({
    data: SEGMENTS.map((segment, index) => ({ ...segment, nameEn: segment.key, nameFi: segment.key, priority: index + 1 })),
  });
  await prisma.team.createMany({
    data: [
      { id: 1, name: "Account executives", function: "ACCOUNT_EXECUTIVE", monthlyCapacity: 50 },
      { id: 2, name: "Customer success", function: "CUSTOMER_SUCCESS", monthlyCapacity: 50 },
    ],
  });
  await prisma.user.createMany({
    data: Object.entries(USER_TEAMS).map(([id, teamId]) => ({
      id: Number(id),
      email: `user${id}@example.test`,
      name: `User ${id}`,
      passwordHash: "x",
      role: "SALES" as const,
      teamId,
    })),
  });
}

/** Writes the fixture's records (the organisation must exist). */
export async function insertRevenueFixture(prisma: PrismaClient, fixture: RevenueFixture): Promise<void> {
  await prisma.account.createMany({
    data: fixture.accounts.map((account) => ({
      id: account.id,
      name: `Account ${account.id}`,
      industry: "Facility services",
      country: "FI",
      segmentId: account.segmentId,
      ownerId: account.ownerId ?? null,
    })),
  });
  await prisma.deal.createMany({
    data: (fixture.deals ?? []).map((deal) => ({
      id: deal.id,
      name: `Deal ${deal.id}`,
      accountId: deal.accountId,
      type: deal.type ?? "NEW",
      amountMinor: deal.amountMinor,
      status: deal.status,
      pipelineStage: deal.pipelineStage ?? (deal.status === "OPEN" ? "QUALIFICATION" : "CLOSED"),
      openedAt: deal.openedAt,
      closedAt: deal.closedAt ?? null,
      closeDate: utcDay(deal.closeDate ?? deal.closedAt ?? deal.openedAt),
      source: deal.source ?? null,
      ownerId: deal.ownerId ?? null,
    })),
  });
  await prisma.monthlyRevenue.createMany({ data: fixture.revenue ?? [] });
  await prisma.spend.createMany({
    data: (fixture.spend ?? []).map((spend) => ({ ...spend, source: spend.source ?? null })),
  });
  await prisma.salesTarget.createMany({
    data: (fixture.targets ?? []).map((target) => ({ ...target, amountMinor: BigInt(target.amountMinor) })),
  });
  const stageOf = new Map<number, Stage>();
  const moves = [...(fixture.moves ?? [])].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  await prisma.stageTransition.createMany({
    data: moves.map((move) => {
      const fromStage = stageOf.get(move.accountId) ?? null;
      stageOf.set(move.accountId, move.toStage);
      const segmentId = fixture.accounts.find((account) => account.id === move.accountId)?.segmentId ?? null;
      return {
        entityKind: "ACCOUNT" as const,
        entityId: move.accountId,
        accountId: move.accountId,
        segmentId,
        fromStage,
        toStage: move.toStage,
        occurredAt: move.occurredAt,
      };
    }),
  });
}


const DAY_MS = 86_400_000;
const HISTORY_START = Date.UTC(2025, 0, 1);
/** Months of random history: January 2025 to June 2026. */
const HISTORY_MONTHS = 18;
const SOURCES: readonly LeadSource[] = ["WEB", "REFERRAL", "PARTNER", "TRADE_FAIR"];
const OPEN_STAGES: readonly PipelineStage[] = ["QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"];

/** A random instant in the history; now and then exactly midnight, often exactly a month start, to probe the bounds. */
function randomInstant(rng: Random, fromMs = HISTORY_START, days = HISTORY_MONTHS * 30): Date {
  const day = fromMs + rng.int(0, days) * DAY_MS;
  if (rng.chance(0.1)) {
    const date = new Date(day);
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  }
  return new Date(rng.chance(0.2) ? day : day + rng.int(0, 86_399) * 1000);
}

/** An open deal's expected close: often the first day of a month, where a period's end excludes it. */
function randomCloseDate(rng: Random, openedAt: Date): Date {
  const date = randomInstant(rng, openedAt.getTime(), 200);
  return rng.chance(0.3) ? new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)) : date;
}

/**
 * A random dataset with everything the revenue metrics meet: MRR with gaps, churn, returns,
 * expansion and contraction; deals of every type and status; spend, targets, and onboarding
 * stays that reach value, churn or are still open.
 */
export function randomRevenueFixture(seed: number): RevenueFixture {
  const rng = new Random(seed);
  const accountCount = rng.int(10, 18);
  const accounts: AccountSeed[] = Array.from({ length: accountCount }, (_, index) => ({
    id: index + 1,
    segmentId: rng.chance(0.08) ? null : rng.pick([1, 2]),
    ownerId: rng.chance(0.1) ? null : rng.pick([1, 2, 3]),
  }));

  const revenue: RevenueSeed[] = [];
  for (const account of accounts) {
    let mrr = rng.chance(0.4) ? rng.int(1, 10) * 10 : 0;
    for (let m = 0; m < HISTORY_MONTHS; m++) {
      const roll = rng.next();
      if (mrr === 0) mrr = roll < 0.2 ? rng.int(1, 10) * 10 : 0;
      else if (roll < 0.12) mrr = 0;
      else if (roll < 0.27) mrr += rng.int(1, 5) * 10;
      else if (roll < 0.4) mrr = Math.max(10, mrr - rng.int(1, 5) * 10);
      // A zero row now and then: the same as no row.
      if (mrr > 0 || rng.chance(0.05)) {
        revenue.push({ accountId: account.id, month: new Date(Date.UTC(2025, m, 1)), mrrMinor: mrr });
      }
    }
  }

  const deals: DealSeed[] = [];
  for (const account of accounts) {
    for (let i = rng.int(0, 4); i > 0; i--) {
      const openedAt = randomInstant(rng);
      const status = rng.pick<DealStatus>(["OPEN", "WON", "WON", "LOST"]);
      const closedAt = status === "OPEN" ? null : new Date(openedAt.getTime() + rng.int(0, 120) * DAY_MS + rng.int(0, 86_399) * 1000);
      deals.push({
        id: deals.length + 1,
        accountId: account.id,
        type: rng.pick<DealType>(["NEW", "NEW", "EXPANSION", "RENEWAL"]),
        status,
        amountMinor: rng.int(1, 50) * 100,
        openedAt,
        closedAt,
        closeDate: status === "OPEN" ? randomCloseDate(rng, openedAt) : undefined,
        pipelineStage: status === "OPEN" ? rng.pick(OPEN_STAGES) : "CLOSED",
        source: rng.chance(0.2) ? null : rng.pick(SOURCES),
        ownerId: rng.chance(0.15) ? null : rng.pick([1, 2, 3]),
      });
    }
  }

  const spend: SpendSeed[] = [];
  const targets: TargetSeed[] = [];
  for (let m = 0; m < HISTORY_MONTHS; m++) {
    const monthStart = new Date(Date.UTC(2025, m, 1));
    for (const segmentId of [1, 2]) {
      for (const source of [null, ...SOURCES]) {
        for (const category of ["SALES", "MARKETING"] as const) {
          if (rng.chance(0.3)) spend.push({ month: monthStart, segmentId, category, source, amountMinor: rng.int(1, 100) * 10 });
        }
      }
      for (const dealType of ["NEW", "EXPANSION", "RENEWAL"] as const) {
        if (rng.chance(0.8)) targets.push({ month: monthStart, segmentId, dealType, amountMinor: rng.int(0, 60) * 100 });
      }
    }
  }

  const moves: AccountMoveSeed[] = [];
  for (const account of accounts) {
    if (!rng.chance(0.7)) continue;
    let time = randomInstant(rng).getTime();
    for (let stint = rng.int(1, 3); stint > 0; stint--) {
      const step = () => (time += rng.int(0, 40) * DAY_MS + rng.int(0, 86_399) * 1000);
      moves.push({ accountId: account.id, toStage: "PURCHASE", occurredAt: new Date(time) });
      if (rng.chance(0.8)) moves.push({ accountId: account.id, toStage: "ONBOARDING", occurredAt: new Date(step()) });
      // PURCHASE: bought again while still onboarding, which ends the first stay without value.
      const outcome = rng.pick<Stage | null>(["IMPACT", "IMPACT", "EXPANSION", "CHURNED", "PURCHASE", null]);
      if (outcome === null) break;
      if (outcome === "PURCHASE") {
        step();
        continue;
      }
      moves.push({ accountId: account.id, toStage: outcome, occurredAt: new Date(step()) });
      if (outcome !== "CHURNED") moves.push({ accountId: account.id, toStage: "CHURNED", occurredAt: new Date(step()) });
      step();
    }
  }
  return { accounts, deals, revenue, spend, targets, moves };
}
