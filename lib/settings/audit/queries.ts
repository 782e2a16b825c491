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

const COLUMNS = Prisma.sql`a.id, a."occurredAt" AS at, a."actorId", u.name AS "actorName", a.action, a."entityKind", a."entityId", a.before, a.after`;
const NEWEST_FIRST = Prisma.sql`ORDER BY a."occurredAt" DESC, a.id DESC`;
const all = (where: Prisma.Sql[]) => (where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`);

/**
 * The query of one page. A filter by action prefix, with no actor or entity named, is read
 * action by action from the index on (action text_pattern_ops, occurredAt, id): the actions
 * that start with the prefix are found by stepping through the index, one probe each, and
 * each one's newest entries past the cursor are read from the same index and merged. A rare
 * action, or one whose entries are all old, so costs what its page costs, where walking the
 * log by time would read every entry to find none. With an actor or an entity named, their
 * own indexes lead (actorId, occurredAt; entityKind, entityId, occurredAt), as the planner
 * chooses, and so does the time index without filters.
 */
export function auditPageQuery(filters: AuditFilters, size = AUDIT_PAGE_SIZE): Prisma.Sql {
  const limit = size + 1;
  if (filters.actionPrefix === null || filters.actor !== null || filters.entityId !== null) {
    return Prisma.sql`
      SELECT ${COLUMNS}
        FROM "AuditLog" a
        LEFT JOIN "User" u ON u.id = a."actorId"
       WHERE ${all(conditions(filters))}
       ${NEWEST_FIRST}
       LIMIT ${limit}`;
  }
  const pattern = likePrefix(filters.actionPrefix);
  // ~<~ and ~>~ are text_pattern_ops' own order, so each step is one probe of the index.
  return Prisma.sql`
    WITH RECURSIVE actions(action) AS (
        (SELECT action FROM "AuditLog" WHERE action LIKE ${pattern} ORDER BY action USING ~<~ LIMIT 1)
      UNION ALL
        SELECT (SELECT n.action FROM "AuditLog" n WHERE n.action LIKE ${pattern} AND n.action ~>~ actions.action ORDER BY n.action USING ~<~ LIMIT 1)
          FROM actions
         WHERE actions.action IS NOT NULL
    )
    SELECT ${COLUMNS}
      FROM actions
     CROSS JOIN LATERAL (
       SELECT * FROM "AuditLog" a
        WHERE ${all([Prisma.sql`a.action = actions.action`, ...conditions({ ...filters, actionPrefix: null })])}
        ${NEWEST_FIRST}
        LIMIT ${limit}
     ) a
      LEFT JOIN "User" u ON u.id = a."actorId"
     WHERE actions.action IS NOT NULL
     ${NEWEST_FIRST}
     LIMIT ${limit}`;
}

/**
 * One page of the audit log, newest first, after the cursor. Ordered by (occurredAt, id), so
 * entries of one instant keep a stable order across pages; each filter has an index to walk
 * (see auditPageQuery).
 */
export async function loadAuditPage(filters: AuditFilters, client: Client = db, size = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const rows = await client.$queryRaw<Row[]>(auditPageQuery(filters, size));
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    entries: page.map(({ actorId, actorName, ...row }) => ({ ...row, actor: actorId === null ? null : { id: actorId, name: actorName ?? `#${actorId}` } })),
    next: rows.length > size && last ? { at: last.at, id: last.id } : null,
  };
}
