import type { LeadSource, LostReason } from "@/generated/prisma/enums";
import { accountLead, accountPerson, placeLead, sampleSource, type AccountState, type Placement } from "./account";
import { DAY, HOUR, MINUTE, shapeCloseTime, type Ms } from "./calendar";
import { SEGMENTS, type SegmentKey } from "./company";
import { WIN_RATE_BY_SOURCE } from "./lead-sources";
import { emitContact } from "./contacts";
import { emitDeal } from "./deals";
import { rejectionRate, sampleRejection } from "./lead-journey";
import { fitScore } from "./people";
import { Weighted, type Random } from "./random";
import type { Sim } from "./setup";

export type Win = { at: Ms; acv: number; source: LeadSource | null; ownerId: number | null };

/** The durations of one buying attempt from the first lead to the close. */
type Timing = { toMql: Ms; toDecision: Ms; toConversion: Ms; cycle: Ms };

const LOST_REASON_TABLES = Object.fromEntries(
  SEGMENTS.map((segment) => [segment.key, Weighted.fromRecord(segment.lostReasons)]),
) as Record<SegmentKey, Weighted<LostReason>>;

const MAX_ATTEMPTS = 3;

function sampleTiming(rng: Random, acct: AccountState): Timing {
  const model = acct.model;
  return {
    toMql: rng.skewed(model.daysToMql) * DAY,
    // When the SDRs are over capacity an MQL waits days: the leads that spoil.
    toDecision: Math.max(10 * MINUTE, rng.skewed(model.hoursToDecision) * HOUR) + (rng.chance(0.15) ? rng.float(3, 20) * DAY : 0),
    toConversion: rng.float(0.05, 6) * DAY,
    cycle: rng.skewed(model.salesCycleDays) * DAY,
  };
}

function contractValue(rng: Random, acct: AccountState): number {
  return Math.round(rng.skewed(acct.model.acv) / 10_000) * 10_000;
}

/**
 * A customer won before the window opened: the buying attempt is laid out backwards from the
 * win, so the retention side has a base to start from.
 */
export function acquireEarlier(sim: Sim, acct: AccountState, wonAt: Ms): Win {
  const rng = acct.rng;
  const timing = sampleTiming(rng, acct);
  let source = sampleSource(rng, acct.model);
  if (source === "TRADE_FAIR" || source === "WEBINAR") source = "REFERRAL";
  const createdAt = wonAt - timing.cycle - timing.toConversion - timing.toDecision - timing.toMql;
  acct.createdAt = createdAt;
  acct.events.push({ at: createdAt, kind: "created", source, actorId: null, reason: "Added from a lead" });
  const result = attempt(sim, acct, { source, createdAt, campaign: sim.setup.campaigns.campaignAt(rng, source, createdAt) }, timing, true);
  if (result.win === null) throw new Error(`account ${acct.id}: a forced purchase before the window did not close`);
  return result.win;
}

/**
 * Buying attempts from the account's first lead on: a lost or rejected attempt may be
 * followed by another months later. Returns the first win, if any.
 */
export function acquire(sim: Sim, acct: AccountState, firstAt: Ms, firstSource: LeadSource | null): Win | null {
  const { setup } = sim;
  const rng = acct.rng;
  const end = setup.window.end;
  let wanted = firstAt;
  let forcedSource = firstSource;
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const placement = placeLead(setup, rng, forcedSource ?? sampleSource(rng, acct.model), wanted, acct.createdAt);
    if (i === 0 && acct.events.length === 0) {
      acct.createdAt = placement.createdAt;
      acct.events.push({ at: placement.createdAt, kind: "created", source: placement.source, actorId: null, reason: "Added from a lead" });
    }
    const result = attempt(sim, acct, placement, sampleTiming(rng, acct), false);
    if (result.win !== null) return result.win;
    if (result.settledAt === null || !rng.chance(0.4)) return null;
    wanted = result.settledAt + rng.float(90, 300) * DAY;
    if (wanted >= end - 14 * DAY) return null;
    forcedSource = null;
  }
  return null;
}

type AttemptResult = { win: Win | null; settledAt: Ms | null };

function attempt(
  sim: Sim,
  acct: AccountState,
  placement: Placement,
  timing: Timing,
  forced: boolean,
): AttemptResult {
  const { setup, ids } = sim;
  const rng = acct.rng;
  const model = acct.model;
  const end = setup.window.end;
  const { source, createdAt } = placement;
  const person = accountPerson(acct, source);
  const fit = fitScore(rng, acct.company.industry, model, person.persona);
  const workerId = model.key === "enterprise" ? acct.prospectOwnerId : setup.owners.sdr.sample(rng);

  buyingGroup(sim, acct, createdAt, workerId);

  const qualifies = forced || rng.chance(Math.min(0.95, Math.max(0.02, model.mqlChance * (0.55 + fit / 110))));
  const mqlAt = createdAt + timing.toMql;
  if (!qualifies || mqlAt >= end) {
    accountLead(sim, acct, placement, person, workerId, { kind: "nurture" }, fit);
    return { win: null, settledAt: qualifies ? null : createdAt + 60 * DAY };
  }
  acct.events.push({ at: mqlAt, kind: "mql", source, actorId: null, reason: "First marketing-qualified lead" });
  const decidedAt = mqlAt + timing.toDecision;
  if (decidedAt >= end) {
    accountLead(sim, acct, placement, person, workerId, { kind: "mql", mqlAt }, fit);
    return { win: null, settledAt: null };
  }
  if (!forced && rng.chance(rejectionRate(setup, source, mqlAt))) {
    accountLead(sim, acct, placement, person, workerId, { kind: "rejected", mqlAt, decidedAt, ...sampleRejection(rng, source) }, fit);
    return { win: null, settledAt: decidedAt };
  }
  const convertedAt = decidedAt + timing.toConversion;
  if (convertedAt >= end) {
    accountLead(sim, acct, placement, person, workerId, { kind: "accepted", mqlAt, decidedAt, conversion: null }, fit);
    return { win: null, settledAt: null };
  }

  const dealOwnerId = model.key === "volume" ? (rng.chance(model.selfServiceShare) ? null : workerId) : acct.prospectOwnerId;
  const contactId = ids.next("contact");
  const dealId = ids.next("deal");
  const won = forced || rng.chance(Math.min(0.85, model.winRate * WIN_RATE_BY_SOURCE[source]));
  const closeAt = forced ? convertedAt + timing.cycle : shapeCloseTime(rng, convertedAt + timing.cycle, convertedAt);
  const acv = contractValue(rng, acct);
  const [minMeetings, maxMeetings] = model.key === "enterprise" ? [5, 10] : model.key === "mid-market" ? [2, 5] : [0, 2];
  const deal = emitDeal(
    sim,
    rng,
    {
      accountId: acct.id,
      segmentId: acct.info.id,
      name: `${acct.company.name} – Platform`,
      type: "NEW",
      amountMinor: acv,
      productLine: "Platform",
      source,
      ownerId: dealOwnerId,
      contactId,
      openedAt: convertedAt,
      closeAt,
      won,
      lostReason: LOST_REASON_TABLES[model.key].sample(rng),
      meetings: rng.int(minMeetings, maxMeetings),
    },
    dealId,
  );
  emitContact(sim, acct, contactId, person, convertedAt, "COMPARISON", dealOwnerId ?? workerId, source);
  const conversion = { at: convertedAt, contactId, dealId, ownerId: dealOwnerId };
  accountLead(sim, acct, placement, person, workerId, { kind: "accepted", mqlAt, decidedAt, conversion }, fit);
  acct.events.push({ at: convertedAt, kind: "opportunity", source, actorId: dealOwnerId, reason: "First opportunity opened" });

  if (deal.status === "WON") return { win: { at: closeAt, acv, source, ownerId: dealOwnerId }, settledAt: closeAt };
  return { win: null, settledAt: deal.closedAt };
}

/** The other people of the buying group leave leads too; none of them qualifies on their own. */
function buyingGroup(sim: Sim, acct: AccountState, firstAt: Ms, workerId: number): void {
  const rng = acct.rng;
  const end = sim.setup.window.end;
  const [min, max] = acct.model.buyingGroup;
  const others = rng.int(min, max) - 1;
  for (let i = 0; i < others; i++) {
    const wanted = firstAt + rng.float(0.5, 60) * DAY;
    if (wanted >= end) continue;
    const placement = placeLead(sim.setup, rng, sampleSource(rng, acct.model), wanted, firstAt);
    accountLead(sim, acct, placement, accountPerson(acct, placement.source), workerId, { kind: "nurture" });
  }
}
