import { LeadSource, LeadStatus, Stage } from "@/generated/prisma/enums";
import { LIST_PATH } from "@/lib/records/paths";
import { choice, days, ids, owner, range } from "../filters";
import type { ListSpec } from "../spec";

export const LEAD_STAGES = Object.values(Stage);
export const LEAD_STATUSES = Object.values(LeadStatus);
export const LEAD_LIST_SOURCES = Object.values(LeadSource);

const SCORE_BOUNDS = [0, 100] as const;

export const LEAD_LIST = {
  kind: "LEAD",
  table: "Lead",
  path: LIST_PATH.LEAD,
  filters: [
    choice({ param: "stage", field: "stages", values: LEAD_STAGES, column: "stage", sqlType: `"Stage"`, label: "lists.stage", optionLabel: (value) => `stage.${value}` }),
    choice({ param: "status", field: "statuses", values: LEAD_STATUSES, column: "status", sqlType: `"LeadStatus"`, label: "lists.status", optionLabel: (value) => `leadStatus.${value}` }),
    choice({ param: "source", field: "sources", values: LEAD_LIST_SOURCES, column: "source", sqlType: `"LeadSource"`, label: "lists.source", optionLabel: (value) => `leadSource.${value}` }),
    ids({ param: "segment", field: "segmentIds", column: "segmentId", options: "segments", label: "lists.segment" }),
    owner({ param: "owner", field: "ownerIds", nullField: "unassigned", column: "ownerId", label: "lists.owner" }),
    days({ from: "from", to: "to", column: "createdAt", columnType: "timestamptz", fromLabel: "lists.createdFrom", toLabel: "lists.createdTo" }),
    range({ min: "fitMin", max: "fitMax", column: "fitScore", bounds: SCORE_BOUNDS, minLabel: "lists.fitMin", maxLabel: "lists.fitMax" }),
    range({ min: "engagementMin", max: "engagementMax", column: "engagementScore", bounds: SCORE_BOUNDS, minLabel: "lists.engagementMin", maxLabel: "lists.engagementMax" }),
  ],
  // The trigram index "Lead_search_trgm_idx" is built on exactly these expressions.
  search: { columns: [`("firstName" || ' ' || "lastName")`, `"email"`, `"company"`, `"companyDomain"`], placeholder: "lists.LEAD.searchPlaceholder" },
  // Names and companies read A→Z by default; dates and scores show the newest or highest first.
  sorts: {
    created: { keys: [{ column: "createdAt", kind: "date" }], dir: "desc", label: "lists.sort.created" },
    name: { keys: [{ column: "lastName", kind: "text" }, { column: "firstName", kind: "text" }], dir: "asc", label: "lists.sort.name" },
    company: { keys: [{ column: "company", kind: "text", nullable: true }], dir: "asc", label: "lists.sort.company" },
    fit: { keys: [{ column: "fitScore", kind: "int" }], dir: "desc", label: "lists.sort.fit" },
    engagement: { keys: [{ column: "engagementScore", kind: "int" }], dir: "desc", label: "lists.sort.engagement" },
  },
  defaultSort: "created",
  columns: ["company", "email", "source", "status", "stage", "fit", "engagement", "segment", "country", "owner", "created"],
  defaultColumns: ["company", "source", "status", "stage", "fit", "engagement", "owner", "created"],
} as const satisfies ListSpec;
