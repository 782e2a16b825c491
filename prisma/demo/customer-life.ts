import type { Channel, LostReason, TouchpointType } from "@/generated/prisma/enums";
import { accountPerson, type AccountFate, type AccountState } from "./account";
import type { Win } from "./acquisition";
import { DAY, HOUR, YEAR, workingTime, type Ms } from "./calendar";
import { emitContact } from "./contacts";
import { emitDeal } from "./deals";
import { Weighted } from "./random";
import type { Sim } from "./setup";

const CHURN_REASONS = Weighted.fromRecord<LostReason>({ PRICE: 30, COMPETITOR: 25, RELATIONSHIP: 20, FEATURES: 15, OTHER: 10 });
const EXPANSION_LINES = new Weighted([["Analytics", 40], ["Integrations", 30], ["Platform", 20], ["Services", 10]] as const);

type Framework = { intervalDays: number; slowing: boolean };

/**
 * The retention side of a won account: onboarding, first value, yearly renewals or a
 * cancellation, upsell, framework call-off orders, the touches of its care model, and
 * possibly churn and a win-back. Records the account's recurring revenue as it changes.
 */
export function customerLife(sim: Sim, acct: AccountState, win: Win): AccountFate {
  const { setup } = sim;
  const rng = acct.rng;
  const model = acct.model;
  const careOwnerId = model.customerOwner !== null ? setup.owners[model.customerOwner].sample(rng) : (win.ownerId ?? acct.prospectOwnerId);
  const framework: Framework | null =
    model.frameworkShare > 0 && rng.chance(model.frameworkShare)
      ? { intervalDays: rng.pick([30, 45, 60, 90]), slowing: rng.chance(0.35) }
      : null;

  let stintWin = win;
  for (let stint = 0; ; stint++) {
    const churnAt = runStint(sim, acct, stintWin, careOwnerId, stint === 0 ? framework : null, stint === 0);
    if (churnAt === null || stint >= 1 || !rng.chance(model.reactivationChance)) break;
    const winBack = winBackDeal(sim, acct, churnAt);
    if (winBack === null) break;
    stintWin = winBack;
  }
  return { customerSince: win.at, ownerId: careOwnerId, frameworkIntervalDays: framework?.intervalDays ?? null };
}

/** One period as a customer, from a win to churn (returned) or the end of the history (null). */
function runStint(sim: Sim, acct: AccountState, win: Win, careOwnerId: number | null, framework: Framework | null, first: boolean): Ms | null {
  const { setup } = sim;
  const rng = acct.rng;
  const model = acct.model;
  const end = setup.window.end;
  const W = win.at;
  acct.events.push({ at: W, kind: "won", source: win.source, actorId: win.ownerId, reason: first ? "First deal won" : "Won back" });
  acct.mrr.push({ at: W, delta: Math.round(win.acv / 12) });
  let base = win.acv;

  const kickoff = workingTime(rng, W + rng.float(3, 14) * DAY);
  const onboarderId = model.key === "volume" ? null : setup.owners.cs.sample(rng);
  if (kickoff < end) {
    acct.events.push({ at: kickoff, kind: "kickoff", source: win.source, actorId: onboarderId, reason: "Kick-off held" });
    if (first) {
      const [min, max] = model.key === "enterprise" ? [2, 4] : model.key === "mid-market" ? [1, 2] : [0, 1];
      const count = rng.int(min, max);
      for (let i = 0; i < count; i++) {
        const at = kickoff + rng.float(1, 6) * HOUR;
        if (at < end) emitContact(sim, acct, sim.ids.next("contact"), accountPerson(acct, "WEBINAR"), at, "ONBOARDING", careOwnerId, null);
      }
    }
    if (onboarderId === null) careTouch(sim, acct, "MAILING_LIST", "EMAIL", kickoff, null, "Welcome series");
    else careTouch(sim, acct, "MEETING", "IN_PERSON", kickoff, onboarderId, "Kick-off");
  }
  const live = kickoff + rng.skewed(model.timeToValueDays) * DAY;
  if (live < end) acct.events.push({ at: live, kind: "live", source: win.source, actorId: onboarderId, reason: "First value reached" });

  let churnAt: Ms | null = null;
  if (model.renewalDeals) {
    const noticeDays = model.key === "enterprise" ? 90 : 45;
    for (let year = 1; ; year++) {
      const anniversary = W + year * YEAR;
      const openedAt = workingTime(rng, anniversary - noticeDays * DAY);
      if (openedAt >= end) break;
      const churns = rng.chance(model.annualChurn);
      const contracts = !churns && rng.chance(model.contractionChance);
      const renewed = contracts ? Math.round((base * rng.float(0.65, 0.9)) / 10_000) * 10_000 : base;
      const closeAt = workingTime(rng, anniversary - rng.float(1, 20) * DAY);
      const deal = emitDeal(sim, rng, {
        accountId: acct.id,
        segmentId: acct.info.id,
        name: `${acct.company.name} – Renewal ${new Date(anniversary).getUTCFullYear()}`,
        type: "RENEWAL",
        amountMinor: renewed,
        productLine: "Platform",
        source: null,
        ownerId: careOwnerId,
        contactId: acct.contacts[0] ?? null,
        openedAt,
        closeAt,
        won: !churns,
        lostReason: CHURN_REASONS.sample(rng),
        meetings: rng.int(1, 3),
      });
      if (deal.status === "OPEN") break;
      if (churns) {
        churnAt = Math.max(anniversary, closeAt + DAY);
        break;
      }
      if (contracts) {
        acct.mrr.push({ at: anniversary, delta: Math.round(renewed / 12) - Math.round(base / 12) });
        base = renewed;
      }
    }
  } else {
    // Self-service subscriptions end whenever the customer cancels, not at a renewal meeting.
    churnAt = workingTime(rng, Math.max(live + 30 * DAY, W + rng.exponential(YEAR / model.annualChurn)));
    for (let year = 1; W + year * YEAR < Math.min(churnAt, end); year++) {
      if (!rng.chance(model.contractionChance)) continue;
      const reduced = Math.round((base * rng.float(0.6, 0.85)) / 10_000) * 10_000;
      acct.mrr.push({ at: W + year * YEAR, delta: Math.round(reduced / 12) - Math.round(base / 12) });
      base = reduced;
    }
  }
  const until = Math.min(churnAt ?? end, end);

  expansions(sim, acct, live, until, churnAt, base, careOwnerId);
  if (framework !== null) callOffOrders(sim, acct, framework, live, until, win.acv, careOwnerId);
  careTouches(sim, acct, kickoff, until, careOwnerId);

  if (churnAt === null || churnAt >= end) return null;
  let current = 0;
  for (const change of acct.mrr) if (change.at < churnAt) current += change.delta;
  acct.mrr.push({ at: churnAt, delta: -current });
  acct.events.push({ at: churnAt, kind: "churn", source: null, actorId: careOwnerId, reason: "Contract ended" });
  return churnAt;
}

function expansions(sim: Sim, acct: AccountState, live: Ms, until: Ms, churnAt: Ms | null, base: number, ownerId: number | null): void {
  const rng = acct.rng;
  const model = acct.model;
  for (let t = live + rng.exponential(YEAR / model.expansionsPerYear); t < until; t += rng.exponential(YEAR / model.expansionsPerYear)) {
    const openedAt = workingTime(rng, t);
    if (openedAt >= until) break;
    let closeAt = workingTime(rng, openedAt + rng.float(20, 90) * DAY);
    let won = rng.chance(model.key === "enterprise" ? 0.65 : 0.55);
    if (churnAt !== null && closeAt >= churnAt) {
      won = false;
      closeAt = Math.max(openedAt + DAY, churnAt - 7 * DAY);
    }
    const productLine = EXPANSION_LINES.sample(rng);
    const amount = Math.max(10_000, Math.round((base * rng.float(0.12, 0.45)) / 10_000) * 10_000);
    const deal = emitDeal(sim, rng, {
      accountId: acct.id,
      segmentId: acct.info.id,
      name: `${acct.company.name} – ${productLine} expansion`,
      type: "EXPANSION",
      amountMinor: amount,
      productLine,
      source: null,
      ownerId,
      contactId: acct.contacts[0] ?? null,
      openedAt,
      closeAt,
      won,
      lostReason: CHURN_REASONS.sample(rng),
      meetings: model.key === "enterprise" ? rng.int(2, 4) : rng.int(0, 2),
    });
    if (deal.status === "WON") {
      acct.mrr.push({ at: closeAt, delta: Math.round(amount / 12) });
      acct.events.push({ at: closeAt, kind: "expansion", source: null, actorId: ownerId, reason: `${productLine} expansion won` });
    }
  }
}

/**
 * Orders on call under a framework agreement: one-off service work booked as won expansion
 * deals, not recurring revenue. Some customers order less often towards the end, which is
 * what the "orders less than expected" programme is there to notice.
 */
function callOffOrders(sim: Sim, acct: AccountState, framework: Framework, live: Ms, until: Ms, acv: number, ownerId: number | null): void {
  const rng = acct.rng;
  const end = sim.setup.window.end;
  let order = 0;
  for (let t = live + framework.intervalDays * rng.float(0.7, 1.3) * DAY; t < until; ) {
    const closeAt = workingTime(rng, t);
    if (closeAt >= until) break;
    order++;
    const deal = emitDeal(sim, rng, {
      accountId: acct.id,
      segmentId: acct.info.id,
      name: `${acct.company.name} – Services call-off #${order}`,
      type: "EXPANSION",
      amountMinor: Math.max(50_000, Math.round((acv * rng.float(0.02, 0.06)) / 100) * 100),
      productLine: "Services",
      source: null,
      ownerId,
      contactId: acct.contacts[0] ?? null,
      openedAt: Math.max(live, closeAt - rng.float(2, 10) * DAY),
      closeAt,
      won: true,
      lostReason: "OTHER",
      meetings: 0,
    });
    if (deal.status === "WON") {
      acct.events.push({ at: closeAt, kind: "expansion", source: null, actorId: ownerId, reason: "Framework call-off order" });
    }
    const slow = framework.slowing && t > end - 150 * DAY ? 2.6 : 1;
    t += framework.intervalDays * slow * rng.float(0.7, 1.3) * DAY;
  }
}

/** Touches of the care model: key accounts meet monthly, mid tier talks quarterly, small get newsletters. */
function careTouches(sim: Sim, acct: AccountState, from: Ms, until: Ms, ownerId: number | null): void {
  const rng = acct.rng;
  const start = Math.max(from, sim.setup.window.start - 30 * DAY);
  const tier = acct.model.tier;
  const cadence = tier === "KEY" ? 30 : tier === "MID" ? 90 : 30;
  for (let t = start + rng.float(0.3, 1) * cadence * DAY; t < until; t += cadence * rng.float(0.75, 1.25) * DAY) {
    if (tier === "SMALL" || ownerId === null) {
      careTouch(sim, acct, "MAILING_LIST", "EMAIL", t, null, null);
    } else if (tier === "KEY") {
      const review = rng.chance(0.33);
      careTouch(sim, acct, "MEETING", rng.chance(0.6) ? "IN_PERSON" : "PHONE", workingTime(rng, t), ownerId, review ? "Quarterly business review" : "Account check-in");
    } else {
      careTouch(sim, acct, rng.chance(0.5) ? "TELEMARKETING_CALL" : "EMAIL", "PHONE", workingTime(rng, t), ownerId, "Customer review");
    }
  }
}

function careTouch(sim: Sim, acct: AccountState, type: TouchpointType, channel: Channel, at: Ms, userId: number | null, note: string | null): void {
  if (at >= sim.setup.window.end) return;
  sim.out.touchpoint.push({
    id: sim.ids.next("touchpoint"),
    type,
    channel: type === "EMAIL" ? "EMAIL" : channel,
    occurredAt: at,
    campaignId: null,
    leadId: null,
    contactId: acct.contacts.length > 0 ? acct.rng.pick(acct.contacts) : null,
    accountId: acct.id,
    dealId: null,
    userId,
    note,
  });
}

/** A churned customer that comes back: a new deal months later. Null when it does not close in time. */
function winBackDeal(sim: Sim, acct: AccountState, churnAt: Ms): Win | null {
  const rng = acct.rng;
  const end = sim.setup.window.end;
  const openedAt = workingTime(rng, churnAt + rng.float(90, 365) * DAY);
  if (openedAt >= end) return null;
  const closeAt = workingTime(rng, openedAt + rng.float(14, 60) * DAY);
  const acv = Math.round((rng.skewed(acct.model.acv) * rng.float(0.8, 1.1)) / 10_000) * 10_000;
  const ownerId = acct.model.key === "volume" ? null : acct.prospectOwnerId;
  const deal = emitDeal(sim, rng, {
    accountId: acct.id,
    segmentId: acct.info.id,
    name: `${acct.company.name} – Platform (win-back)`,
    type: "NEW",
    amountMinor: acv,
    productLine: "Platform",
    source: null,
    ownerId,
    contactId: acct.contacts[0] ?? null,
    openedAt,
    closeAt,
    won: true,
    lostReason: "OTHER",
    meetings: rng.int(1, 3),
  });
  return deal.status === "WON" ? { at: closeAt, acv, source: null, ownerId } : null;
}
