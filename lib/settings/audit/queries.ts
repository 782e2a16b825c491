import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { WORKING_TIME_ZONE } from "@/lib/i18n/format";
import { AUDIT_PAGE_SIZE, type AuditCursor, type AuditFilters } from "./filters";

export type AuditEntryRow = {
  id: number;
  at: Date;
  actor: { id: number; name: string } | null;
  action: string;
  entityKind: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

export type AuditPage = { entries: AuditEntryRow[]; next: AuditCursor | null };

type Client = Pick<PrismaClient, "$queryRaw">;

type Row = { id: number; at: Date; actorId: number | null; actorName: string | null; action: string; entityKind: string; entityId: string; before: unknown; after: unknown };

/** LIKE's own wildcards in a typed prefix are matched literally. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

function conditions(filters: AuditFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.actor === "system") where.push(Prisma.sql`a."actorId" IS NULL`);
  else if (filters.actor !== null) where.push(Prisma.sql`a."actorId" = ${filters.actor}`);
  if (filters.actionPrefix) where.push(Prisma.sql`a.action LIKE ${likePrefix(filters.actionPrefix)}`);
  if (filters.entityKind) where.push(Prisma.sql`a."entityKind" = ${filters.entityKind}`);
  if (filters.entityId) where.push(Prisma.sql`a."entityId" = ${filters.entityId}`);
  // Days are the teams' days, as every time on the page is shown in their zone.
  if (filters.from) where.push(Prisma.sql`a."occurredAt" >= (${filters.from}::date)::timestamp AT TIME ZONE ${WORKING_TIME_ZONE}`);
  if (filters.to) where.push(Prisma.sql`a."occurredAt" < (${filters.to}::date + 1)::timestamp AT TIME ZONE ${WORKING_TIME_ZONE}`);
  if (filters.after) where.push(Prisma.sql`(a."occurredAt", a.id) < (${filters.after.at}, ${filters.after.id})`);
  return where;
}

/**
 * One page of the audit log, newest first, after the cursor. Ordered by (occurredAt, id), so
 * entries of one instant keep a stable order across pages; each filter has an index to walk
 * (occurredAt; actorId, occurredAt; entityKind, entityId, occurredAt).
 */
export async function loadAuditPage(filters: AuditFilters, client: Client = db, size = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const where = conditions(filters);
  const rows = await client.$queryRaw<Row[]>`
    SELECT a.id, a."occurredAt" AS at, a."actorId", u.name AS "actorName", a.action, a."entityKind", a."entityId", a.before, a.after
      FROM "AuditLog" a
      LEFT JOIN "User" u ON u.id = a."actorId"
     WHERE ${where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`}
     ORDER BY a."occurredAt" DESC, a.id DESC
     LIMIT ${size + 1}`;
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    entries: page.map(({ actorId, actorName, ...row }) => ({ ...row, actor: actorId === null ? null : { id: actorId, name: actorName ?? `#${actorId}` } })),
    next: rows.length > size && last ? { at: last.at, id: last.id } : null,
  };
}
