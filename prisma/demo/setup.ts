import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { DAY, DemandCurve, historyWindow, type HistoryWindow, type Ms } from "./calendar";
import { CampaignPlan } from "./campaigns";
import { COUNTRIES } from "./catalog";
import {
  ALL_USERS,
  CARE_MODELS,
  MQL_CRITERIA,
  SEGMENTS,
  STAGE_OWNERS,
  TEAMS,
  type SegmentKey,
  type SegmentModel,
  type TeamKey,
} from "./company";
import { Weighted } from "./random";
import type { Ids } from "./ids";
import { emptyTables, type DemoTables } from "./rows";
import { spendRows } from "./spend";
import { salesTargetRows } from "./targets";

export const DEFAULT_LEADS = 20_000;
export const MAX_LEADS = 1_000_000;

export type GenerateOptions = {
  seed?: number;
  /** Number of leads; accounts are a tenth of it. Default 20,000, at most 1,000,000. */
  leads?: number;
  /** The end of the history: nothing happens at or after it. */
  endDate: Date;
  /** The argon2 hash every demo user gets (hashed once by the caller; hashing is salted). */
  passwordHash?: string;
};

export type SegmentInfo = { model: SegmentModel; id: number; criteriaId: number };

/** Everything the simulation of one account or lead needs to know about the company. */
export type Setup = {
  seed: number;
  leads: number;
  accounts: number;
  /** Accounts that were customers before the window opened: the first ids. */
  preexistingAccounts: number;
  /** leads / 20,000: capacities and spend grow with the volume. */
  scale: number;
  window: HistoryWindow;
  /** When the company set the CRM up: teams, users, segments and the MQL agreement exist from here. */
  setupAt: Ms;
  demand: DemandCurve;
  campaigns: CampaignPlan;
  segments: Record<SegmentKey, SegmentInfo>;
  owners: Record<TeamKey, Weighted<number>>;
};

/** What a simulation step writes to: the company setup, the id counters and the current chunk. */
export type Sim = { setup: Setup; ids: Ids; out: DemoTables };

const PREEXISTING_SHARE = 0.16;

export function resolveOptions(options: GenerateOptions): { seed: number; leads: number; endDate: Date; passwordHash: string } {
  const seed = options.seed ?? 1;
  const leads = options.leads ?? DEFAULT_LEADS;
  if (!Number.isInteger(seed)) throw new Error("seed must be an integer");
  if (!Number.isInteger(leads) || leads < 100 || leads > MAX_LEADS) {
    throw new Error(`leads must be an integer from 100 to ${MAX_LEADS.toLocaleString("en")}`);
  }
  if (!(options.endDate instanceof Date) || Number.isNaN(options.endDate.getTime())) throw new Error("endDate must be a valid Date");
  return { seed, leads, endDate: options.endDate, passwordHash: options.passwordHash ?? "" };
}

/** When the company set the CRM up, a month before the oldest history. */
export function setupTime(window: HistoryWindow): Ms {
  return window.origin - 30 * DAY;
}

/** The demo company's configuration rows and the lookups the simulation works from. */
export function buildSetup(options: GenerateOptions): { setup: Setup; tables: DemoTables } {
  const { seed, leads, endDate, passwordHash } = resolveOptions(options);
  const window = historyWindow(endDate);
  const setupAt = setupTime(window);
  const scale = leads / DEFAULT_LEADS;
  const accounts = Math.max(10, Math.round(leads / 10));
  const tables = emptyTables();

  const teamIds = {} as Record<TeamKey, number>;
  TEAMS.forEach((team, i) => {
    teamIds[team.key] = i + 1;
    tables.team.push({
      id: i + 1,
      name: team.name,
      function: team.function,
      monthlyCapacity: Math.max(1, Math.round(team.monthlyCapacity * scale)),
      createdAt: setupAt,
      updatedAt: setupAt,
    });
  });

  const ownerEntries = {} as Record<TeamKey, [number, number][]>;
  for (const team of TEAMS) ownerEntries[team.key] = [];
  ALL_USERS.forEach((user, i) => {
    const id = i + 1;
    tables.user.push({
      id,
      email: user.email,
      name: user.name,
      passwordHash,
      role: user.role,
      locale: user.locale,
      teamId: user.team === null ? null : teamIds[user.team],
      active: true,
      lastLoginAt: null,
      createdAt: setupAt,
      updatedAt: setupAt,
    });
    if (user.team !== null) ownerEntries[user.team].push([id, user.load]);
  });
  const owners = Object.fromEntries(
    Object.entries(ownerEntries).map(([key, entries]) => [key, new Weighted(entries)]),
  ) as Record<TeamKey, Weighted<number>>;
  const userId = (email: string) => ALL_USERS.findIndex((u) => u.email === email) + 1;
  const salesUserId = userId("sales@rusetti.demo");
  const marketingUserId = userId("marketing@rusetti.demo");

  const segments = {} as Record<SegmentKey, SegmentInfo>;
  SEGMENTS.forEach((segment, i) => {
    const id = i + 1;
    segments[segment.key] = { model: segment, id, criteriaId: id };
    tables.segment.push({
      id,
      key: segment.key,
      nameEn: segment.nameEn,
      nameFi: segment.nameFi,
      priority: segment.priority,
      minEmployees: segment.minEmployees,
      maxEmployees: segment.maxEmployees,
      minDealAmountMinor: null,
      maxDealAmountMinor: null,
      createdAt: setupAt,
      updatedAt: setupAt,
    });
    for (const stage of BOWTIE_STAGES) {
      const [team, mode] = STAGE_OWNERS[segment.key][stage];
      tables.stageOwner.push({ stage, segmentId: id, teamId: teamIds[team], mode });
    }
    const criteria = MQL_CRITERIA[segment.key];
    tables.mqlCriteria.push({
      id,
      segmentId: id,
      version: 1,
      status: "ACTIVE",
      industries: criteria.industries,
      minEmployees: segment.minEmployees,
      maxEmployees: segment.maxEmployees,
      countries: COUNTRIES,
      personas: criteria.personas,
      titleKeywords: criteria.titleKeywords,
      minEngagementScore: criteria.minEngagementScore,
      withinDays: criteria.withinDays,
      notes: criteria.notes,
      createdById: marketingUserId,
      createdAt: setupAt + DAY,
      activatedAt: setupAt + 7 * DAY,
    });
    tables.mqlApproval.push(
      { criteriaId: id, side: "MARKETING", userId: marketingUserId, approvedAt: setupAt + 2 * DAY },
      { criteriaId: id, side: "SALES", userId: salesUserId, approvedAt: setupAt + 5 * DAY },
    );
  });

  for (const care of CARE_MODELS) tables.careModel.push({ ...care, updatedAt: setupAt });

  const campaigns = new CampaignPlan(window, setupAt);
  tables.campaign.push(...campaigns.rows);

  const setup: Setup = {
    seed,
    leads,
    accounts,
    preexistingAccounts: Math.round(accounts * PREEXISTING_SHARE),
    scale,
    window,
    setupAt,
    demand: new DemandCurve(window.origin, window.end, window.start),
    campaigns,
    segments,
    owners,
  };
  tables.spend.push(...spendRows(setup));
  tables.salesTarget.push(...salesTargetRows(setup));
  return { setup, tables };
}
