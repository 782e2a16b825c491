import { z } from "zod";

/*
 * The audit log's view, all of it in the URL: who, which actions (by prefix), which entity,
 * which days, and where the page starts. Anything unreadable in a hand-edited link is
 * dropped rather than refused, so the page always opens.
 */

/** Where the next page starts: the last entry shown, by its place in the order (time, id), newest first. */
export type AuditCursor = { at: Date; id: number };

export type AuditFilters = {
  /** A user's id, or "system" for entries no user made (migrations, the engine). */
  actor: number | "system" | null;
  actionPrefix: string | null;
  entityKind: string | null;
  entityId: string | null;
  /** Days (YYYY-MM-DD) in the teams' time zone, both inclusive. */
  from: string | null;
  to: string | null;
  after: AuditCursor | null;
};

export const AUDIT_PAGE_SIZE = 50;

const text = (max: number) =>
  z.preprocess((value) => (typeof value === "string" ? value.trim() : undefined), z.string().max(max).optional())
    .catch(undefined)
    .transform((value) => value || null);
const day = z.iso.date().optional().catch(undefined).transform((value) => value ?? null);

const schema = z.object({
  actor: z
    .union([z.literal("system"), z.coerce.number().int().positive().max(2_147_483_647)])
    .optional()
    .catch(undefined)
    .transform((value) => value ?? null),
  action: text(100),
  kind: text(50),
  entity: text(50),
  from: day,
  to: day,
  after: z.string().optional().catch(undefined).transform((value) => parseAuditCursor(value)),
});

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseAuditFilters(params: Params): AuditFilters {
  const entries = params instanceof URLSearchParams ? Object.fromEntries(params) : Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)]));
  const parsed = schema.parse(entries);
  return {
    actor: parsed.actor,
    actionPrefix: parsed.action,
    entityKind: parsed.kind,
    entityId: parsed.entity,
    from: parsed.from,
    to: parsed.to,
    after: parsed.after,
  };
}

/** The view as a query string (no leading "?"), in a fixed order so links compare equal. */
export function auditQuery(filters: AuditFilters): string {
  const params = new URLSearchParams();
  if (filters.actor !== null) params.set("actor", String(filters.actor));
  if (filters.actionPrefix) params.set("action", filters.actionPrefix);
  if (filters.entityKind) params.set("kind", filters.entityKind);
  if (filters.entityId) params.set("entity", filters.entityId);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.after) params.set("after", encodeAuditCursor(filters.after));
  return params.toString();
}

/** The cursor as it travels in a URL: `<epoch ms>.<id>`; timestamps are kept to the millisecond, so it is exact. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.at.getTime()}.${cursor.id}`;
}

export function parseAuditCursor(value: unknown): AuditCursor | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,15})\.(\d{1,10})$/.exec(value);
  if (!match) return null;
  const id = Number(match[2]);
  if (id > 2_147_483_647) return null;
  return { at: new Date(Number(match[1])), id };
}

/** A range that ends before it starts selects nothing; the page says so instead of guessing. */
export function datesReversed(filters: Pick<AuditFilters, "from" | "to">): boolean {
  return Boolean(filters.from && filters.to && filters.to < filters.from);
}
