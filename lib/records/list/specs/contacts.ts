import { Persona, Stage } from "@/generated/prisma/enums";
import { LIST_PATH } from "@/lib/records/paths";
import { choice, days, ids, owner } from "../filters";
import type { ListSpec } from "../spec";

export const CONTACT_LIST = {
  kind: "CONTACT",
  table: "Contact",
  path: LIST_PATH.CONTACT,
  filters: [
    choice({ param: "stage", field: "stages", values: Object.values(Stage), column: "stage", sqlType: `"Stage"`, label: "lists.stage", optionLabel: (value) => `stage.${value}` }),
    choice({ param: "persona", field: "personas", values: Object.values(Persona), column: "persona", sqlType: `"Persona"`, label: "lists.persona", optionLabel: (value) => `persona.${value}` }),
    ids({ param: "segment", field: "segmentIds", column: "accountId", via: { table: "Account", column: "segmentId" }, options: "segments", label: "lists.accountSegment" }),
    owner({ param: "owner", field: "ownerIds", nullField: "unassigned", column: "ownerId", label: "lists.owner" }),
    days({ from: "from", to: "to", column: "createdAt", columnType: "timestamptz", fromLabel: "lists.createdFrom", toLabel: "lists.createdTo" }),
  ],
  // The trigram index "Contact_search_trgm_idx" is built on exactly these expressions.
  search: { columns: [`("firstName" || ' ' || "lastName")`, `"email"`], accountColumn: "accountId", placeholder: "lists.CONTACT.searchPlaceholder" },
  sorts: {
    created: { keys: [{ column: "createdAt", kind: "date" }], dir: "desc", label: "lists.sort.created" },
    name: { keys: [{ column: "lastName", kind: "text" }, { column: "firstName", kind: "text" }], dir: "asc", label: "lists.sort.name" },
  },
  defaultSort: "created",
  columns: ["account", "title", "email", "phone", "persona", "stage", "owner", "created"],
  defaultColumns: ["account", "title", "persona", "stage", "owner", "created"],
} as const satisfies ListSpec;
