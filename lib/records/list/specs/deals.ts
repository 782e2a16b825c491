import { DealStatus, DealType, LeadSource, PipelineStage, Stage } from "@/generated/prisma/enums";
import { LIST_PATH } from "@/lib/records/paths";
import { choice, days, ids, owner, range } from "../filters";
import type { ListSpec } from "../spec";

export const DEAL_LIST = {
  kind: "DEAL",
  table: "Deal",
  path: LIST_PATH.DEAL,
  filters: [
    choice({ param: "status", field: "statuses", values: Object.values(DealStatus), column: "status", sqlType: `"DealStatus"`, label: "lists.status", optionLabel: (value) => `dealStatus.${value}` }),
    choice({ param: "type", field: "types", values: Object.values(DealType), column: "type", sqlType: `"DealType"`, label: "lists.dealType", optionLabel: (value) => `dealType.${value}` }),
    choice({ param: "pipeline", field: "pipelineStages", values: Object.values(PipelineStage), column: "pipelineStage", sqlType: `"PipelineStage"`, label: "lists.pipelineStage", optionLabel: (value) => `pipelineStage.${value}` }),
    choice({ param: "stage", field: "stages", values: Object.values(Stage), column: "stage", sqlType: `"Stage"`, label: "lists.stage", optionLabel: (value) => `stage.${value}` }),
    choice({ param: "source", field: "sources", values: Object.values(LeadSource), column: "source", sqlType: `"LeadSource"`, label: "lists.source", optionLabel: (value) => `leadSource.${value}` }),
    owner({ param: "owner", field: "ownerIds", nullField: "unassigned", column: "ownerId", label: "lists.owner" }),
    ids({ param: "segment", field: "segmentIds", column: "accountId", via: { table: "Account", column: "segmentId" }, options: "segments", label: "lists.accountSegment" }),
    days({ from: "closeFrom", to: "closeTo", column: "closeDate", columnType: "date", fromLabel: "lists.closeFrom", toLabel: "lists.closeTo" }),
    // In whole units of the currency; the column holds cents.
    range({ min: "amountMin", max: "amountMax", column: "amountMinor", bounds: [0, 100_000_000], scale: 100, minLabel: "lists.amountMin", maxLabel: "lists.amountMax" }),
  ],
  // The trigram index "Deal_search_trgm_idx" is built on the deal name; account names go through the accounts' index.
  search: { columns: [`"name"`], accountColumn: "accountId", placeholder: "lists.DEAL.searchPlaceholder" },
  sorts: {
    opened: { keys: [{ column: "openedAt", kind: "date" }], dir: "desc", label: "lists.sort.opened" },
    close: { keys: [{ column: "closeDate", kind: "day" }], dir: "asc", label: "lists.sort.close" },
    amount: { keys: [{ column: "amountMinor", kind: "int" }], dir: "desc", label: "lists.sort.amount" },
    name: { keys: [{ column: "name", kind: "text" }], dir: "asc", label: "lists.sort.name" },
  },
  defaultSort: "opened",
  columns: ["account", "type", "amount", "pipeline", "status", "stage", "source", "close", "opened", "owner"],
  defaultColumns: ["account", "type", "amount", "pipeline", "status", "close", "owner"],
} as const satisfies ListSpec;
