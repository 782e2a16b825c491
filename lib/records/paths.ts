import type { EntityKind } from "@/generated/prisma/enums";

/** Where each kind's list lives: `/leads`, `/contacts`, `/accounts`, `/deals`. */
export const LIST_PATH: Record<EntityKind, string> = {
  LEAD: "/leads",
  CONTACT: "/contacts",
  ACCOUNT: "/accounts",
  DEAL: "/deals",
};

/** A record's own page. */
export const recordPath = (kind: EntityKind, id: number) => `${LIST_PATH[kind]}/${id}`;

/** The form that edits a record. */
export const editPath = (kind: EntityKind, id: number) => `${recordPath(kind, id)}/edit`;

/** The form that creates a record of a kind. */
export const newPath = (kind: EntityKind) => `${LIST_PATH[kind]}/new`;
