import { EntityKind } from "@/generated/prisma/enums";
import { recordPath } from "@/lib/records/paths";
import { teamPath } from "@/lib/settings/teams/paths";
import { userPath } from "@/lib/settings/users/paths";

const RECORD_KINDS = new Set<string>(Object.values(EntityKind));

const numericId = (id: string) => (/^\d{1,10}$/.test(id) ? Number(id) : null);

/** The page of the entity an audit entry is about, when it has one. */
export function auditEntityHref(kind: string, entityId: string): string | null {
  const id = numericId(entityId);
  if (id === null) return null;
  if (RECORD_KINDS.has(kind)) return recordPath(kind as EntityKind, id);
  if (kind === "USER") return userPath(id);
  if (kind === "TEAM") return teamPath(id);
  return null;
}
