import type { Channel, LeadSource, LeadStatus, RejectionReason, TouchpointType } from "@/generated/prisma/enums";
import { DAY, MINUTE, workingTime, type Ms } from "./calendar";
import type { Campaign } from "./campaigns";
import { MQL_CRITERIA } from "./company";
import { REJECTION_BY_SOURCE, REJECTION_NOTES } from "./lead-sources";
import type { Person } from "./people";
import { Weighted, type Random } from "./random";
import type { LeadRow, TouchpointRow } from "./rows";
import type { SegmentInfo, Setup, Sim } from "./setup";
import { StageTrail } from "./trail";

/** Where a lead ends up by the end of the history; every time in it is before the end. */
export type LeadOutcome =
  | { kind: "nurture" }
  | { kind: "mql"; mqlAt: Ms }
  | { kind: "rejected"; mqlAt: Ms; decidedAt: Ms; reason: RejectionReason; note: string | null }
  | {
      kind: "accepted";
      mqlAt: Ms;
      decidedAt: Ms;
      conversion: { at: Ms; contactId: number; dealId: number; ownerId: number | null } | null;
    };

export type LeadInput = {
  createdAt: Ms;
  source: LeadSource;
  campaign: Campaign | null;
  person: Person;
  company: { name: string; domain: string; industry: string; employees: number; country: string } | null;
  accountId: number | null;
  segment: SegmentInfo | null;
  fit: number;
  /** The SDR or account executive who calls the lead when a person does. */
  workerId: number;
  outcome: LeadOutcome;
};

const RAW_TOUCH: Record<LeadSource, { type: TouchpointType; channel: Channel; byPerson: boolean }> = {
  WEB: { type: "WEB_VISIT", channel: "WEB", byPerson: false },
  DOWNLOAD: { type: "DOWNLOAD", channel: "WEB", byPerson: false },
  MAILING_LIST: { type: "MAILING_LIST", channel: "EMAIL", byPerson: false },
  TELEMARKETING: { type: "TELEMARKETING_CALL", channel: "PHONE", byPerson: true },
  TRADE_FAIR: { type: "TRADE_FAIR", channel: "EVENT", byPerson: false },
  WEBINAR: { type: "WEBINAR", channel: "WEB", byPerson: false },
  REFERRAL: { type: "EMAIL", channel: "EMAIL", byPerson: true },
  PARTNER: { type: "MEETING", channel: "IN_PERSON", byPerson: true },
};

const DIGITAL_TOUCHES: readonly (readonly [TouchpointType, Channel])[] = [
  ["WEB_VISIT", "WEB"], ["WEB_VISIT", "WEB"], ["WEB_VISIT", "WEB"], ["WEB_VISIT", "SOCIAL"],
  ["DOWNLOAD", "WEB"], ["DOWNLOAD", "WEB"], ["MAILING_LIST", "EMAIL"], ["MAILING_LIST", "EMAIL"], ["WEBINAR", "WEB"],
];

/** Interest each kind of touch signals, before it fades (half-life 45 days). */
export const ENGAGEMENT: Record<TouchpointType, number> = {
  WEB_VISIT: 6, DOWNLOAD: 12, MAILING_LIST: 4, WEBINAR: 18, TRADE_FAIR: 15, EMAIL: 6, TELEMARKETING_CALL: 8, MEETING: 20,
};
export const ENGAGEMENT_HALF_LIFE_DAYS = 45;
const ENGAGEMENT_HALF_LIFE = ENGAGEMENT_HALF_LIFE_DAYS * DAY;

const SOURCE_LABEL: Record<LeadSource, string> = {
  WEB: "web visit", DOWNLOAD: "download", MAILING_LIST: "mailing list", TELEMARKETING: "telemarketing call",
  TRADE_FAIR: "trade fair", WEBINAR: "webinar", REFERRAL: "referral", PARTNER: "partner",
};

/**
 * How often sales rejects an MQL of this source at `t`: the per-source base falls by a quarter
 * over the window as marketing acts on the feedback.
 */
export function rejectionRate(setup: Setup, source: LeadSource, t: Ms): number {
  const { start, end } = setup.window;
  const progress = Math.min(1, Math.max(0, (t - start) / (end - start)));
  return REJECTION_BY_SOURCE[source].rate * (1 - 0.25 * progress);
}

const REJECTION_TABLES = Object.fromEntries(
  Object.entries(REJECTION_BY_SOURCE).map(([source, spec]) => [source, Weighted.fromRecord(spec.reasons)]),
) as Record<LeadSource, Weighted<RejectionReason>>;

/** Why sales sends back an MQL of this source, usually with a note. */
export function sampleRejection(rng: Random, source: LeadSource): { reason: RejectionReason; note: string | null } {
  const reason = REJECTION_TABLES[source].sample(rng);
  const notes = REJECTION_NOTES[reason];
  return { reason, note: notes !== undefined && rng.chance(0.6) ? rng.pick(notes) : null };
}

/**
 * Writes one lead with its touchpoints and stage history. The first touch by a person is the
 * earliest call, email or meeting with a user on it, so `firstTouchAt` measures speed-to-lead.
 */
export function emitLead(sim: Sim, rng: Random, input: LeadInput): LeadRow {
  const { setup, ids, out } = sim;
  const end = setup.window.end;
  const { createdAt, source, outcome } = input;
  const id = ids.next("lead");
  const touches: TouchpointRow[] = [];
  const touch = (type: TouchpointType, channel: Channel, at: Ms, userId: number | null = null, extra: Partial<TouchpointRow> = {}) => {
    if (at >= end) return;
    touches.push({
      id: 0, type, channel, occurredAt: at, campaignId: null, leadId: id, contactId: null,
      accountId: input.accountId, dealId: null, userId, note: null, ...extra,
    });
  };

  const raw = RAW_TOUCH[source];
  touch(raw.type, input.campaign?.channel === "PAID" || input.campaign?.channel === "SOCIAL" ? input.campaign.channel : raw.channel, createdAt, raw.byPerson ? input.workerId : null, {
    campaignId: input.campaign?.id ?? null,
  });

  const mqlAt = outcome.kind === "nurture" ? null : outcome.mqlAt;
  const decidedAt = outcome.kind === "rejected" || outcome.kind === "accepted" ? outcome.decidedAt : null;
  if (mqlAt !== null) {
    // Interest builds up before the score crosses the MQL line; the last touch tips it.
    const extra = rng.int(1, 3);
    for (let i = 0; i < extra; i++) {
      const [type, channel] = rng.pick(DIGITAL_TOUCHES);
      touch(type, channel, createdAt + (mqlAt - createdAt) * rng.float(0.05, 0.9));
    }
    const [type, channel] = rng.pick(DIGITAL_TOUCHES);
    touch(type, channel, Math.max(createdAt, mqlAt - rng.int(1, 30) * MINUTE));
  } else {
    const extra = rng.poisson(input.fit / 35);
    for (let i = 0; i < extra; i++) {
      const [type, channel] = rng.pick(DIGITAL_TOUCHES);
      touch(type, channel, createdAt + rng.exponential(40 * DAY));
    }
  }

  const call = (at: Ms) => {
    if (rng.chance(0.6)) touch("TELEMARKETING_CALL", "PHONE", at, input.workerId);
    else touch("EMAIL", "EMAIL", at, input.workerId);
  };
  if (mqlAt !== null && decidedAt !== null) {
    const first = mqlAt + (decidedAt - mqlAt) * rng.float(0.1, 0.8);
    call(first);
    if (rng.chance(0.4)) call(first + (decidedAt - first) * rng.next());
  } else if (mqlAt !== null) {
    if (rng.chance(0.5)) call(mqlAt + (end - mqlAt) * rng.float(0.1, 0.9));
  } else if (!raw.byPerson && rng.chance(0.1 + (0.45 * input.fit) / 100)) {
    // Leads spoil: many are never called, and the rest wait from hours to weeks.
    const first = workingTime(rng, createdAt + rng.logNormal(1.5 * DAY, 1));
    call(first);
    if (rng.chance(0.35)) call(workingTime(rng, first + rng.int(2, 20) * DAY));
  }

  const conversion = outcome.kind === "accepted" ? outcome.conversion : null;
  if (conversion !== null) {
    touch("MEETING", "IN_PERSON", conversion.at, conversion.ownerId ?? input.workerId, {
      contactId: conversion.contactId,
      dealId: conversion.dealId,
      note: "Discovery meeting",
    });
  }

  touches.sort((a, b) => a.occurredAt - b.occurredAt);
  let engagement = 0;
  let personTouchAt: Ms | null = null;
  for (const t of touches) {
    t.id = ids.next("touchpoint");
    if (personTouchAt === null && t.userId !== null) personTouchAt = t.occurredAt;
    engagement += ENGAGEMENT[t.type] * Math.pow(0.5, (end - t.occurredAt) / ENGAGEMENT_HALF_LIFE);
    out.touchpoint.push(t);
  }
  if (outcome.kind === "mql" && input.segment !== null) {
    engagement = Math.max(engagement, MQL_CRITERIA[input.segment.model.key].minEngagementScore + rng.int(0, 15));
  }

  const trail = new StageTrail(out.stageTransition, ids, "LEAD", id, {
    accountId: input.accountId,
    segmentId: input.segment?.id ?? null,
    source,
    end,
  });
  trail.move("AWARENESS", createdAt, { reason: `New lead from a ${SOURCE_LABEL[source]}`, actorId: raw.byPerson ? input.workerId : null });
  const criteriaId = mqlAt !== null ? (input.segment?.criteriaId ?? null) : null;
  if (mqlAt !== null) trail.move("CONSIDERATION", mqlAt, { reason: "Met the MQL criteria (version 1)", criteriaVersionId: criteriaId });
  if (outcome.kind === "accepted") {
    trail.move("COMPARISON", outcome.decidedAt, { actorId: input.workerId, reason: "Accepted by sales" });
  } else if (outcome.kind === "rejected") {
    trail.move("AWARENESS", outcome.decidedAt, {
      actorId: input.workerId,
      reason: `Rejected by sales: ${outcome.reason.toLowerCase().replace(/_/g, " ")}`,
    });
  }

  let status: LeadStatus;
  let updatedAt = Math.max(createdAt, personTouchAt ?? createdAt, mqlAt ?? createdAt, decidedAt ?? createdAt);
  let version = trail.count + (personTouchAt !== null && !raw.byPerson ? 1 : 0);
  switch (outcome.kind) {
    case "accepted":
      status = conversion !== null ? "CONVERTED" : "ACCEPTED";
      if (conversion !== null) {
        updatedAt = Math.max(updatedAt, conversion.at);
        version++;
      }
      break;
    case "rejected":
      status = "REJECTED";
      break;
    case "mql":
      status = "MQL";
      break;
    default:
      if (personTouchAt !== null && input.fit < 25) {
        status = "DISQUALIFIED";
        version++;
      } else if (personTouchAt === null) {
        status = createdAt > end - 10 * DAY ? "NEW" : "NURTURE";
      } else {
        status = personTouchAt > end - 45 * DAY ? "WORKING" : "NURTURE";
      }
  }
  // Marketing owns the digital nurture of leads nobody in sales has worked; new ones wait unassigned.
  const ownerId = personTouchAt !== null || outcome.kind !== "nurture" ? input.workerId : status === "NURTURE" ? setup.owners.marketing.sample(rng) : null;

  const row: LeadRow = {
    id,
    firstName: input.person.firstName,
    lastName: input.person.lastName,
    email: input.person.email,
    phone: input.person.phone,
    title: input.person.title,
    persona: input.person.persona,
    company: input.company?.name ?? null,
    companyDomain: input.company?.domain ?? null,
    industry: input.company?.industry ?? null,
    employees: input.company?.employees ?? null,
    country: input.company?.country ?? null,
    accountId: input.accountId,
    segmentId: input.segment?.id ?? null,
    source,
    campaignId: input.campaign?.id ?? null,
    fitScore: input.fit,
    engagementScore: Math.min(100, Math.round(engagement)),
    status,
    stage: trail.stage,
    ownerId,
    firstTouchAt: personTouchAt,
    mqlAt,
    mqlCriteriaId: criteriaId,
    acceptedAt: outcome.kind === "accepted" ? outcome.decidedAt : null,
    rejectedAt: outcome.kind === "rejected" ? outcome.decidedAt : null,
    rejectionReason: outcome.kind === "rejected" ? outcome.reason : null,
    rejectionNote: outcome.kind === "rejected" ? outcome.note : null,
    convertedAt: conversion?.at ?? null,
    convertedContactId: conversion?.contactId ?? null,
    convertedDealId: conversion?.dealId ?? null,
    externalId: null,
    version,
    createdAt,
    updatedAt: Math.min(updatedAt, end - 1),
  };
  out.lead.push(row);
  return row;
}
