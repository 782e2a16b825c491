import type { LeadSource, Stage } from "@/generated/prisma/enums";
import { DAY, type Ms } from "./calendar";
import { CampaignPlan, type Campaign } from "./campaigns";
import { SEGMENTS, type SegmentKey, type SegmentModel } from "./company";
import { emitLead, type LeadOutcome } from "./lead-journey";
import { fitScore, makePerson, type Company, type Person } from "./people";
import { Weighted, type Random } from "./random";
import type { AccountRow } from "./rows";
import type { SegmentInfo, Setup, Sim } from "./setup";
import { StageTrail } from "./trail";

/** Things that happen to an account; its stage history is derived from them in time order. */
export type AccountEventKind = "created" | "mql" | "opportunity" | "won" | "kickoff" | "live" | "expansion" | "churn";

export type AccountEvent = { at: Ms; kind: AccountEventKind; source: LeadSource | null; actorId: number | null; reason: string };

export type AccountState = {
  id: number;
  rng: Random;
  info: SegmentInfo;
  model: SegmentModel;
  company: Company;
  /** Email local parts taken at the company's domain. */
  usedLocals: Set<string>;
  createdAt: Ms;
  prospectOwnerId: number;
  /** Contacts at the account, for the touches of its care model. */
  contacts: number[];
  events: AccountEvent[];
  /** Changes of monthly recurring revenue, in cents. */
  mrr: { at: Ms; delta: number }[];
  leads: number;
};

const SOURCE_TABLES = Object.fromEntries(
  SEGMENTS.map((segment) => [segment.key, Weighted.fromRecord(segment.leadSources)]),
) as Record<SegmentKey, Weighted<LeadSource>>;

export function sampleSource(rng: Random, segment: SegmentModel): LeadSource {
  return SOURCE_TABLES[segment.key].sample(rng);
}

export type Placement = { source: LeadSource; createdAt: Ms; campaign: Campaign | null };

/**
 * When and through which campaign a lead arrives. Fair and webinar leads arrive on an event
 * day near the wanted time; with no such event the lead comes from the web instead.
 */
export function placeLead(setup: Setup, rng: Random, source: LeadSource, wanted: Ms, notBefore: Ms): Placement {
  const end = setup.window.end;
  if (source === "TRADE_FAIR" || source === "WEBINAR") {
    const event = setup.campaigns.eventNear(source, wanted, 45 * DAY, end);
    if (event !== null) {
      const at = CampaignPlan.eventTime(rng, event);
      if (at >= notBefore && at < end) return { source, createdAt: at, campaign: event };
    }
    source = "WEB";
  }
  return { source, createdAt: wanted, campaign: setup.campaigns.campaignAt(rng, source, wanted) };
}

/** A person at the account, with an email at its domain that no one else there has. */
export function accountPerson(acct: AccountState, source: LeadSource): Person {
  return makePerson(acct.rng, acct.company.country, source, acct.company.domain, acct.usedLocals);
}

/** Writes a lead of the account (matched to it by domain when it arrives). */
export function accountLead(sim: Sim, acct: AccountState, placement: Placement, person: Person, workerId: number, outcome: LeadOutcome, fit?: number): void {
  emitLead(sim, acct.rng, {
    createdAt: placement.createdAt,
    source: placement.source,
    campaign: placement.campaign,
    person,
    company: acct.company,
    accountId: acct.id,
    segment: acct.info,
    fit: fit ?? fitScore(acct.rng, acct.company.industry, acct.model, person.persona),
    workerId,
    outcome,
  });
  acct.leads++;
}

const ADVANCE: Record<AccountEventKind, { from: readonly (Stage | null)[]; to: Stage }> = {
  created: { from: [null], to: "AWARENESS" },
  mql: { from: ["AWARENESS"], to: "CONSIDERATION" },
  opportunity: { from: ["AWARENESS", "CONSIDERATION"], to: "COMPARISON" },
  won: { from: ["AWARENESS", "CONSIDERATION", "COMPARISON", "CHURNED"], to: "PURCHASE" },
  kickoff: { from: ["PURCHASE"], to: "ONBOARDING" },
  live: { from: ["ONBOARDING"], to: "IMPACT" },
  expansion: { from: ["IMPACT"], to: "EXPANSION" },
  churn: { from: ["PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"], to: "CHURNED" },
};

export type AccountFate = {
  customerSince: Ms | null;
  ownerId: number | null;
  frameworkIntervalDays: number | null;
};

/**
 * Writes the account row and its stage history. The history is the account's events in time
 * order, each applied only where it moves the account on (the first MQL, the first
 * opportunity, the first win …), so a later MQL of another person changes nothing.
 */
export function emitAccount(sim: Sim, acct: AccountState, fate: AccountFate): AccountRow {
  const end = sim.setup.window.end;
  const trail = new StageTrail(sim.out.stageTransition, sim.ids, "ACCOUNT", acct.id, {
    accountId: acct.id,
    segmentId: acct.info.id,
    source: null,
    end,
  });
  const events = acct.events.filter((e) => e.at < end).sort((a, b) => a.at - b.at);
  let churnedAt: Ms | null = null;
  let current: Stage | null = null;
  for (const event of events) {
    const rule = ADVANCE[event.kind];
    if (!rule.from.includes(current)) continue;
    trail.move(rule.to, event.at, { source: event.source, actorId: event.actorId, reason: event.reason });
    current = rule.to;
    churnedAt = event.kind === "churn" ? event.at : event.kind === "won" ? null : churnedAt;
  }
  const customer = fate.customerSince !== null && fate.customerSince < end;
  const row: AccountRow = {
    id: acct.id,
    name: acct.company.name,
    domain: acct.company.domain,
    industry: acct.company.industry,
    employees: acct.company.employees,
    country: acct.company.country,
    segmentId: acct.info.id,
    tier: customer ? acct.model.tier : null,
    ownerId: fate.ownerId,
    stage: trail.stage,
    customerSince: customer ? fate.customerSince : null,
    churnedAt,
    frameworkAgreement: fate.frameworkIntervalDays !== null,
    expectedOrderIntervalDays: fate.frameworkIntervalDays,
    externalId: customer ? `ERP-${100000 + acct.id}` : null,
    version: trail.count,
    createdAt: acct.createdAt,
    updatedAt: trail.lastMoveAt,
  };
  sim.out.account.push(row);
  return row;
}
