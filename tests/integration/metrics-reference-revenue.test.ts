import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DealType, LeadSource } from "@/generated/prisma/enums";
import { cohortRetention, type CohortMonth } from "@/lib/metrics/cohort-retention";
import { averageDealSize } from "@/lib/metrics/deal-size";
import { revenueByCustomerAge, type CustomerAgeRevenue } from "@/lib/metrics/mrr-aggregates";
import { classifyMovement, mrrMovementsByMonth, type MovementKind, type MrrChange } from "@/lib/metrics/mrr-movements";
import { mrrWaterfall, periodMrrBridge } from "@/lib/metrics/mrr-period-bridge";
import { mrrChangesFromSeries } from "@/lib/metrics/mrr-series";
import {
  addMonths,
  customPeriod,
  monthPeriod,
  monthsOf,
  quarterPeriod,
  startOfMonth,
  yearPeriod,
  type Period,
} from "@/lib/metrics/period";
import { pipelineCoverage, weightedPipeline, type PipelineStageAmount } from "@/lib/metrics/pipeline";
import type { EconomicsMetrics } from "@/lib/metrics/queries/economics";
import { loadSegmentEconomics } from "@/lib/metrics/queries/economics";
import type { MetricFilters } from "@/lib/metrics/queries/filters";
import { loadRetentionMetrics, type RetentionMetrics } from "@/lib/metrics/queries/retention";
import { loadSalesMetrics, type SalesMetrics } from "@/lib/metrics/queries/sales";
import {
  expansionRate,
  grossRevenueRetention,
  logoChurnRate,
  netRevenueRetention,
  retentionBase,
  type RetentionBase,
} from "@/lib/metrics/revenue-retention";
import { salesCycle, type CycleBucket } from "@/lib/metrics/sales-cycle";
import { salesVelocity } from "@/lib/metrics/sales-velocity";
import type { DurationBucket } from "@/lib/metrics/survival";
import { timeInStage } from "@/lib/metrics/time-in-stage";
import { segmentEconomics } from "@/lib/metrics/unit-economics";
import { winRate } from "@/lib/metrics/win-rate";
import {
  insertOrganisation,
  insertRevenueFixture,
  randomRevenueFixture,
  SEGMENTS,
  USER_TEAMS,
  utcDay,
  type DealSeed,
  type RevenueFixture,
} from "../support/metric-fixtures-revenue";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The reference path: the same raw rows aggregated in plain TypeScript (per-account MRR pairs
// through mrrChangesFromSeries), fed to the same pure functions. Agreement must be exact.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const PERIODS: { name: string; period: Period; asOf: Date }[] = [
  { name: "2025", period: yearPeriod(2025), asOf: new Date("2026-07-01T00:00:00Z") },
  { name: "Q1 2026 as of mid-February", period: quarterPeriod(2026, 1), asOf: new Date("2026-02-15T09:30:00Z") },
  { name: "15 March – 10 September 2025", period: customPeriod(new Date("2025-03-15T12:00:00Z"), new Date("2025-09-10T00:00:00Z")), asOf: new Date("2026-07-01T00:00:00Z") },
  { name: "January 2025, the first month of history", period: monthPeriod(2025, 1), asOf: new Date("2026-07-01T00:00:00Z") },
];

const FILTERS: MetricFilters[] = [
  {},
  { segmentIds: [1] },
  { sources: ["WEB", "REFERRAL"] },
  { ownerIds: [1, 3] },
  { teamIds: [2] },
  { segmentIds: [2], teamIds: [1] },
];

const SEEDS = [11, 23, 37, 41, 61];

const inPeriod = (period: Period, date: Date) => date >= period.start && date < period.end;
const matches = <T>(list: readonly T[] | undefined, value: T | null | undefined) =>
  !list?.length || (value !== null && value !== undefined && list.includes(value));

class Reference {
  constructor(private readonly fixture: RevenueFixture) {}

  private account(id: number) {
    return this.fixture.accounts.find((account) => account.id === id)!;
  }

  private ownerMatches(ownerId: number | null | undefined, filters: MetricFilters): boolean {
    return matches(filters.ownerIds, ownerId) && matches(filters.teamIds, ownerId == null ? null : USER_TEAMS[ownerId]);
  }

  private dealInScope(deal: DealSeed, dealType: DealType, filters: MetricFilters): boolean {
    return (
      (deal.type ?? "NEW") === dealType &&
      matches(filters.segmentIds, this.account(deal.accountId).segmentId) &&
      matches(filters.sources, deal.source) &&
      this.ownerMatches(deal.ownerId, filters)
    );
  }

  private firstWonNew(accountId: number): DealSeed | undefined {
    return (this.fixture.deals ?? [])
      .filter((deal) => deal.accountId === accountId && (deal.type ?? "NEW") === "NEW" && deal.status === "WON")
      .sort((a, b) => a.closedAt!.getTime() - b.closedAt!.getTime() || a.id - b.id)[0];
  }

  private accountInScope(accountId: number, filters: MetricFilters): boolean {
    const account = this.account(accountId);
    return (
      matches(filters.segmentIds, account.segmentId) &&
      matches<LeadSource>(filters.sources, this.firstWonNew(accountId)?.source) &&
      this.ownerMatches(account.ownerId, filters)
    );
  }

  private revenue(filters: MetricFilters) {
    return (this.fixture.revenue ?? []).filter((row) => this.accountInScope(row.accountId, filters));
  }

  private closedWon(period: Period, dealType: DealType, filters: MetricFilters) {
    const deals = (this.fixture.deals ?? []).filter((deal) => this.dealInScope(deal, dealType, filters));
    const closed = deals.filter((deal) => deal.status !== "OPEN" && deal.closedAt && inPeriod(period, deal.closedAt));
    const won = closed.filter((deal) => deal.status === "WON");
    const buckets = new Map<number, number>();
    for (const deal of won) {
      const days = Math.floor((deal.closedAt!.getTime() - deal.openedAt.getTime()) / DAY_MS);
      buckets.set(days, (buckets.get(days) ?? 0) + 1);
    }
    return {
      deals,
      closed: { won: won.length, lost: closed.length - won.length },
      won: { deals: won.length, amountMinor: won.reduce((sum, deal) => sum + deal.amountMinor, 0) },
      cycle: [...buckets].map(([days, count]): CycleBucket => ({ days, deals: count })),
    };
  }

  sales(period: Period, filters: MetricFilters, dealType: DealType): SalesMetrics {
    const { deals, closed, won, cycle } = this.closedWon(period, dealType, filters);
    const openOpportunities = deals.filter(
      (deal) => deal.openedAt < period.end && (deal.closedAt == null || deal.closedAt >= period.end),
    ).length;
    const stages: PipelineStageAmount[] = [];
    for (const deal of deals) {
      const closeDay = utcDay(deal.closeDate ?? deal.closedAt ?? deal.openedAt);
      if (deal.status !== "OPEN" || !inPeriod(period, closeDay)) continue;
      stages.push({ pipelineStage: deal.pipelineStage ?? "QUALIFICATION", deals: 1, amountMinor: deal.amountMinor });
    }
    const targetsApply = !(filters.sources?.length || filters.ownerIds?.length || filters.teamIds?.length);
    const targets = (this.fixture.targets ?? []).filter(
      (target) => target.dealType === dealType && inPeriod(period, target.month) && matches(filters.segmentIds, target.segmentId),
    );
    const targetMinor = targetsApply && targets.length > 0 ? targets.reduce((sum, target) => sum + target.amountMinor, 0) : null;
    const rate = winRate(closed);
    const size = averageDealSize(won);
    const cycleSummary = salesCycle(cycle);
    const openPipelineMinor = stages.reduce((sum, stage) => sum + stage.amountMinor, 0);
    return {
      period: { start: period.start.toISOString(), end: period.end.toISOString() },
      dealType,
      closed,
      winRate: rate,
      won,
      averageDealSizeMinor: size,
      salesCycle: cycleSummary,
      openOpportunities,
      velocity: salesVelocity({ openOpportunities, winRate: rate, averageDealSizeMinor: size, averageCycleDays: cycleSummary.meanDays }),
      pipeline: weightedPipeline(stages),
      coverage: {
        openPipelineMinor,
        targetMinor,
        wonMinor: won.amountMinor,
        coverage: targetMinor === null ? null : pipelineCoverage({ openPipelineMinor, targetMinor, wonMinor: won.amountMinor }),
      },
    };
  }

  /** The months of P begun by as-of, as a period. */
  private observed(period: Period, asOf: Date): Period | null {
    const months = monthsOf(period).filter((month) => month < asOf);
    const last = months[months.length - 1];
    if (last === undefined) return null;
    return customPeriod(period.start, new Date(Math.min(period.end.getTime(), addMonths(last, 1).getTime())));
  }

  private firstPaid(filters: MetricFilters): Map<number, number> {
    const first = new Map<number, number>();
    for (const row of this.revenue(filters)) {
      if (row.mrrMinor <= 0) continue;
      const known = first.get(row.accountId);
      if (known === undefined || row.month.getTime() < known) first.set(row.accountId, row.month.getTime());
    }
    return first;
  }

  private timeToValue(period: Period, asOf: Date, filters: MetricFilters): RetentionMetrics["timeToValue"] {
    const moves = [...(this.fixture.moves ?? [])].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    const buckets: DurationBucket[] = [];
    const stays: { accountId: number; days: number; reached: boolean }[] = [];
    moves.forEach((move, index) => {
      if (move.toStage !== "PURCHASE" || !inPeriod(period, move.occurredAt) || move.occurredAt >= asOf) return;
      if (!this.accountInScope(move.accountId, filters)) return;
      const next = moves
        .slice(index + 1)
        .find((later) => later.accountId === move.accountId && later.toStage !== "ONBOARDING" && later.occurredAt < asOf);
      const reached = next !== undefined && (next.toStage === "IMPACT" || next.toStage === "EXPANSION");
      const hours = Math.floor(((next?.occurredAt ?? asOf).getTime() - move.occurredAt.getTime()) / HOUR_MS);
      buckets.push({ hours, exits: reached ? 1 : 0, censored: reached ? 0 : 1 });
      stays.push({ accountId: move.accountId, days: Math.floor(hours / 24), reached });
    });
    // An account that buys twice in P onboards twice but is one account behind the figures.
    const accountsOf = (list: typeof stays) => ({
      accounts: new Set(list.map((stay) => stay.accountId)).size,
      reachedAccounts: new Set(list.filter((stay) => stay.reached).map((stay) => stay.accountId)).size,
      notReachedAccounts: new Set(list.filter((stay) => !stay.reached).map((stay) => stay.accountId)).size,
    });
    const summary = timeInStage(buckets);
    const byDay = new Map<number, RetentionMetrics["timeToValue"]["histogram"][number]>();
    for (const bucket of buckets) {
      const days = Math.floor(bucket.hours / 24);
      const day = byDay.get(days) ?? { days, exits: 0, censored: 0, ...accountsOf(stays.filter((stay) => stay.days === days)) };
      day.exits += bucket.exits;
      day.censored += bucket.censored;
      byDay.set(days, day);
    }
    return {
      ...summary,
      ...accountsOf(stays),
      medianDays: summary.medianHours === null ? null : summary.medianHours / 24,
      p75Days: summary.p75Hours === null ? null : summary.p75Hours / 24,
      histogram: [...byDay.values()].sort((a, b) => a.days - b.days),
    };
  }

  retention(period: Period, filters: MetricFilters, asOf: Date): RetentionMetrics {
    const rows = this.revenue(filters);
    const observed = this.observed(period, asOf);
    const rates = (base: RetentionBase) => ({
      grossRevenueRetention: grossRevenueRetention(base),
      netRevenueRetention: netRevenueRetention(base),
      logoChurn: logoChurnRate(base),
      expansionRate: expansionRate(base),
    });
    const changes = observed ? mrrChangesFromSeries(rows, observed) : [];
    const movements = observed ? mrrMovementsByMonth(changes, observed) : [];
    const moved = new Map<MovementKind, Set<number>>();
    for (const change of changes) {
      const { kind } = classifyMovement(change);
      moved.set(kind, (moved.get(kind) ?? new Set()).add(change.accountId));
    }
    const periodBridge = periodMrrBridge(movements, [...moved].map(([kind, accounts]) => ({ kind, accounts: accounts.size })));
    const base = retentionBase(changes, observed ?? period);

    const first = this.firstPaid(filters);
    const cohortStarts = new Set(monthsOf(period).filter((month) => month < asOf).map((month) => month.getTime()));
    const lastObserved = startOfMonth(new Date(asOf.getTime() - 1)).getTime();
    const cells = new Map<string, CohortMonth>();
    for (const row of rows) {
      const start = first.get(row.accountId);
      if (row.mrrMinor <= 0 || start === undefined || !cohortStarts.has(start) || row.month.getTime() > lastObserved) continue;
      const key = `${start}:${row.month.getTime()}`;
      const cell = cells.get(key) ?? { cohortMonth: new Date(start), month: row.month, customers: 0, mrrMinor: 0 };
      cell.customers += 1;
      cell.mrrMinor += row.mrrMinor;
      cells.set(key, cell);
    }

    const ages: CustomerAgeRevenue[] = [];
    if (observed) {
      const firstMonth = monthsOf(observed)[0]!.getTime();
      for (const row of rows) {
        if (row.mrrMinor <= 0 || !inPeriod(observed, row.month)) continue;
        ages.push({ month: row.month, isNew: first.get(row.accountId)! >= firstMonth, customers: 1, mrrMinor: row.mrrMinor });
      }
    }

    return {
      period: { start: period.start.toISOString(), end: period.end.toISOString() },
      asOf: asOf.toISOString(),
      observed: observed && { start: observed.start.toISOString(), end: observed.end.toISOString() },
      movements: movements.map((summary) => ({ ...summary, month: summary.month.toISOString() })),
      periodBridge,
      waterfall: periodBridge ? mrrWaterfall(periodBridge) : [],
      endingMrrMinor: movements.at(-1)?.endingMrrMinor ?? null,
      retentionByMonth: movements.map((summary) => {
        const month = monthPeriod(summary.month.getUTCFullYear(), summary.month.getUTCMonth() + 1);
        return { month: summary.month.toISOString(), ...rates(retentionBase(mrrChangesFromSeries(rows, month), month)) };
      }),
      retention: { base, ...rates(base) },
      cohorts: cohortRetention([...cells.values()], period, asOf).map((row) => ({
        ...row,
        cohortMonth: row.cohortMonth.toISOString(),
      })),
      timeToValue: this.timeToValue(period, asOf, filters),
      revenueByCustomerAge: observed
        ? revenueByCustomerAge(ages, observed).map((row) => ({ ...row, month: row.month.toISOString() }))
        : [],
    };
  }

  economics(period: Period, filters: MetricFilters): EconomicsMetrics {
    const spendAttributable = !(filters.ownerIds?.length || filters.teamIds?.length);
    const observed = this.observed(period, period.end);
    const changes: MrrChange[] = observed ? mrrChangesFromSeries(this.revenue(filters), observed) : [];
    const lastMonth = observed ? monthsOf(observed).at(-1)!.getTime() : null;
    const segments = SEGMENTS.filter((segment) => matches(filters.segmentIds, segment.id));
    const inputs = segments.map(({ id }) => {
      const spend = (this.fixture.spend ?? []).filter(
        (row) => row.segmentId === id && inPeriod(period, row.month) && matches(filters.sources, row.source),
      );
      const sum = (category: "SALES" | "MARKETING") =>
        spend.filter((row) => row.category === category).reduce((total, row) => total + row.amountMinor, 0);
      const ofSegment = changes.filter((change) => this.account(change.accountId).segmentId === id);
      const paying = ofSegment.filter((change) => change.month.getTime() === lastMonth && change.mrrMinor > 0);
      return {
        segmentId: id,
        salesSpendMinor: spendAttributable ? sum("SALES") : 0,
        marketingSpendMinor: spendAttributable ? sum("MARKETING") : 0,
        newCustomers: this.fixture.accounts.filter((account) => {
          const win = this.firstWonNew(account.id);
          return account.segmentId === id && win !== undefined && inPeriod(period, win.closedAt!) && this.accountInScope(account.id, filters);
        }).length,
        // An account that churns twice within P is one customer lost.
        churnedCustomers: new Set(ofSegment.filter((change) => classifyMovement(change).kind === "CHURN").map((change) => change.accountId)).size,
        customerMonths: ofSegment.filter((change) => change.previousMrrMinor > 0).length,
        mrrMinor: paying.reduce((total, change) => total + change.mrrMinor, 0),
        payingCustomers: paying.length,
      };
    });
    const unit = segmentEconomics(inputs);
    return {
      period: { start: period.start.toISOString(), end: period.end.toISOString() },
      grossMargin: 0.8,
      spendAttributable,
      segments: segments.map((segment, index) => {
        const input = inputs[index]!;
        const { won, cycle } = this.closedWon(period, "NEW", { ...filters, segmentIds: [segment.id] });
        return {
          ...unit[index]!,
          ...(spendAttributable ? {} : { cacMinor: null, ltvToCac: null, paybackMonths: null }),
          segmentKey: segment.key,
          salesSpendMinor: spendAttributable ? input.salesSpendMinor : null,
          marketingSpendMinor: spendAttributable ? input.marketingSpendMinor : null,
          newCustomers: input.newCustomers,
          churnedCustomers: input.churnedCustomers,
          customerMonths: input.customerMonths,
          mrrMinor: input.mrrMinor,
          payingCustomers: input.payingCustomers,
          averageDealSizeMinor: averageDealSize(won),
          salesCycle: salesCycle(cycle),
        };
      }),
    };
  }
}

describe.each(SEEDS)("random dataset %i: SQL and the in-memory reference agree", (seed) => {
  const fixture = randomRevenueFixture(seed);
  const reference = new Reference(fixture);
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertOrganisation(database.prisma);
    await insertRevenueFixture(database.prisma, fixture);
  });
  afterAll(() => database.drop());

  describe.each(PERIODS)("$name", ({ period, asOf }) => {
    it.each(FILTERS)("filters %o", async (filters) => {
      const [sales, expansion, retention, economics] = await Promise.all([
        loadSalesMetrics(database.prisma, { period, filters }),
        loadSalesMetrics(database.prisma, { period, filters, dealType: seed % 2 === 0 ? "EXPANSION" : "RENEWAL" }),
        loadRetentionMetrics(database.prisma, { period, filters, asOf }),
        loadSegmentEconomics(database.prisma, { period, filters }),
      ]);
      expect(sales).toEqual(reference.sales(period, filters, "NEW"));
      expect(expansion).toEqual(reference.sales(period, filters, expansion.dealType));
      expect(retention).toEqual(reference.retention(period, filters, asOf));
      expect(economics).toEqual(reference.economics(period, filters));
    });
  });
});

describe("the random datasets", () => {
  it("meet every case the definitions distinguish", () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const fixture = randomRevenueFixture(seed);
      const reference = new Reference(fixture);
      const moves = [...(fixture.moves ?? [])].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
      moves.forEach((move, index) => {
        const next = moves.slice(index + 1).find((later) => later.accountId === move.accountId);
        if (move.toStage !== "CHURNED" && next?.toStage === "PURCHASE") seen.add("purchase again while onboarding");
      });
      for (const { period, asOf } of PERIODS) {
        const retention = reference.retention(period, {}, asOf);
        for (const month of retention.movements) {
          for (const kind of ["newMinor", "expansionMinor", "contractionMinor", "churnMinor", "reactivationMinor"] as const) {
            if (month[kind] > 0) seen.add(kind);
          }
        }
        if (retention.timeToValue.censored > 0) seen.add("censored stay");
        if (retention.retention.base.churnedCustomers > 0) seen.add("churn in the base");
        const sales = reference.sales(period, {}, "NEW");
        if (sales.coverage.coverage !== null) seen.add("coverage");
        if (sales.closed.lost > 0 && sales.closed.won > 0) seen.add("won and lost");
        if (reference.economics(period, {}).segments.some((s) => s.ltvMinor !== null)) seen.add("LTV");
        if ((fixture.deals ?? []).some((deal) => deal.status === "OPEN" && utcDay(deal.closeDate!).getTime() === period.end.getTime())) {
          seen.add("open deal due at P's end");
        }
        // A starting customer that churns and comes back within P: its return must stay out of the base.
        const changes = mrrChangesFromSeries(fixture.revenue ?? [], period);
        const first = monthsOf(period)[0]?.getTime();
        for (const change of changes) {
          if (change.month.getTime() !== first || change.previousMrrMinor <= 0) continue;
          const kinds = changes
            .filter((other) => other.accountId === change.accountId)
            .sort((a, b) => a.month.getTime() - b.month.getTime())
            .map((other) => classifyMovement(other).kind);
          const churn = kinds.indexOf("CHURN");
          if (churn >= 0 && kinds.indexOf("REACTIVATION", churn) > churn) seen.add("return within P");
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        "newMinor",
        "expansionMinor",
        "contractionMinor",
        "churnMinor",
        "reactivationMinor",
        "censored stay",
        "churn in the base",
        "return within P",
        "open deal due at P's end",
        "purchase again while onboarding",
        "coverage",
        "won and lost",
        "LTV",
      ].sort(),
    );
  });
});
