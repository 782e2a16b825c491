import type {
  ApprovalSide,
  Channel,
  CriteriaStatus,
  CustomerTier,
  DealStatus,
  DealType,
  EngagementMode,
  EntityKind,
  LeadSource,
  LeadStatus,
  LostReason,
  Persona,
  PipelineStage,
  PlanStatus,
  RejectionReason,
  Role,
  SpendCategory,
  Stage,
  TeamFunction,
  TouchpointType,
} from "@/generated/prisma/enums";
import type { Ms } from "./calendar";

// Rows as the generator emits them: one property per column, named as the column. Times
// (timestamptz and date columns alike) are epoch milliseconds in UTC.

export type TeamRow = { id: number; name: string; function: TeamFunction; monthlyCapacity: number; createdAt: Ms; updatedAt: Ms };

export type UserRow = {
  id: number; email: string; name: string; passwordHash: string; role: Role; locale: "en" | "fi";
  teamId: number | null; active: boolean; lastLoginAt: Ms | null; createdAt: Ms; updatedAt: Ms;
};

export type SegmentRow = {
  id: number; key: string; nameEn: string; nameFi: string; priority: number;
  minEmployees: number | null; maxEmployees: number | null;
  minDealAmountMinor: number | null; maxDealAmountMinor: number | null; createdAt: Ms; updatedAt: Ms;
};

export type StageOwnerRow = { stage: Stage; segmentId: number; teamId: number; mode: EngagementMode };

export type CareModelRow = {
  tier: CustomerTier; nameEn: string; nameFi: string; channels: readonly Channel[]; contactCadenceDays: number;
  descriptionEn: string; descriptionFi: string; updatedAt: Ms;
};

export type CampaignRow = { id: number; name: string; source: LeadSource; channel: Channel; startsOn: Ms; endsOn: Ms | null; createdAt: Ms };

export type MqlCriteriaRow = {
  id: number; segmentId: number; version: number; status: CriteriaStatus; industries: readonly string[];
  minEmployees: number | null; maxEmployees: number | null; countries: readonly string[]; personas: readonly Persona[];
  titleKeywords: readonly string[]; minEngagementScore: number; withinDays: number; notes: string | null;
  createdById: number | null; createdAt: Ms; activatedAt: Ms | null;
};

export type MqlApprovalRow = { criteriaId: number; side: ApprovalSide; userId: number; approvedAt: Ms };

export type SpendRow = {
  id: number; month: Ms; segmentId: number; category: SpendCategory; source: LeadSource | null; amountMinor: number; currency: string;
};

export type SalesTargetRow = { id: number; month: Ms; segmentId: number; dealType: DealType; amountMinor: number; currency: string };

export type AccountRow = {
  id: number; name: string; domain: string | null; industry: string; employees: number | null; country: string;
  segmentId: number | null; tier: CustomerTier | null; ownerId: number | null; stage: Stage;
  customerSince: Ms | null; churnedAt: Ms | null; frameworkAgreement: boolean; expectedOrderIntervalDays: number | null;
  externalId: string | null; version: number; createdAt: Ms; updatedAt: Ms;
};

export type ContactRow = {
  id: number; accountId: number | null; firstName: string; lastName: string; email: string | null; phone: string | null;
  title: string | null; persona: Persona | null; ownerId: number | null; stage: Stage; externalId: string | null;
  version: number; createdAt: Ms; updatedAt: Ms;
};

export type DealRow = {
  id: number; name: string; accountId: number; type: DealType; amountMinor: number; currency: string;
  productLine: string | null; pipelineStage: PipelineStage; status: DealStatus; stage: Stage; openedAt: Ms;
  closeDate: Ms; closedAt: Ms | null; lostReason: LostReason | null; source: LeadSource | null; ownerId: number | null;
  externalId: string | null; version: number; createdAt: Ms; updatedAt: Ms;
};

export type LeadRow = {
  id: number; firstName: string; lastName: string; email: string | null; phone: string | null; title: string | null;
  persona: Persona | null; company: string | null; companyDomain: string | null; industry: string | null;
  employees: number | null; country: string | null; accountId: number | null; segmentId: number | null;
  source: LeadSource; campaignId: number | null; fitScore: number; engagementScore: number; status: LeadStatus;
  stage: Stage; ownerId: number | null; firstTouchAt: Ms | null; mqlAt: Ms | null; mqlCriteriaId: number | null;
  acceptedAt: Ms | null; rejectedAt: Ms | null; rejectionReason: RejectionReason | null; rejectionNote: string | null;
  convertedAt: Ms | null; convertedContactId: number | null; convertedDealId: number | null; externalId: string | null;
  version: number; createdAt: Ms; updatedAt: Ms;
};

export type TouchpointRow = {
  id: number; type: TouchpointType; channel: Channel; occurredAt: Ms; campaignId: number | null; leadId: number | null;
  contactId: number | null; accountId: number | null; dealId: number | null; userId: number | null; note: string | null;
};

export type StageTransitionRow = {
  id: number; entityKind: EntityKind; entityId: number; accountId: number | null; segmentId: number | null;
  source: LeadSource | null; fromStage: Stage | null; toStage: Stage; occurredAt: Ms; actorId: number | null;
  reason: string | null; criteriaVersionId: number | null;
};

export type MonthlyRevenueRow = { accountId: number; month: Ms; mrrMinor: number; currency: string };

export type AccountPlanRow = {
  id: number; accountId: number; periodStart: Ms; periodEnd: Ms; status: PlanStatus; ownerId: number | null;
  themes: readonly string[]; notes: string | null; version: number; createdAt: Ms; updatedAt: Ms;
};

export type AccountPlanTargetRow = { id: number; planId: number; productLine: string; channel: Channel; quarter: number; amountMinor: number };

/** The rows of every demo table, in the order their foreign keys allow them to be written. */
export type DemoTables = {
  team: TeamRow[];
  user: UserRow[];
  segment: SegmentRow[];
  stageOwner: StageOwnerRow[];
  careModel: CareModelRow[];
  campaign: CampaignRow[];
  mqlCriteria: MqlCriteriaRow[];
  mqlApproval: MqlApprovalRow[];
  spend: SpendRow[];
  salesTarget: SalesTargetRow[];
  account: AccountRow[];
  contact: ContactRow[];
  deal: DealRow[];
  lead: LeadRow[];
  touchpoint: TouchpointRow[];
  stageTransition: StageTransitionRow[];
  monthlyRevenue: MonthlyRevenueRow[];
  accountPlan: AccountPlanRow[];
  accountPlanTarget: AccountPlanTargetRow[];
};

export type TableKey = keyof DemoTables;

export const TABLE_ORDER: readonly TableKey[] = [
  "team", "user", "segment", "stageOwner", "careModel", "campaign", "mqlCriteria", "mqlApproval", "spend", "salesTarget",
  "account", "contact", "deal", "lead", "touchpoint", "stageTransition", "monthlyRevenue", "accountPlan", "accountPlanTarget",
];

export function emptyTables(): DemoTables {
  return {
    team: [], user: [], segment: [], stageOwner: [], careModel: [], campaign: [], mqlCriteria: [], mqlApproval: [],
    spend: [], salesTarget: [], account: [], contact: [], deal: [], lead: [], touchpoint: [], stageTransition: [],
    monthlyRevenue: [], accountPlan: [], accountPlanTarget: [],
  };
}
