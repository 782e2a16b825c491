import { Prisma } from "@/generated/prisma/client";
import type { EntityKind } from "@/generated/prisma/enums";

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
