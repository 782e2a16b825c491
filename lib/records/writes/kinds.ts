import { Prisma } from "@/generated/prisma/client";
import type { EntityKind } from "@/generated/prisma/enums";

/** Where each kind of record is shown: its list, and `/{path}/{id}` its detail page. */
export const RECORD_PATH: Record<EntityKind, string> = {
  LEAD: "/leads",
  CONTACT: "/contacts",
  ACCOUNT: "/accounts",
  DEAL: "/deals",
};

export function recordHref(kind: EntityKind, id: number): string {
  return `${RECORD_PATH[kind]}/${id}`;
}

/** The audit verb prefix of a kind: `lead.update`, `account.create`. */
export function auditPrefix(kind: EntityKind): string {
  return kind.toLowerCase();
}

// Fixed identifiers only: never built from input.
export const TABLE: Record<EntityKind, Prisma.Sql> = {
  LEAD: Prisma.raw('"Lead"'),
  CONTACT: Prisma.raw('"Contact"'),
  ACCOUNT: Prisma.raw('"Account"'),
  DEAL: Prisma.raw('"Deal"'),
};
