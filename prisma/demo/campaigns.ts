import type { Channel, LeadSource } from "@/generated/prisma/enums";
import { DAY, MINUTE, addMonths, monthStart, type HistoryWindow, type Ms } from "./calendar";
import type { Random } from "./random";
import type { CampaignRow } from "./rows";

export type Campaign = { id: number; source: LeadSource; channel: Channel; startsOn: Ms; endsOn: Ms | null };

type Draft = { name: string; source: LeadSource; channel: Channel; startsOn: Ms; endsOn: Ms | null };

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const WEBINAR_TOPICS = [
  "Predictive maintenance with Kuura Analytics",
  "From paper work orders to mobile",
  "Service contracts that renew themselves",
  "ERP integration without a project",
  "First-time fix rate: what the best measure",
  "Scheduling field teams in winter",
  "Sustainability reporting for property services",
  "Customer portal for building owners",
];

/** Trade fairs the company exhibits at every year: month, first day, days, name. */
const TRADE_FAIRS = [
  { month: 2, day: 12, days: 2, name: "Kiinteistö & Facility Expo", city: "Helsinki", channel: "EVENT" },
  { month: 4, day: 20, days: 2, name: "Nordic FM Summit", city: "Stockholm", channel: "EVENT" },
  { month: 9, day: 6, days: 3, name: "Huolto & Kunnossapito", city: "Tampere", channel: "EVENT" },
  { month: 10, day: 14, days: 2, name: "Nordic Maintenance Days", city: "Göteborg", channel: "EVENT" },
] as const;

/**
 * The marketing calendar: evergreen programmes since the CRM was taken into use, and dated
 * campaigns, webinars and trade fairs over the years. Each lead is attributed to a campaign
 * of its source that ran at the time.
 */
export class CampaignPlan {
  readonly campaigns: readonly Campaign[];
  readonly rows: readonly CampaignRow[];
  private readonly bySource: Record<LeadSource, Campaign[]>;

  constructor(window: HistoryWindow, setupAt: Ms) {
    const drafts = draftCampaigns(window);
    drafts.sort((a, b) => a.startsOn - b.startsOn || a.name.localeCompare(b.name));
    this.campaigns = drafts.map((draft, i) => ({ id: i + 1, source: draft.source, channel: draft.channel, startsOn: draft.startsOn, endsOn: draft.endsOn }));
    this.rows = drafts.map((draft, i) => ({
      id: i + 1,
      name: draft.name,
      source: draft.source,
      channel: draft.channel,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      createdAt: Math.max(setupAt, draft.startsOn - 14 * DAY),
    }));
    this.bySource = { WEB: [], DOWNLOAD: [], MAILING_LIST: [], TELEMARKETING: [], TRADE_FAIR: [], WEBINAR: [], REFERRAL: [], PARTNER: [] };
    for (const campaign of this.campaigns) this.bySource[campaign.source].push(campaign);
  }

  /** A campaign of `source` running at `t`, dated ones preferred over evergreen ones. */
  campaignAt(rng: Random, source: LeadSource, t: Ms): Campaign | null {
    const running = this.bySource[source].filter((c) => c.startsOn <= t && (c.endsOn === null || t < c.endsOn + DAY));
    if (running.length === 0) return null;
    const dated = running.filter((c) => c.endsOn !== null);
    return dated.length > 0 && rng.chance(0.75) ? rng.pick(dated) : rng.pick(running);
  }

  /**
   * The trade fair or webinar of `source` nearest to `t` within `reach`, held before `before`:
   * event leads appear on event days, not spread over the calendar.
   */
  eventNear(source: "TRADE_FAIR" | "WEBINAR", t: Ms, reach: Ms, before: Ms): Campaign | null {
    let best: Campaign | null = null;
    for (const campaign of this.bySource[source]) {
      if (campaign.startsOn >= before) continue;
      const distance = Math.abs(campaign.startsOn - t);
      if (distance <= reach && (best === null || distance < Math.abs(best.startsOn - t))) best = campaign;
    }
    return best;
  }

  /** The trade fairs held in the month starting at `month`. */
  fairsIn(month: Ms): number {
    const next = addMonths(month, 1);
    return this.bySource.TRADE_FAIR.filter((c) => c.startsOn >= month && c.startsOn < next).length;
  }

  /** Event time on the event's day (a fair runs `days` days; a visitor comes on one of them). */
  static eventTime(rng: Random, campaign: Campaign): Ms {
    const days = campaign.endsOn === null ? 1 : Math.round((campaign.endsOn - campaign.startsOn) / DAY) + 1;
    return campaign.startsOn + rng.int(0, days - 1) * DAY + 7 * 60 * MINUTE + rng.int(0, 8 * 60) * MINUTE;
  }
}

function draftCampaigns(window: HistoryWindow): Draft[] {
  const { origin, start, end } = window;
  const drafts: Draft[] = [
    { name: "Website – organic search", source: "WEB", channel: "WEB", startsOn: origin, endsOn: null },
    { name: "Content library – guides and checklists", source: "DOWNLOAD", channel: "WEB", startsOn: origin, endsOn: null },
    { name: "Newsletter – Kuura Huoltokirje", source: "MAILING_LIST", channel: "EMAIL", startsOn: origin, endsOn: null },
    { name: "Outbound calling – target lists", source: "TELEMARKETING", channel: "PHONE", startsOn: origin, endsOn: null },
    { name: "Customer referral programme", source: "REFERRAL", channel: "EMAIL", startsOn: origin, endsOn: null },
    { name: "Partner programme – ERP integrators", source: "PARTNER", channel: "IN_PERSON", startsOn: origin, endsOn: null },
    { name: "Partner programme – HVAC wholesalers", source: "PARTNER", channel: "IN_PERSON", startsOn: origin, endsOn: null },
  ];
  for (let quarter = monthStart(start); quarter < end; quarter = addMonths(quarter, 3)) {
    const date = new Date(quarter);
    const label = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
    const last = addMonths(quarter, 3) - DAY;
    drafts.push({ name: `Google Ads – field service software (${label})`, source: "WEB", channel: "PAID", startsOn: quarter, endsOn: last });
    drafts.push({ name: `Outbound – property managers (${label})`, source: "TELEMARKETING", channel: "PHONE", startsOn: quarter, endsOn: last });
  }
  for (let half = monthStart(start); half < end; half = addMonths(half, 6)) {
    const date = new Date(half);
    const label = `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    drafts.push({ name: `LinkedIn Ads – maintenance leaders (from ${label})`, source: "WEB", channel: "SOCIAL", startsOn: half, endsOn: addMonths(half, 6) - DAY });
    drafts.push({ name: `Guide: Predictive maintenance playbook (from ${label})`, source: "DOWNLOAD", channel: "WEB", startsOn: half, endsOn: addMonths(half, 6) - DAY });
  }
  const firstYear = new Date(origin).getUTCFullYear();
  const lastYear = new Date(end).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    const published = Date.UTC(year, 1, 1);
    if (published < end && published >= start - 366 * DAY) {
      drafts.push({ name: `Report: State of field service in the Nordics ${year}`, source: "DOWNLOAD", channel: "WEB", startsOn: published, endsOn: Date.UTC(year + 1, 0, 31) });
      drafts.push({ name: `Nurture programme ${year}`, source: "MAILING_LIST", channel: "EMAIL", startsOn: Date.UTC(year, 0, 1), endsOn: Date.UTC(year, 11, 31) });
    }
    for (const fair of TRADE_FAIRS) {
      const first = Date.UTC(year, fair.month, fair.day);
      if (first < origin || first >= end) continue;
      drafts.push({
        name: `${fair.name} ${year} (${fair.city})`,
        source: "TRADE_FAIR",
        channel: fair.channel,
        startsOn: first,
        endsOn: first + (fair.days - 1) * DAY,
      });
    }
    for (let month = 0; month < 12; month++) {
      if (month === 6) continue;
      const day = secondTuesday(year, month);
      if (day < origin || day >= end) continue;
      const topic = WEBINAR_TOPICS[(year * 12 + month) % WEBINAR_TOPICS.length]!;
      drafts.push({ name: `Webinar: ${topic} (${MONTH_NAMES[month]} ${year})`, source: "WEBINAR", channel: "WEB", startsOn: day, endsOn: day });
    }
  }
  return drafts;
}

function secondTuesday(year: number, month: number): Ms {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const offset = (2 - first + 7) % 7;
  return Date.UTC(year, month, 1 + offset + 7);
}
