import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copyPieces, type Kind } from "./copy-encoder";
import type { DemoTables, TableKey } from "./rows";

type Columns<Row> = { readonly [K in keyof Row]-?: Kind };

type TableSpec<K extends TableKey> = { name: string; columns: Columns<DemoTables[K][number]> };

/** Every column of every table the demo writes, with how its value is encoded. */
const TABLES: { readonly [K in TableKey]: TableSpec<K> } = {
  team: { name: "Team", columns: { id: "int", name: "text", function: "text", monthlyCapacity: "int", createdAt: "timestamp", updatedAt: "timestamp" } },
  user: {
    name: "User",
    columns: {
      id: "int", email: "text", name: "text", passwordHash: "text", role: "text", locale: "text", teamId: "int",
      active: "bool", lastLoginAt: "timestamp", createdAt: "timestamp", updatedAt: "timestamp",
    },
  },
  segment: {
    name: "Segment",
    columns: {
      id: "int", key: "text", nameEn: "text", nameFi: "text", priority: "int", minEmployees: "int", maxEmployees: "int",
      minDealAmountMinor: "int", maxDealAmountMinor: "int", createdAt: "timestamp", updatedAt: "timestamp",
    },
  },
  stageOwner: { name: "StageOwner", columns: { stage: "text", segmentId: "int", teamId: "int", mode: "text" } },
  careModel: {
    name: "CareModel",
    columns: {
      tier: "text", nameEn: "text", nameFi: "text", channels: "array", contactCadenceDays: "int", descriptionEn: "text",
      descriptionFi: "text", updatedAt: "timestamp",
    },
  },
  campaign: {
    name: "Campaign",
    columns: { id: "int", name: "text", source: "text", channel: "text", startsOn: "date", endsOn: "date", createdAt: "timestamp" },
  },
  mqlCriteria: {
    name: "MqlCriteria",
    columns: {
      id: "int", segmentId: "int", version: "int", status: "text", industries: "array", minEmployees: "int", maxEmployees: "int",
      countries: "array", personas: "array", titleKeywords: "array", minEngagementScore: "int", withinDays: "int", notes: "text",
      createdById: "int", createdAt: "timestamp", activatedAt: "timestamp",
    },
  },
  mqlApproval: { name: "MqlApproval", columns: { criteriaId: "int", side: "text", userId: "int", approvedAt: "timestamp" } },
  spend: {
    name: "Spend",
    columns: { id: "int", month: "date", segmentId: "int", category: "text", source: "text", amountMinor: "int", currency: "text" },
  },
  salesTarget: {
    name: "SalesTarget",
    columns: { id: "int", month: "date", segmentId: "int", dealType: "text", amountMinor: "int", currency: "text" },
  },
  account: {
    name: "Account",
    columns: {
      id: "int", name: "text", domain: "text", industry: "text", employees: "int", country: "text", segmentId: "int", tier: "text",
      ownerId: "int", stage: "text", customerSince: "timestamp", churnedAt: "timestamp", frameworkAgreement: "bool",
      expectedOrderIntervalDays: "int", externalId: "text", version: "int", createdAt: "timestamp", updatedAt: "timestamp",
    },
  },
  contact: {
    name: "Contact",
    columns: {
      id: "int", accountId: "int", firstName: "text", lastName: "text", email: "text", phone: "text", title: "text",
      persona: "text", ownerId: "int", stage: "text", externalId: "text", version: "int", createdAt: "timestamp", updatedAt: "timestamp",
    },
  },
  deal: {
    name: "Deal",
    columns: {
      id: "int", name: "text", accountId: "int", type: "text", amountMinor: "int", currency: "text", productLine: "text",
      pipelineStage: "text", status: "text", stage: "text", openedAt: "timestamp", closeDate: "date", closedAt: "timestamp",
      lostReason: "text", source: "text", ownerId: "int", externalId: "text", version: "int", createdAt: "timestamp", updatedAt: "timestamp",
    },
  },
  lead: {
    name: "Lead",
    columns: {
      id: "int", firstName: "text", lastName: "text", email: "text", phone: "text", title: "text", persona: "text", company: "text",
      companyDomain: "text", industry: "text", employees: "int", country: "text", accountId: "int", segmentId: "int", source: "text",
      campaignId: "int", fitScore: "int", engagementScore: "int", status: "text", stage: "text", ownerId: "int",
      firstTouchAt: "timestamp", mqlAt: "timestamp", mqlCriteriaId: "int", acceptedAt: "timestamp", rejectedAt: "timestamp",
      rejectionReason: "text", rejectionNote: "text", convertedAt: "timestamp", convertedContactId: "int", convertedDealId: "int",
      externalId: "text", version: "int", createdAt: "timestamp", updatedAt: "timestamp",
    },
  },
  touchpoint: {
    name: "Touchpoint",
    columns: {
      id: "int", type: "text", channel: "text", occurredAt: "timestamp", campaignId: "int", leadId: "int", contactId: "int",
      accountId: "int", dealId: "int", userId: "int", note: "text",
    },
  },
  stageTransition: {
    name: "StageTransition",
    columns: {
      id: "int", entityKind: "text", entityId: "int", accountId: "int", segmentId: "int", source: "text", fromStage: "text",
      toStage: "text", occurredAt: "timestamp", actorId: "int", reason: "text", criteriaVersionId: "int",
    },
  },
  monthlyRevenue: { name: "MonthlyRevenue", columns: { accountId: "int", month: "date", mrrMinor: "int", currency: "text" } },
  accountPlan: {
    name: "AccountPlan",
    columns: {
      id: "int", accountId: "int", periodStart: "date", periodEnd: "date", status: "text", ownerId: "int", themes: "array",
      notes: "text", version: "int", createdAt: "timestamp", updatedAt: "timestamp",
    },
  },
  accountPlanTarget: {
    name: "AccountPlanTarget",
    columns: { id: "int", planId: "int", productLine: "text", channel: "text", quarter: "int", amountMinor: "int" },
  },
};

/** The database tables the demo writes. */
export const TABLE_NAMES: readonly string[] = (Object.values(TABLES) as TableSpec<TableKey>[]).map((spec) => spec.name);

/** Tables with a serial id, whose sequence must be moved past the explicit ids. */
export const SERIAL_TABLES: readonly string[] = (Object.values(TABLES) as TableSpec<TableKey>[])
  .filter((spec) => "id" in spec.columns)
  .map((spec) => spec.name);

/** Streams rows into their table with COPY FROM STDIN on the given client (inside its transaction). */
export async function copyRows<K extends TableKey>(client: pg.ClientBase, key: K, rows: DemoTables[K]): Promise<void> {
  if (rows.length === 0) return;
  const spec = TABLES[key] as TableSpec<TableKey>;
  const columns = Object.entries(spec.columns) as [string, Kind][];
  const sql = `COPY "${spec.name}" (${columns.map(([name]) => `"${name}"`).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from(copyPieces(columns, rows)), client.query(copyFrom(sql)));
}

