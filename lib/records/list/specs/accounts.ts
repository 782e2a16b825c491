import { CustomerTier, Stage } from "@/generated/prisma/enums";
import { LIST_PATH } from "@/lib/records/paths";
import { choice, codes, days, ids, owner } from "../filters";
import type { ListSpec } from "../spec";

export const ACCOUNT_LIST = {
  kind: "ACCOUNT",
  table: "Account",
  path: LIST_PATH.ACCOUNT,
  filters: [
    choice({ param: "stage", field: "stages", values: Object.values(Stage), column: "stage", sqlType: `"Stage"`, label: "lists.stage", optionLabel: (value) => `stage.${value}` }),
    ids({ param: "segment", field: "segmentIds", column: "segmentId", options: "segments", label: "lists.segment" }),
    choice({ param: "tier", field: "tiers", values: Object.values(CustomerTier), column: "tier", sqlType: `"CustomerTier"`, label: "lists.tier", optionLabel: (value) => `tier.${value}` }),
    owner({ param: "owner", field: "ownerIds", nullField: "unassigned", column: "ownerId", label: "lists.owner" }),
    codes({ param: "country", field: "countries", column: "country", sqlType: "char(2)", options: "countries", label: "lists.country" }),
    days({ from: "from", to: "to", column: "createdAt", columnType: "timestamptz", fromLabel: "lists.createdFrom", toLabel: "lists.createdTo" }),
  ],
  // The trigram index "Account_search_trgm_idx" is built on exactly these columns; contacts and deals search account names through it too.
  search: { columns: [`"name"`, `"domain"`], placeholder: "lists.ACCOUNT.searchPlaceholder" },
  sorts: {
    created: { keys: [{ column: "createdAt", kind: "date" }], dir: "desc", label: "lists.sort.created" },
    name: { keys: [{ column: "name", kind: "text" }], dir: "asc", label: "lists.sort.name" },
    employees: { keys: [{ column: "employees", kind: "int", nullable: true }], dir: "desc", label: "lists.sort.employees" },
  },
  defaultSort: "created",
  columns: ["domain", "industry", "employees", "country", "segment", "tier", "stage", "owner", "created"],
  defaultColumns: ["industry", "country", "segment", "tier", "stage", "owner", "created"],
} as const satisfies ListSpec;
