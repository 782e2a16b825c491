import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { containsPattern, type LeadCursor, type LeadListView, type LeadSort, type SortKeyValue } from "@/lib/validation/lead-list";
import { inIdOrder } from "./id-order";

/** What a list of leads shows for each row. */
export const LEAD_LIST_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  company: true,
  source: true,
  status: true,
  stage: true,
  fitScore: true,
  engagementScore: true,
  createdAt: true,
  owner: { select: { name: true } },
} as const satisfies Prisma.LeadSelect;

export type RecentLead = Prisma.LeadGetPayload<{ select: typeof LEAD_LIST_SELECT }>;

/** The leads with these ids, in the order of `ids` (a drill-down or list page). */
export async function listLeadsByIds(ids: readonly number[], client: Pick<PrismaClient, "lead"> = db): Promise<RecentLead[]> {
  return inIdOrder(ids, await client.lead.findMany({ select: LEAD_LIST_SELECT, where: { id: { in: [...ids] } } }));
}

/** Rows on one page of the leads list. */
export const LEAD_PAGE_SIZE = 50;
/** The count stops here: counting every match of a broad filter over a million leads is slow. */
export const LEAD_COUNT_CAP = 10_000;

type LeadListClient = Pick<PrismaClient, "$queryRaw" | "lead">;

export interface LeadListPage {
  leads: RecentLead[];
  /** Matching leads, at most LEAD_COUNT_CAP + 1 (then shown as "more than the cap"). */
  total: number;
  /** Where the next page starts; null on the last. */
  next: LeadCursor | null;
}

// Each sort's key columns; the id breaks ties and follows the same direction, so one
// (key…, id) btree serves both directions.
const SORT_COLUMNS: Record<LeadSort, string[]> = {
  created: ["createdAt"],
  name: ["lastName", "firstName"],
  company: ["company"],
  fit: ["fitScore"],
  engagement: ["engagementScore"],
};

const column = (name: string) => Prisma.raw(`"${name}"`);
const UTC_DAY_MS = 86_400_000;

function filterSql(view: LeadListView): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (view.stages.length) parts.push(Prisma.sql`"stage" = ANY(${view.stages}::"Stage"[])`);
  if (view.statuses.length) parts.push(Prisma.sql`"status" = ANY(${view.statuses}::"LeadStatus"[])`);
  if (view.sources.length) parts.push(Prisma.sql`"source" = ANY(${view.sources}::"LeadSource"[])`);
  if (view.segmentIds.length) parts.push(Prisma.sql`"segmentId" = ANY(${view.segmentIds}::int[])`);
  if (view.ownerIds.length && view.unassigned) parts.push(Prisma.sql`("ownerId" = ANY(${view.ownerIds}::int[]) OR "ownerId" IS NULL)`);
  else if (view.ownerIds.length) parts.push(Prisma.sql`"ownerId" = ANY(${view.ownerIds}::int[])`);
  else if (view.unassigned) parts.push(Prisma.sql`"ownerId" IS NULL`);
  if (view.from) parts.push(Prisma.sql`"createdAt" >= ${new Date(`${view.from}T00:00:00Z`)}`);
  if (view.to) parts.push(Prisma.sql`"createdAt" < ${new Date(Date.parse(`${view.to}T00:00:00Z`) + UTC_DAY_MS)}`);
  if (view.q) {
    const pattern = containsPattern(view.q);
    parts.push(Prisma.sql`(("firstName" || ' ' || "lastName") ILIKE ${pattern} OR "email" ILIKE ${pattern}
      OR "company" ILIKE ${pattern} OR "companyDomain" ILIKE ${pattern})`);
  }
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

const keyValue = (value: SortKeyValue, sort: LeadSort) => (sort === "created" && typeof value === "string" ? new Date(value) : value);

/**
 * The stretches of the order that follow the cursor, each an index range. Postgres puts nulls
 * last ascending and first descending, as the (company, id) index is read either way; a
 * nullable key therefore continues past the cursor in two stretches, never with an OR that
 * would scan the index from its start.
 */
function keysetRanges(view: LeadListView): Prisma.Sql[] {
  const after = view.after;
  if (!after) return [Prisma.sql`TRUE`];
  const columns = SORT_COLUMNS[view.sort];
  const op = Prisma.raw(view.dir === "asc" ? ">" : "<");
  const id = after.id;
  if (view.sort === "company") {
    const company = after.key[0] ?? null;
    if (company === null) {
      return view.dir === "asc"
        ? [Prisma.sql`"company" IS NULL AND "id" > ${id}`]
        : [Prisma.sql`"company" IS NULL AND "id" < ${id}`, Prisma.sql`"company" IS NOT NULL`];
    }
    const beyond = Prisma.sql`("company", "id") ${op} (${company}, ${id})`;
    return view.dir === "asc" ? [beyond, Prisma.sql`"company" IS NULL`] : [beyond];
  }
  const keys = Prisma.join([...columns.map(column), column("id")]);
  const values = Prisma.join([...after.key.map((value) => keyValue(value, view.sort)), id]);
  return [Prisma.sql`(${keys}) ${op} (${values})`];
}

type KeyRow = Record<string, unknown> & { id: number };

function cursorOf(row: KeyRow, sort: LeadSort): LeadCursor {
  const key = SORT_COLUMNS[sort].map((name) => {
    const value = row[name];
    return value instanceof Date ? value.toISOString() : (value as SortKeyValue);
  });
  return { key, id: row.id };
}

/** One page of the leads matching the view, in its order, after its cursor (keyset, never OFFSET). */
export async function listLeadPage(view: LeadListView, client: LeadListClient = db, size = LEAD_PAGE_SIZE): Promise<LeadListPage> {
  const where = filterSql(view);
  const direction = Prisma.raw(view.dir === "asc" ? "ASC" : "DESC");
  const columns = SORT_COLUMNS[view.sort].map(column);
  const order = Prisma.join([...columns, column("id")].map((name) => Prisma.sql`${name} ${direction}`));
  const selected = Prisma.join([column("id"), ...columns]);
  const ranges = keysetRanges(view).map(
    (range, part) => Prisma.sql`(SELECT ${part}::int AS part, ${selected} FROM "Lead" WHERE ${where} AND ${range} ORDER BY ${order} LIMIT ${size + 1})`,
  );
  const [rows, counted] = await Promise.all([
    client.$queryRaw<KeyRow[]>`SELECT * FROM (${Prisma.join(ranges, " UNION ALL ")}) page ORDER BY part, ${order} LIMIT ${size + 1}`,
    client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Lead" WHERE ${where} LIMIT ${LEAD_COUNT_CAP + 1}) matching`,
  ]);
  const pageRows = rows.slice(0, size);
  const last = pageRows.at(-1);
  return {
    leads: await listLeadsByIds(pageRows.map((row) => row.id), client),
    total: counted[0]?.n ?? 0,
    next: rows.length > size && last ? cursorOf(last, view.sort) : null,
  };
}
