import type pg from "pg";
import type {
  DealStatus,
  DealType,
  EntityKind,
  LeadSource,
  Stage,
  TouchpointType,
} from "@/generated/prisma/enums";
import type { BowtieStage } from "@/lib/bowtie/stages";
import { ensureReferenceData, STAGE_DEFINITIONS } from "@/prisma/reference-data";
import { Random } from "@/prisma/demo/random";

// Small hand-built (or seeded random) datasets for the stage, funnel, speed, source and
// capacity queries: plain rows with explicit ids, inserted in one transaction. The same rows
// feed the in-memory reference of the property test, so what is inserted is exactly what
// the reference sees.

/** A UTC instant from a short ISO string: "2026-03-02", "2026-03-02T08:00" or with seconds. */
export function utc(iso: string): Date {
  const suffix = iso.length === 10 ? "T00:00:00Z" : iso.length === 16 ? ":00Z" : "Z";
  return new Date(`${iso}${suffix}`);
}

export type FixtureSegment = { id: number };
export type FixtureTeam = { id: number; monthlyCapacity: number };
export type FixtureUser = { id: number; teamId: number | null };
export type FixtureStageOwner = { stage: Stage; segmentId: number; teamId: number };
export type FixtureCampaign = { id: number; source: LeadSource };
export type FixtureAccount = { id: number; segmentId: number | null; ownerId: number | null };
export type FixtureContact = { id: number; accountId: number | null; ownerId: number | null };
export type FixtureLead = {
  id: number;
  source: LeadSource;
  segmentId: number | null;
  accountId: number | null;
  ownerId: number | null;
  createdAt: Date;
  mqlAt: Date | null;
  firstTouchAt: Date | null;
  convertedDealId: number | null;
};
export type FixtureDeal = {
  id: number;
  accountId: number;
  type: DealType;
  status: DealStatus;
  amountMinor: number;
  openedAt: Date;
  closedAt: Date | null;
  source: LeadSource | null;
  ownerId: number | null;
};
export type FixtureTouch = {
  id: number;
  type: TouchpointType;
  occurredAt: Date;
  campaignId: number | null;
  leadId: number | null;
  contactId: number | null;
  accountId: number | null;
  dealId: number | null;
  userId: number | null;
};
export type FixtureTransition = {
  id: number;
  entityKind: EntityKind;
  entityId: number;
  segmentId: number | null;
  source: LeadSource | null;
  fromStage: Stage | null;
  toStage: Stage;
  occurredAt: Date;
};

/** One dataset; ids are assigned in insertion order, so rows can refer to earlier ones. */
export class FunnelFixture {
  readonly segments: FixtureSegment[] = [];
  readonly teams: FixtureTeam[] = [];
  readonly users: FixtureUser[] = [];
  readonly stageOwners: FixtureStageOwner[] = [];
  readonly campaigns: FixtureCampaign[] = [];
  readonly accounts: FixtureAccount[] = [];
  readonly contacts: FixtureContact[] = [];
  readonly leads: FixtureLead[] = [];
  readonly deals: FixtureDeal[] = [];
  readonly touches: FixtureTouch[] = [];
  readonly transitions: FixtureTransition[] = [];
  /** Stage SLAs to set instead of the defaults (StageDefinition is configuration, not history). */
  readonly slaHours: Partial<Record<Stage, number | null>> = {};

  segment(): number {
    const id = this.segments.length + 1;
    this.segments.push({ id });
    return id;
  }

  team(monthlyCapacity: number): number {
    const id = this.teams.length + 1;
    this.teams.push({ id, monthlyCapacity });
    return id;
  }

  user(teamId: number | null): number {
    const id = this.users.length + 1;
    this.users.push({ id, teamId });
    return id;
  }

  owner(stage: Stage, segmentId: number, teamId: number): void {
    this.stageOwners.push({ stage, segmentId, teamId });
  }

  campaign(source: LeadSource): number {
    const id = this.campaigns.length + 1;
    this.campaigns.push({ id, source });
    return id;
  }

  account(row: Partial<Omit<FixtureAccount, "id">> = {}): number {
    const id = this.accounts.length + 1;
    this.accounts.push({ id, segmentId: null, ownerId: null, ...row });
    return id;
  }

  contact(row: Partial<Omit<FixtureContact, "id">> = {}): number {
    const id = this.contacts.length + 1;
    this.contacts.push({ id, accountId: null, ownerId: null, ...row });
    return id;
  }

  lead(row: Partial<Omit<FixtureLead, "id">> & { createdAt: Date }): number {
    const id = this.leads.length + 1;
    this.leads.push({
      id, source: "WEB", segmentId: null, accountId: null, ownerId: null, mqlAt: null, firstTouchAt: null,
      convertedDealId: null, ...row,
    });
    return id;
  }

  deal(row: Partial<Omit<FixtureDeal, "id">> & { accountId: number; openedAt: Date }): number {
    const id = this.deals.length + 1;
    this.deals.push({ id, type: "NEW", status: "OPEN", amountMinor: 100_00, closedAt: null, source: null, ownerId: null, ...row });
    return id;
  }

  touch(row: Partial<Omit<FixtureTouch, "id">> & { type: TouchpointType; occurredAt: Date }): number {
    const id = this.touches.length + 1;
    this.touches.push({ id, campaignId: null, leadId: null, contactId: null, accountId: null, dealId: null, userId: null, ...row });
    return id;
  }

  /**
   * A record's stage history: each step moves it from where the previous one left it
   * (the first is its placement), stamped with the given segment and source unless a
   * step names its own.
   */
  trail(
    entityKind: EntityKind,
    entityId: number,
    stamp: { segmentId?: number | null; source?: LeadSource | null },
    steps: readonly (readonly [Stage, Date] | readonly [Stage, Date, { segmentId?: number | null; source?: LeadSource | null }])[],
  ): void {
    let from: Stage | null = null;
    for (const [toStage, occurredAt, own] of steps) {
      this.move({
        entityKind,
        entityId,
        segmentId: own?.segmentId !== undefined ? own.segmentId : (stamp.segmentId ?? null),
        source: own?.source !== undefined ? own.source : (stamp.source ?? null),
        fromStage: from,
        toStage,
        occurredAt,
      });
      from = toStage;
    }
  }

  /** One transition row, as given. */
  move(row: Omit<FixtureTransition, "id">): void {
    this.transitions.push({ ...row, id: this.transitions.length + 1 });
  }
}

type Row = Record<string, unknown>;

async function insertRows(client: pg.PoolClient, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (let offset = 0; offset < rows.length; offset += 500) {
    const chunk = rows.slice(offset, offset + 500);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        values.push(row[column]);
        return `$${values.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    await client.query(
      `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
      values,
    );
  }
}

const NOW = new Date("2026-01-01T00:00:00Z");

/** Inserts the dataset (and the stage definitions, if missing) in one transaction. */
export async function insertFixture(pool: pg.Pool, fixture: FunnelFixture): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await ensureReferenceData(client);
    await insertRows(client, "Segment", fixture.segments.map(({ id }) => ({
      id, key: `segment-${id}`, nameEn: `Segment ${id}`, nameFi: `Segmentti ${id}`, priority: id, updatedAt: NOW,
    })));
    await insertRows(client, "Team", fixture.teams.map(({ id, monthlyCapacity }) => ({
      id, name: `Team ${id}`, function: "SDR", monthlyCapacity, updatedAt: NOW,
    })));
    await insertRows(client, "User", fixture.users.map(({ id, teamId }) => ({
      id, email: `user${id}@example.test`, name: `User ${id}`, passwordHash: "x", role: "SALES", teamId, updatedAt: NOW,
    })));
    await insertRows(client, "StageOwner", fixture.stageOwners.map((row) => ({ ...row, mode: "H2H" })));
    await insertRows(client, "Campaign", fixture.campaigns.map(({ id, source }) => ({
      id, name: `Campaign ${id}`, source, channel: "WEB", startsOn: NOW,
    })));
    await insertRows(client, "Account", fixture.accounts.map((row) => ({
      ...row, name: `Account ${row.id}`, industry: "Software", country: "FI", updatedAt: NOW,
    })));
    await insertRows(client, "Contact", fixture.contacts.map((row) => ({
      ...row, firstName: "Contact", lastName: String(row.id), updatedAt: NOW,
    })));
    await insertRows(client, "Deal", fixture.deals.map((row) => ({
      ...row, name: `Deal ${row.id}`, closeDate: row.closedAt ?? row.openedAt, updatedAt: NOW,
    })));
    await insertRows(client, "Lead", fixture.leads.map((row) => ({
      ...row, firstName: "Lead", lastName: String(row.id), updatedAt: NOW,
    })));
    await insertRows(client, "Touchpoint", fixture.touches.map((row) => ({ ...row, channel: "WEB" })));
    await insertRows(client, "StageTransition", fixture.transitions);
    for (const [stage, hours] of Object.entries(fixture.slaHours)) {
      await client.query(`UPDATE "StageDefinition" SET "slaHours" = $2 WHERE stage = $1`, [stage, hours]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** The demo generator's seeded PRNG, so a failing dataset can be rebuilt from its seed; plus an optional pick. */
export class SeededRandom extends Random {
  maybe<T>(items: readonly T[], nullChance: number): T | null {
    return items.length === 0 || this.chance(nullChance) ? null : this.pick(items);
  }
}

const SOURCES: readonly LeadSource[] = ["WEB", "DOWNLOAD", "MAILING_LIST", "TELEMARKETING", "TRADE_FAIR", "WEBINAR", "REFERRAL", "PARTNER"];
const TOUCH_TYPES: readonly TouchpointType[] = ["WEB_VISIT", "DOWNLOAD", "EMAIL", "MAILING_LIST", "WEBINAR", "TRADE_FAIR", "TELEMARKETING_CALL", "MEETING"];
const BOWTIE: readonly Stage[] = ["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The window random datasets live in; queries are asked about periods around it. */
export const RANDOM_WINDOW = { start: utc("2025-07-01"), end: utc("2026-12-01") };

function randomInstant(rng: SeededRandom, edges: readonly Date[]): Date {
  const span = RANDOM_WINDOW.end.getTime() - RANDOM_WINDOW.start.getTime();
  const at = new Date(RANDOM_WINDOW.start.getTime() + Math.floor(rng.next() * span));
  // Now and then exactly an instant where a period begins or ends or an as-of falls.
  if (edges.length > 0 && rng.chance(0.06)) return rng.pick(edges);
  // Whole hours now and then, so durations land exactly on bucket and SLA edges.
  return rng.chance(0.3) ? new Date(Math.floor(at.getTime() / HOUR) * HOUR) : at;
}

/** A gap between two events: often none (a tie), minutes, hours, an exact window or SLA edge, days up to months. */
function randomGap(rng: SeededRandom): number {
  switch (rng.int(0, 6)) {
    case 6:
      return rng.chance(0.5) ? rng.pick([7, 30, 90]) * DAY : rng.pick([24, 48, 72, 168, 720]) * HOUR;
    case 0:
      return 0;
    case 1:
      return rng.int(1, 120) * MINUTE;
    case 2:
      return rng.int(1, 60) * HOUR;
    case 3:
      return rng.int(1, 100) * HOUR + rng.int(0, 59) * MINUTE;
    case 4:
      return rng.int(1, 40) * DAY;
    default:
      return rng.int(30, 200) * DAY + rng.int(0, DAY);
  }
}

function randomTrail(
  fixture: FunnelFixture,
  rng: SeededRandom,
  kind: EntityKind,
  id: number,
  start: Date,
  stages: readonly Stage[],
  stamp: { segmentId: number | null; source: LeadSource | null },
  otherSegments: readonly number[],
): void {
  const steps: [Stage, Date, { segmentId?: number | null; source?: LeadSource | null }][] = [];
  let stage: Stage = rng.chance(0.85) ? stages[0]! : rng.pick(stages);
  let at = start.getTime();
  const moves = rng.int(0, 5);
  for (let i = 0; i <= moves; i++) {
    if (i > 0) {
      const candidates = stages.filter((candidate) => candidate !== stage);
      // Mostly one step on; otherwise a skip, a move back or churn.
      const index = stages.indexOf(stage);
      stage = rng.chance(0.55) && index >= 0 && index + 1 < stages.length && stages[index + 1] !== "CHURNED"
        ? stages[index + 1]!
        : rng.pick(candidates);
      at += randomGap(rng);
    }
    // The segment or source on a move is the record's, now and then another (a re-assignment).
    const own = rng.chance(0.1) ? { segmentId: rng.maybe(otherSegments, 0.3) } : rng.chance(0.05) ? { source: rng.maybe(SOURCES, 0.5) } : {};
    steps.push([stage, new Date(at), own]);
  }
  fixture.trail(kind, id, stamp, steps);
}

/**
 * A random small dataset: 30–80 leads with skips, returns, open stays and ties; deals won
 * and lost; touches of every kind. `edges` are the instants the caller will ask about
 * (period bounds, as-of instants): some events fall exactly on them, and some records
 * enter a stage exactly at or just past its SLA before one of them.
 */
export function randomFunnelFixture(seed: number, edges: readonly Date[] = []): FunnelFixture {
  const rng = new SeededRandom(seed);
  const fixture = new FunnelFixture();
  // SLAs off the bucket edges (the defaults are whole days), one under and one past 90 days.
  fixture.slaHours.CONSIDERATION = rng.int(49, 200);
  fixture.slaHours.ONBOARDING = rng.int(2_161, 4_000);
  const segments = [fixture.segment(), fixture.segment(), fixture.segment()];
  const teams = [fixture.team(rng.int(1, 30)), fixture.team(rng.int(1, 30)), fixture.team(rng.int(1, 30))];
  const users = Array.from({ length: 5 }, () => fixture.user(rng.maybe(teams, 0.2)));
  for (const segmentId of segments) {
    for (const stage of BOWTIE) if (rng.chance(0.7)) fixture.owner(stage, segmentId, rng.pick(teams));
  }
  const campaigns = Array.from({ length: 3 }, () => fixture.campaign(rng.pick(SOURCES)));
  const accounts = Array.from({ length: rng.int(8, 15) }, () =>
    fixture.account({ segmentId: rng.maybe(segments, 0.1), ownerId: rng.maybe(users, 0.2) }),
  );
  const contacts = accounts.flatMap((accountId) =>
    Array.from({ length: rng.int(0, 2) }, () => fixture.contact({ accountId, ownerId: rng.maybe(users, 0.3) })),
  );
  fixture.contact({ accountId: null });

  const deals = Array.from({ length: rng.int(10, 25) }, () => {
    const openedAt = randomInstant(rng, edges);
    const status = rng.pick<DealStatus>(["OPEN", "WON", "WON", "LOST", "LOST"]);
    return fixture.deal({
      accountId: rng.pick(accounts),
      type: rng.pick<DealType>(["NEW", "NEW", "NEW", "EXPANSION", "RENEWAL"]),
      status,
      amountMinor: rng.int(1, 5_000) * 100 + rng.int(0, 99),
      openedAt,
      closedAt: status === "OPEN" ? null : new Date(openedAt.getTime() + rng.int(0, 120) * DAY + rng.int(0, DAY)),
      source: rng.maybe(SOURCES, 0.3),
      ownerId: rng.maybe(users, 0.2),
    });
  });
  const unconverted = fixture.deals.filter((deal) => deal.type === "NEW").map((deal) => deal.id);

  for (let i = rng.int(30, 80); i > 0; i--) {
    const createdAt = randomInstant(rng, edges);
    const mqlAt = rng.chance(0.5) ? new Date(createdAt.getTime() + randomGap(rng)) : null;
    const ready = mqlAt ?? createdAt;
    const firstTouchAt = rng.chance(0.4) ? null : edges.length > 0 && rng.chance(0.2) ? rng.pick(edges) : new Date(ready.getTime() + (rng.chance(0.2) ? -1 : 1) * randomGap(rng));
    const convertedDealId = unconverted.length > 0 && rng.chance(0.3) ? unconverted.splice(rng.int(0, unconverted.length - 1), 1)[0]! : null;
    fixture.lead({
      source: rng.pick(SOURCES),
      segmentId: rng.maybe(segments, 0.1),
      accountId: rng.maybe(accounts, 0.3),
      ownerId: rng.maybe(users, 0.3),
      createdAt,
      mqlAt,
      firstTouchAt,
      convertedDealId,
    });
  }

  for (let i = rng.int(100, 250); i > 0; i--) {
    const link = rng.int(0, 4);
    const lead = rng.pick(fixture.leads);
    const deal = rng.pick(fixture.deals);
    const nearLead = link === 0 && rng.chance(0.5);
    fixture.touch({
      type: rng.pick(TOUCH_TYPES),
      occurredAt: nearLead ? new Date(lead.createdAt.getTime() + rng.int(-3, 3) * HOUR) : randomInstant(rng, edges),
      campaignId: rng.maybe(campaigns, 0.7),
      leadId: link === 0 ? lead.id : null,
      dealId: link === 1 || (link === 0 && rng.chance(0.1)) ? deal.id : null,
      accountId: link === 2 ? rng.pick(accounts) : link === 0 ? lead.accountId : null,
      contactId: link === 3 ? rng.pick(contacts.length > 0 ? contacts : [fixture.contacts.length]) : null,
      userId: rng.maybe(users, 0.5),
    });
  }

  // Two touches equally far from a lead's creation or a deal's opening, the later one
  // written first, so "nearest, ties to the earlier" is tested on both sides.
  for (const [at, link] of [
    ...fixture.leads.filter(() => rng.chance(0.2)).map((lead) => [lead.createdAt, { leadId: lead.id, accountId: lead.accountId }] as const),
    ...fixture.deals.filter(() => rng.chance(0.4)).map((deal) => [deal.openedAt, { dealId: deal.id }] as const),
  ]) {
    const gap = rng.int(1, 48) * HOUR;
    for (const sign of [1, -1]) {
      fixture.touch({ type: rng.pick(TOUCH_TYPES), occurredAt: new Date(at.getTime() + sign * gap), campaignId: rng.maybe(campaigns, 0.5), userId: rng.maybe(users, 0.5), ...link });
    }
  }

  // Touches exactly at a deal's close: "before the close" must leave them out.
  for (const deal of fixture.deals) {
    if (deal.closedAt !== null && rng.chance(0.3)) fixture.touch({ type: "MEETING", occurredAt: deal.closedAt, dealId: deal.id, userId: rng.maybe(users, 0.2) });
  }

  for (const lead of fixture.leads) {
    randomTrail(fixture, rng, "LEAD", lead.id, lead.createdAt, BOWTIE, { segmentId: lead.segmentId, source: lead.source }, segments);
  }
  for (const account of fixture.accounts) {
    randomTrail(fixture, rng, "ACCOUNT", account.id, randomInstant(rng, edges), [...BOWTIE, "CHURNED"], { segmentId: account.segmentId, source: rng.maybe(SOURCES, 0.4) }, segments);
  }
  for (const deal of deals) {
    const row = fixture.deals[deal - 1]!;
    const segmentId = fixture.accounts[row.accountId - 1]!.segmentId;
    randomTrail(fixture, rng, "DEAL", deal, row.openedAt, ["COMPARISON", "PURCHASE", "IMPACT", "EXPANSION"], { segmentId, source: row.source }, segments);
  }
  addSlaEdges(fixture, rng, edges);
  return fixture;
}

/** Last moves that put records exactly at, or a few hours past, a stage's SLA at one of the edges. */
function addSlaEdges(fixture: FunnelFixture, rng: SeededRandom, edges: readonly Date[]): void {
  if (edges.length === 0) return;
  const slaOf = (stage: Stage) => (stage in fixture.slaHours ? fixture.slaHours[stage] : DEFAULT_SLA_HOURS[stage]) ?? null;
  const lastMoves = new Map<string, FixtureTransition>();
  for (const t of fixture.transitions) {
    const key = `${t.entityKind}/${t.entityId}`;
    const last = lastMoves.get(key);
    if (last === undefined || t.occurredAt >= last.occurredAt) lastMoves.set(key, t);
  }
  for (const last of lastMoves.values()) {
    if (!rng.chance(0.25)) continue;
    const stage = rng.pick(BOWTIE.filter((candidate) => candidate !== last.toStage && slaOf(candidate) !== null));
    const at = new Date(rng.pick(edges).getTime() - (slaOf(stage)! + rng.pick([0, 0, 1, 5, 23, 100])) * HOUR - (rng.chance(0.3) ? MINUTE : 0));
    if (at <= last.occurredAt) continue;
    fixture.move({ ...last, fromStage: last.toStage, toStage: stage, occurredAt: at });
  }
}

const DEFAULT_SLA_HOURS: Readonly<Record<Stage, number | null>> = {
  ...(Object.fromEntries(BOWTIE.map((stage) => [stage, STAGE_DEFINITIONS[stage as BowtieStage].slaHours])) as Record<Stage, number | null>),
  CHURNED: null,
};

/**
 * The hand-computed scenario of the stage, funnel and overview tests: five accounts around
 * March 2026 (segments 1 and 2; user 1 in team 1, user 2 in none), and one lead.
 *
 *   A1 seg 1, WEB, owner 1:      AWARENESS 03-02 08:00 → CONSIDERATION 03-03 08:00 → COMPARISON 03-10 08:00
 *   A2 seg 1, REFERRAL, owner 2: AWARENESS 03-05 00:00 → COMPARISON 03-05 06:00 (skip)
 *                                → CONSIDERATION 03-20 06:00 (back; stamped segment 2)
 *   A3 seg 2, WEB, owner 1:      AWARENESS 02-20 00:00 → CONSIDERATION 03-01 00:00 → COMPARISON 04-05 00:00
 *   A4 seg 2, no source/owner:   AWARENESS 03-31 23:00 → CONSIDERATION 04-01 00:00
 *   A5 seg 1, WEB, no owner:     AWARENESS 03-15 12:00
 *   lead 1 (seg 1, WEB):         AWARENESS 03-10 00:00 (a lead: never counted with accounts)
 *
 * Team 1 (capacity 1) owns awareness in segments 1 and 2; team 2 (capacity 5) owns
 * consideration in segment 1.
 */
export function marchAccounts(): FunnelFixture {
  const fixture = new FunnelFixture();
  const [seg1, seg2] = [fixture.segment(), fixture.segment()];
  const [team1, team2] = [fixture.team(1), fixture.team(5)];
  const [user1, user2] = [fixture.user(team1), fixture.user(null)];
  fixture.owner("AWARENESS", seg1, team1);
  fixture.owner("AWARENESS", seg2, team1);
  fixture.owner("CONSIDERATION", seg1, team2);
  const a1 = fixture.account({ segmentId: seg1, ownerId: user1 });
  const a2 = fixture.account({ segmentId: seg1, ownerId: user2 });
  const a3 = fixture.account({ segmentId: seg2, ownerId: user1 });
  const a4 = fixture.account({ segmentId: seg2 });
  const a5 = fixture.account({ segmentId: seg1 });
  fixture.trail("ACCOUNT", a1, { segmentId: seg1, source: "WEB" }, [
    ["AWARENESS", utc("2026-03-02T08:00")],
    ["CONSIDERATION", utc("2026-03-03T08:00")],
    ["COMPARISON", utc("2026-03-10T08:00")],
  ]);
  fixture.trail("ACCOUNT", a2, { segmentId: seg1, source: "REFERRAL" }, [
    ["AWARENESS", utc("2026-03-05T00:00")],
    ["COMPARISON", utc("2026-03-05T06:00")],
    ["CONSIDERATION", utc("2026-03-20T06:00"), { segmentId: seg2 }],
  ]);
  fixture.trail("ACCOUNT", a3, { segmentId: seg2, source: "WEB" }, [
    ["AWARENESS", utc("2026-02-20T00:00")],
    ["CONSIDERATION", utc("2026-03-01T00:00")],
    ["COMPARISON", utc("2026-04-05T00:00")],
  ]);
  fixture.trail("ACCOUNT", a4, { segmentId: seg2 }, [
    ["AWARENESS", utc("2026-03-31T23:00")],
    ["CONSIDERATION", utc("2026-04-01T00:00")],
  ]);
  fixture.trail("ACCOUNT", a5, { segmentId: seg1, source: "WEB" }, [["AWARENESS", utc("2026-03-15T12:00")]]);
  const lead = fixture.lead({ segmentId: seg1, source: "WEB", createdAt: utc("2026-03-10T00:00") });
  fixture.trail("LEAD", lead, { segmentId: seg1, source: "WEB" }, [["AWARENESS", utc("2026-03-10T00:00")]]);
  return fixture;
}
