import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DealType, EntityKind, LeadSource, Stage } from "@/generated/prisma/enums";
import { BOWTIE_STAGES, stageOrder, type BowtieStage } from "@/lib/bowtie/stages";
import type { AttributedDeal, AttributionModel, AttributionTouch } from "@/lib/metrics/attribution";
import type { StageCohort } from "@/lib/metrics/cohort-conversion";
import { customPeriod, previousPeriod, quarterPeriod, yearPeriod, type Period } from "@/lib/metrics/period";
import { nextStage, type StageMoves } from "@/lib/metrics/period-conversion";
import type { StageAge } from "@/lib/metrics/sla";
import type { SourceStageEntries } from "@/lib/metrics/source-conversion";
import type { StageEntries } from "@/lib/metrics/stage-volume";
import type { DurationBucket } from "@/lib/metrics/survival";
import { MAX_TOUCHES_PER_DEAL, attributionPaths } from "@/lib/metrics/queries/attribution-paths";
import { touchSource } from "@/lib/metrics/queries/attribution-touch-source";
import { bowtieOverview, loadBowtieOverview } from "@/lib/metrics/queries/bowtie-overview";
import { capacityMetrics, loadCapacityMetrics } from "@/lib/metrics/queries/capacity";
import { stageCapacities, stageOwnerTeams, type OwnerTeam } from "@/lib/metrics/queries/capacity-owners";
import { durationBucket, wholeHours } from "@/lib/metrics/queries/duration-buckets";
import type { MetricFilters } from "@/lib/metrics/queries/filters";
import { funnelMetrics, loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { sourceMetrics, loadSourceMetrics } from "@/lib/metrics/queries/sources";
import { sourceReach } from "@/lib/metrics/queries/sources-reach";
import { speedToLeadBuckets } from "@/lib/metrics/queries/speed-to-lead";
import { stageCohorts } from "@/lib/metrics/queries/stage-cohorts";
import { stageDurations, type StageDurations } from "@/lib/metrics/queries/stage-durations";
import { stageFlows, type StageFlows } from "@/lib/metrics/queries/stage-flows";
import { stageAges, stageSlaHours } from "@/lib/metrics/queries/stage-sla";
import { STAGE_DEFINITIONS } from "@/prisma/reference-data";
import { insertFixture, randomFunnelFixture, utc, type FixtureTransition, type FunnelFixture } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Every stage, funnel, speed, source and capacity figure computed twice: by the SQL path,
// and by a plain in-memory reading of the same rows written out here from the definitions
// alone, both fed to the same pure functions. They must agree exactly on random data.

const DAY = 86_400_000;
const cmp = (a: Date, aId: number, b: Date, bId: number) => a.getTime() - b.getTime() || aId - bId;
const inPeriod = (at: Date, period: Period) => at >= period.start && at < period.end;
const within = <T>(list: readonly T[] | undefined, value: T | null) =>
  list === undefined || list.length === 0 || (value !== null && list.includes(value));

/** The in-memory reading of one dataset. */
class Reference {
  constructor(private readonly data: FunnelFixture) {}

  private ownerPasses(ownerId: number | null, filters: MetricFilters): boolean {
    if (!filters.ownerIds?.length && !filters.teamIds?.length) return true;
    if (ownerId === null) return false;
    const teamId = this.data.users.find((user) => user.id === ownerId)?.teamId ?? null;
    return within(filters.ownerIds, ownerId) && within(filters.teamIds, teamId);
  }

  private recordOwner(kind: EntityKind, id: number): number | null | undefined {
    const table = { LEAD: this.data.leads, DEAL: this.data.deals, ACCOUNT: this.data.accounts, CONTACT: this.data.contacts }[kind];
    const record = table.find((row) => row.id === id);
    return record === undefined ? undefined : record.ownerId;
  }

  private transitionPasses(t: FixtureTransition, filters: MetricFilters): boolean {
    if (!within(filters.segmentIds, t.segmentId) || !within(filters.sources, t.source)) return false;
    if (!filters.ownerIds?.length && !filters.teamIds?.length) return true;
    const owner = this.recordOwner(t.entityKind, t.entityId);
    return owner !== undefined && this.ownerPasses(owner, filters);
  }

  private ofKind(kind: EntityKind): FixtureTransition[] {
    return this.data.transitions.filter((t) => t.entityKind === kind).sort((a, b) => cmp(a.occurredAt, a.id, b.occurredAt, b.id));
  }

  flows(kind: EntityKind, period: Period, filters: MetricFilters): StageFlows {
    const entries = new Map<Stage, Set<number>>();
    const moves = new Map<string, Set<number>>();
    for (const t of this.ofKind(kind)) {
      if (!inPeriod(t.occurredAt, period) || !this.transitionPasses(t, filters)) continue;
      entries.set(t.toStage, (entries.get(t.toStage) ?? new Set()).add(t.entityId));
      const key = `${t.fromStage}>${t.toStage}`;
      moves.set(key, (moves.get(key) ?? new Set()).add(t.entityId));
    }
    return {
      entries: [...entries].map(([stage, ids]): StageEntries => ({ stage, records: ids.size })),
      moves: [...moves].map(([key, ids]): StageMoves => {
        const [from, to] = key.split(">") as [string, Stage];
        return { from: from === "null" ? null : (from as Stage), to, records: ids.size };
      }),
    };
  }

  cohorts(kind: EntityKind, period: Period, filters: MetricFilters, windowDays: number, asOf: Date): StageCohort[] {
    const all = this.ofKind(kind);
    return BOWTIE_STAGES.map((stage) => {
      const first = new Map<number, FixtureTransition>();
      for (const t of all) {
        if (t.toStage !== stage || !inPeriod(t.occurredAt, period) || t.occurredAt >= asOf) continue;
        if (!this.transitionPasses(t, filters) || first.has(t.entityId)) continue;
        first.set(t.entityId, t);
      }
      let reachedNext = 0;
      let reachedLater = 0;
      for (const entry of first.values()) {
        const after = all.filter(
          (m) =>
            m.entityId === entry.entityId &&
            cmp(m.occurredAt, m.id, entry.occurredAt, entry.id) > 0 &&
            m.occurredAt.getTime() <= entry.occurredAt.getTime() + windowDays * DAY &&
            m.occurredAt < asOf,
        );
        if (after.some((m) => m.fromStage === stage && m.toStage === nextStage(stage))) reachedNext++;
        if (after.some((m) => (stageOrder(m.toStage) ?? -1) > stageOrder(stage)!)) reachedLater++;
      }
      return { stage, entered: first.size, reachedNext, reachedLater };
    });
  }

  durations(kind: EntityKind, period: Period, filters: MetricFilters, asOf: Date): StageDurations[] {
    const all = this.ofKind(kind);
    const buckets = new Map<string, DurationBucket>();
    for (const [index, t] of all.entries()) {
      if (t.toStage === "CHURNED" || !inPeriod(t.occurredAt, period) || t.occurredAt >= asOf) continue;
      if (!this.transitionPasses(t, filters)) continue;
      const exit = all.slice(index + 1).find((m) => m.entityId === t.entityId && m.occurredAt < asOf);
      const hours = durationBucket(wholeHours(t.occurredAt, exit?.occurredAt ?? asOf));
      const key = `${t.toStage}/${hours}`;
      const bucket = buckets.get(key) ?? { hours, exits: 0, censored: 0 };
      if (exit) bucket.exits++;
      else bucket.censored++;
      buckets.set(key, bucket);
    }
    return BOWTIE_STAGES.map((stage) => ({
      stage,
      buckets: [...buckets].filter(([key]) => key.startsWith(`${stage}/`)).map(([, b]) => b).sort((a, b) => a.hours - b.hours),
    }));
  }

  ages(kind: EntityKind, asOf: Date, filters: MetricFilters): StageAge[] {
    const last = new Map<number, FixtureTransition>();
    for (const t of this.ofKind(kind)) if (t.occurredAt < asOf) last.set(t.entityId, t);
    const counts = new Map<string, StageAge>();
    for (const t of last.values()) {
      if (!this.transitionPasses(t, filters)) continue;
      const age = wholeHours(t.occurredAt, asOf);
      const sla = this.slaHours()[t.toStage] ?? null;
      const bucket = durationBucket(age);
      const hours = sla !== null && age >= sla && bucket < sla ? sla : bucket;
      const key = `${t.toStage}/${hours}`;
      const row = counts.get(key) ?? { stage: t.toStage, hours, records: 0 };
      row.records++;
      counts.set(key, row);
    }
    return [...counts.values()];
  }

  slaHours(): Partial<Record<Stage, number | null>> {
    return Object.fromEntries(BOWTIE_STAGES.map((stage) => [stage, stage in this.data.slaHours ? this.data.slaHours[stage] : STAGE_DEFINITIONS[stage].slaHours]));
  }

  private leadPasses(lead: FunnelFixture["leads"][number], filters: MetricFilters): boolean {
    return within(filters.segmentIds, lead.segmentId) && within(filters.sources, lead.source) && this.ownerPasses(lead.ownerId, filters);
  }

  speed(period: Period, filters: MetricFilters, asOf: Date = period.end): DurationBucket[] {
    const buckets = new Map<number, DurationBucket>();
    const cutoff = asOf < period.end ? asOf : period.end;
    for (const lead of this.data.leads) {
      const ready = lead.mqlAt ?? lead.createdAt;
      if (!inPeriod(ready, period) || ready >= cutoff || !this.leadPasses(lead, filters)) continue;
      const touched = lead.firstTouchAt !== null && lead.firstTouchAt < cutoff;
      const hours = durationBucket(Math.max(0, wholeHours(ready, touched ? lead.firstTouchAt! : cutoff)));
      const bucket = buckets.get(hours) ?? { hours, exits: 0, censored: 0 };
      if (touched) bucket.exits++;
      else bucket.censored++;
      buckets.set(hours, bucket);
    }
    return [...buckets.values()].sort((a, b) => a.hours - b.hours);
  }

  reach(period: Period, asOf: Date, filters: MetricFilters): SourceStageEntries[] {
    const bySource = new Map<LeadSource, number[]>();
    for (const lead of this.data.leads) {
      if (!inPeriod(lead.createdAt, period) || lead.createdAt >= asOf || !this.leadPasses(lead, filters)) continue;
      let reached = 1;
      for (const t of this.data.transitions) {
        if (t.entityKind === "LEAD" && t.entityId === lead.id && t.occurredAt < asOf) reached = Math.max(reached, (stageOrder(t.toStage) ?? -1) + 1);
      }
      const won = this.data.transitions.some(
        (t) => t.entityKind === "DEAL" && t.entityId === lead.convertedDealId && t.toStage === "PURCHASE" && t.occurredAt < asOf,
      );
      if (won) reached = Math.max(reached, 4);
      const counts = bySource.get(lead.source) ?? [0, 0, 0, 0];
      for (let order = 1; order <= 4; order++) if (reached >= order) counts[order - 1]!++;
      bySource.set(lead.source, counts);
    }
    return [...bySource].flatMap(([source, counts]) =>
      (["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE"] as const).map((stage, i) => ({ source, stage, records: counts[i]! })),
    );
  }

  paths(period: Period, filters: MetricFilters, dealTypes: DealType[] = ["NEW"]): AttributedDeal[] {
    const deals = this.data.deals
      .filter((deal) => (deal.status === "WON" || deal.status === "LOST") && deal.closedAt !== null && inPeriod(deal.closedAt, period))
      .filter((deal) => dealTypes.includes(deal.type))
      .filter((deal) => {
        const segmentId = this.data.accounts.find((account) => account.id === deal.accountId)!.segmentId;
        return within(filters.segmentIds, segmentId) && within(filters.sources, deal.source) && this.ownerPasses(deal.ownerId, filters);
      })
      .sort((a, b) => a.id - b.id);
    return deals.map((deal) => {
      const lead = this.data.leads.find((row) => row.convertedDealId === deal.id) ?? null;
      const contacts = new Set(this.data.contacts.filter((contact) => contact.accountId === deal.accountId).map((contact) => contact.id));
      const pathSource = lead?.source ?? deal.source;
      const touches = this.data.touches
        .filter(
          (t) =>
            t.occurredAt < deal.closedAt! &&
            ((lead !== null && t.leadId === lead.id) || t.dealId === deal.id || t.accountId === deal.accountId || (t.contactId !== null && contacts.has(t.contactId))),
        )
        .map((t) => ({
          t,
          source: touchSource(t, this.data.campaigns.find((campaign) => campaign.id === t.campaignId)?.source ?? null, pathSource),
        }))
        .filter((touch): touch is { t: typeof touch.t; source: LeadSource } => touch.source !== null)
        .sort((a, b) => cmp(a.t.occurredAt, a.t.id, b.t.occurredAt, b.t.id));
      const nearest = (instant: Date) =>
        [...touches].sort(
          (a, b) =>
            Math.abs(a.t.occurredAt.getTime() - instant.getTime()) - Math.abs(b.t.occurredAt.getTime() - instant.getTime()) ||
            cmp(a.t.occurredAt, a.t.id, b.t.occurredAt, b.t.id),
        )[0]?.t.id;
      const leadTouch = lead === null ? undefined : nearest(lead.createdAt);
      const openTouch = nearest(deal.openedAt);
      const kept = touches.filter(
        ({ t }, index) => index === 0 || t.id === leadTouch || t.id === openTouch || touches.length - (index + 1) < MAX_TOUCHES_PER_DEAL - 3,
      );
      return {
        dealId: deal.id,
        status: deal.status as "WON" | "LOST",
        amountMinor: deal.amountMinor,
        touches: kept.map(({ t, source }): AttributionTouch => ({
          source,
          leadCreation: t.id === leadTouch,
          opportunityCreation: t.id === openTouch,
        })),
      };
    });
  }

  capacities(filters: MetricFilters): Partial<Record<BowtieStage, number>> {
    const result: Partial<Record<BowtieStage, number>> = {};
    for (const [stage, teams] of Object.entries(this.owners(filters)) as [BowtieStage, OwnerTeam[]][]) {
      result[stage] = teams.reduce((sum, team) => sum + team.monthlyCapacity, 0);
    }
    return result;
  }

  owners(filters: MetricFilters): Partial<Record<BowtieStage, OwnerTeam[]>> {
    const pairs = new Set(
      this.data.stageOwners
        .filter((owner) => within(filters.segmentIds, owner.segmentId) && within(filters.teamIds, owner.teamId))
        .map((owner) => `${owner.stage}/${owner.teamId}`),
    );
    const result: Partial<Record<BowtieStage, OwnerTeam[]>> = {};
    for (const pair of pairs) {
      const [stage, teamId] = pair.split("/") as [BowtieStage, string];
      const { id, monthlyCapacity } = this.data.teams.find((team) => team.id === Number(teamId))!;
      (result[stage] ??= []).push({ id, name: `Team ${id}`, monthlyCapacity });
    }
    for (const teams of Object.values(result)) teams.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
    return result;
  }
}

/** Order-free forms of the aggregates, for comparing the raw query results. */
const sortRows = <T>(rows: readonly T[]) => [...rows].map((row) => JSON.stringify(row)).sort();
const flowsKey = (flows: StageFlows) => ({ entries: sortRows(flows.entries), moves: sortRows(flows.moves) });

const SEEDS = [11, 23, 37, 58];
const PERIODS: [string, Period][] = [
  ["Q1 2026", quarterPeriod(2026, 1)],
  ["2026", yearPeriod(2026)],
  ["15 Oct 2025 – 20 Feb 2026", customPeriod(utc("2025-10-15"), utc("2026-02-20T13:30"))],
];
const AS_OF = [utc("2026-09-01"), utc("2026-12-31")];
const FILTERS: [string, MetricFilters][] = [
  ["no filter", {}],
  ["segment 1", { segmentIds: [1] }],
  ["segments 2, 3 and web/referral", { segmentIds: [2, 3], sources: ["WEB", "REFERRAL"] }],
  ["owners 1, 2", { ownerIds: [1, 2] }],
  ["team 1", { teamIds: [1] }],
];
const KINDS: EntityKind[] = ["ACCOUNT", "LEAD", "DEAL"];
const MODELS: AttributionModel[] = ["FIRST_TOUCH", "LAST_TOUCH", "LINEAR", "W_SHAPED"];

const CASES = PERIODS.flatMap(([periodName, period], p) =>
  FILTERS.map(([filterName, filters], f) => ({
    name: `${periodName}, ${filterName}`,
    period,
    filters,
    asOf: AS_OF[(p + f) % AS_OF.length]!,
    kind: KINDS[(p + f) % KINDS.length]!,
    windowDays: [7, 30, 90][f % 3]!,
    model: MODELS[(p + f) % MODELS.length]!,
  })),
);

const EDGES = [...PERIODS.flatMap(([, period]) => [period.start, period.end, previousPeriod(period).start]), ...AS_OF];

describe.each(SEEDS)("random dataset %i: SQL and reference agree", (seed) => {
  let database: TestDatabase;
  const fixture = randomFunnelFixture(seed, EDGES);
  const reference = new Reference(fixture);

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, fixture);
  });
  afterAll(() => database.drop());

  it("has the variety the definitions need", () => {
    expect(fixture.leads.length).toBeGreaterThanOrEqual(30);
    expect(fixture.transitions.some((t) => t.fromStage !== null && (stageOrder(t.toStage) ?? 0) < (stageOrder(t.fromStage) ?? 0))).toBe(true);
    expect(fixture.deals.some((deal) => deal.status === "WON") && fixture.deals.some((deal) => deal.status === "LOST")).toBe(true);
  });

  it.each(CASES)("every query: $name", async ({ period, filters, asOf, kind, windowDays }) => {
    const db = database.prisma;
    for (const k of KINDS) {
      expect(flowsKey(await stageFlows(db, { kind: k, period, filters }))).toEqual(flowsKey(reference.flows(k, period, filters)));
    }
    expect(await stageCohorts(db, { kind, period, filters, windowDays, asOf })).toEqual(reference.cohorts(kind, period, filters, windowDays, asOf));
    expect(await stageDurations(db, { kind, period, filters, asOf })).toEqual(reference.durations(kind, period, filters, asOf));
    expect(sortRows(await stageAges(db, { kind, asOf, filters }))).toEqual(sortRows(reference.ages(kind, asOf, filters)));
    expect(await stageSlaHours(db)).toEqual(reference.slaHours());
    expect(await speedToLeadBuckets(db, { period, filters })).toEqual(reference.speed(period, filters));
    expect(sortRows(await sourceReach(db, { period, filters, asOf }))).toEqual(sortRows(reference.reach(period, asOf, filters)));
    expect(await attributionPaths(db, { period, filters })).toEqual(reference.paths(period, filters));
    expect(await attributionPaths(db, { period, filters, dealTypes: ["NEW", "EXPANSION", "RENEWAL"] })).toEqual(
      reference.paths(period, filters, ["NEW", "EXPANSION", "RENEWAL"]),
    );
    expect(await stageCapacities(db, filters)).toEqual(reference.capacities(filters));
    expect(await stageOwnerTeams(db, filters)).toEqual(reference.owners(filters));
  });

  it.each(CASES)("every dashboard: $name", async ({ period, filters, asOf, kind, windowDays, model }) => {
    const db = database.prisma;
    const before = previousPeriod(period);
    expect(await loadBowtieOverview(db, { period, filters, asOf, kind })).toEqual(
      bowtieOverview({
        kind,
        asOf,
        current: { period, flows: reference.flows(kind, period, filters), durations: reference.durations(kind, period, filters, asOf) },
        previous: { period: before, flows: reference.flows(kind, before, filters), durations: reference.durations(kind, before, filters, asOf) },
        capacities: reference.capacities(filters),
      }),
    );
    expect(await loadFunnelMetrics(db, { period, filters, asOf, kind, windowDays })).toEqual(
      funnelMetrics({
        kind,
        period,
        asOf,
        windowDays,
        flows: reference.flows(kind, period, filters),
        cohorts: reference.cohorts(kind, period, filters, windowDays, asOf),
        durations: reference.durations(kind, period, filters, asOf),
        ages: reference.ages(kind, asOf, filters),
        slaHours: reference.slaHours(),
        speed: reference.speed(period, filters, asOf),
      }),
    );
    expect(await loadSourceMetrics(db, { period, filters, asOf }, model)).toEqual(
      sourceMetrics({ period, asOf, model, reach: reference.reach(period, asOf, filters), paths: reference.paths(period, filters) }),
    );
    const change = { stage: "COMPARISON", conversion: 0.5 };
    expect(await loadCapacityMetrics(db, { period, filters, kind, change })).toEqual(
      capacityMetrics({
        kind,
        period,
        flows: reference.flows(kind, period, filters),
        capacities: reference.capacities(filters),
        owners: reference.owners(filters),
        change,
      }),
    );
  });
});
