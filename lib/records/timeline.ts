import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { Channel, EntityKind, Stage, TouchpointType } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { fieldChanges, type FieldChange } from "./audit-changes";
import type { TimelineCursor, TimelineSource } from "./timeline-cursor";

export type TimelineEntry =
  | {
      source: "touchpoint";
      id: number;
      at: Date;
      type: TouchpointType;
      channel: Channel;
      campaign: { id: number; name: string } | null;
      user: string | null;
      note: string | null;
    }
  | {
      source: "transition";
      id: number;
      at: Date;
      from: Stage | null;
      to: Stage;
      reason: string | null;
      actor: string | null;
      criteriaVersion: number | null;
    }
  | { source: "audit"; id: number; at: Date; action: string; actor: string | null; changes: FieldChange[] };

export type TimelinePage = { entries: TimelineEntry[]; next: TimelineCursor | null };

/** Entries on one page of a timeline. */
export const TIMELINE_PAGE_SIZE = 25;

type Client = Pick<PrismaClient, "$queryRaw" | "touchpoint" | "stageTransition" | "auditLog" | "mqlCriteria">;
type KeyRow = { source: TimelineSource; id: number; at: Date };

const TOUCHPOINT_COLUMN: Record<EntityKind, Prisma.Sql> = {
  LEAD: Prisma.raw(`"leadId"`),
  CONTACT: Prisma.raw(`"contactId"`),
  ACCOUNT: Prisma.raw(`"accountId"`),
  DEAL: Prisma.raw(`"dealId"`),
};

/**
 * Each source's part of the page, newest first, after the cursor. Each branch is limited on
 * its own so it walks its (record, occurredAt) index and stops: a record with thousands of
 * touchpoints costs one page, not all of them. The order is (at, source, id), descending.
 */
function branches(kind: EntityKind, id: number, after: TimelineCursor | null, limit: number): Prisma.Sql {
  const beyond = (source: TimelineSource) =>
    after ? Prisma.sql`"occurredAt" <= ${after.at} AND ("occurredAt", ${source}::text, id) < (${after.at}, ${after.source}::text, ${after.id})` : Prisma.sql`TRUE`;
  const order = Prisma.sql`ORDER BY "occurredAt" DESC, id DESC LIMIT ${limit}`;
  return Prisma.sql`
    (SELECT 'touchpoint'::text AS source, id, "occurredAt" AS at FROM "Touchpoint"
      WHERE ${TOUCHPOINT_COLUMN[kind]} = ${id} AND ${beyond("touchpoint")} ${order})
    UNION ALL
    (SELECT 'transition'::text, id, "occurredAt" FROM "StageTransition"
      WHERE "entityKind" = ${kind}::"EntityKind" AND "entityId" = ${id} AND ${beyond("transition")} ${order})
    UNION ALL
    (SELECT 'audit'::text, id, "occurredAt" FROM "AuditLog"
      WHERE "entityKind" = ${kind} AND "entityId" = ${String(id)} AND action NOT LIKE '%.stage' AND ${beyond("audit")} ${order})`;
}

/**
 * One page of a record's history, newest first: its touchpoints, its stage transitions and
 * the field changes in its audit log. Stage moves' own audit entries are left out, since the
 * transition already tells that story with its reason and criteria version.
 */
export async function loadTimeline(
  kind: EntityKind,
  id: number,
  options: { after?: TimelineCursor | null; size?: number } = {},
  client: Client = db,
): Promise<TimelinePage> {
  const size = options.size ?? TIMELINE_PAGE_SIZE;
  const keys = await client.$queryRaw<KeyRow[]>`
    SELECT * FROM (${branches(kind, id, options.after ?? null, size + 1)}) entries
     ORDER BY at DESC, source DESC, id DESC LIMIT ${size + 1}`;
  const page = keys.slice(0, size);
  const idsOf = (source: TimelineSource) => page.filter((key) => key.source === source).map((key) => key.id);
  const [touchpoints, transitions, audits] = await Promise.all([
    loadTouchpoints(client, idsOf("touchpoint")),
    loadTransitions(client, idsOf("transition")),
    loadAudits(client, idsOf("audit")),
  ]);
  const byKey = new Map<string, TimelineEntry>([...touchpoints, ...transitions, ...audits].map((entry) => [`${entry.source}:${entry.id}`, entry]));
  const last = page.at(-1);
  return {
    entries: page.flatMap((key) => byKey.get(`${key.source}:${key.id}`) ?? []),
    next: keys.length > size && last ? { at: last.at, source: last.source, id: last.id } : null,
  };
}

async function loadTouchpoints(client: Client, ids: number[]): Promise<TimelineEntry[]> {
  if (ids.length === 0) return [];
  const rows = await client.touchpoint.findMany({
    where: { id: { in: ids } },
    select: { id: true, occurredAt: true, type: true, channel: true, note: true, campaign: { select: { id: true, name: true } }, user: { select: { name: true } } },
  });
  return rows.map((row) => ({
    source: "touchpoint",
    id: row.id,
    at: row.occurredAt,
    type: row.type,
    channel: row.channel,
    campaign: row.campaign,
    user: row.user?.name ?? null,
    note: row.note,
  }));
}

async function loadTransitions(client: Client, ids: number[]): Promise<TimelineEntry[]> {
  if (ids.length === 0) return [];
  const rows = await client.stageTransition.findMany({
    where: { id: { in: ids } },
    select: { id: true, occurredAt: true, fromStage: true, toStage: true, reason: true, criteriaVersionId: true, actor: { select: { name: true } } },
  });
  // The transition keeps the criteria row's id; people know criteria by their version number.
  const criteriaIds = [...new Set(rows.flatMap((row) => row.criteriaVersionId ?? []))];
  const criteria = criteriaIds.length
    ? await client.mqlCriteria.findMany({ where: { id: { in: criteriaIds } }, select: { id: true, version: true } })
    : [];
  const versionOf = new Map(criteria.map((row) => [row.id, row.version]));
  return rows.map((row) => ({
    source: "transition",
    id: row.id,
    at: row.occurredAt,
    from: row.fromStage,
    to: row.toStage,
    reason: row.reason,
    actor: row.actor?.name ?? null,
    criteriaVersion: row.criteriaVersionId === null ? null : (versionOf.get(row.criteriaVersionId) ?? null),
  }));
}

async function loadAudits(client: Client, ids: number[]): Promise<TimelineEntry[]> {
  if (ids.length === 0) return [];
  const rows = await client.auditLog.findMany({
    where: { id: { in: ids } },
    select: { id: true, occurredAt: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return rows.map((row) => ({
    source: "audit",
    id: row.id,
    at: row.occurredAt,
    action: row.action,
    actor: row.actor?.name ?? null,
    changes: fieldChanges(row.before, row.after),
  }));
}
