import { z } from "zod";
import { LeadSource, LeadStatus, Stage } from "@/generated/prisma/enums";
import { first, list, toRecord, type SearchParamsInput } from "./url-params";

export const LEAD_STAGES = Object.values(Stage);
export const LEAD_STATUSES = Object.values(LeadStatus);
export const LEAD_LIST_SOURCES = Object.values(LeadSource);

export const LEAD_SORTS = ["created", "name", "company", "fit", "engagement"] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Names and companies read A→Z by default; dates and scores show the newest or highest first. */
export const DEFAULT_DIRECTION: Record<LeadSort, SortDirection> = {
  created: "desc",
  name: "asc",
  company: "asc",
  fit: "desc",
  engagement: "desc",
};

/** The value kinds of each sort's key, before the id that breaks ties; `text?` may be null. */
export const SORT_KEY_KINDS = {
  created: ["date"],
  name: ["text", "text"],
  company: ["text?"],
  fit: ["int"],
  engagement: ["int"],
} as const satisfies Record<LeadSort, readonly ("date" | "text" | "text?" | "int")[]>;

export type SortKeyValue = string | number | null;

/** Where a page starts: the last row of the previous page, by its sort key and id. */
export interface LeadCursor {
  key: SortKeyValue[];
  id: number;
}

export const UNASSIGNED = "unassigned";

export interface LeadListView {
  stages: Stage[];
  statuses: LeadStatus[];
  sources: LeadSource[];
  segmentIds: number[];
  ownerIds: number[];
  /** Leads with no owner, alongside any `ownerIds`. */
  unassigned: boolean;
  /** Calendar days (YYYY-MM-DD, UTC), both included. */
  from?: string;
  to?: string;
  q?: string;
  sort: LeadSort;
  dir: SortDirection;
  after?: LeadCursor;
}

const KEY_SCHEMAS = {
  date: z.iso.datetime(),
  text: z.string(),
  "text?": z.string().nullable(),
  int: z.number().int(),
} as const;

const ID = z.number().int().positive();

/** A cursor as it sits in the URL: base64url JSON of the sort key followed by the id. */
export function encodeCursor(cursor: LeadCursor): string {
  return Buffer.from(JSON.stringify([...cursor.key, cursor.id])).toString("base64url");
}

/** The cursor in `after` for this sort, or undefined when it is unreadable or from another sort. */
export function decodeCursor(after: string, sort: LeadSort): LeadCursor | undefined {
  const kinds = SORT_KEY_KINDS[sort];
  const schema = z.tuple([...kinds.map((kind) => KEY_SCHEMAS[kind]), ID] as unknown as [z.ZodType]);
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(after, "base64url").toString("utf8")));
    if (!parsed.success) return undefined;
    const values = parsed.data as SortKeyValue[];
    return { key: values.slice(0, -1), id: values.at(-1) as number };
  } catch {
    return undefined;
  }
}

const ids = (values: string[]) => [...new Set(values.filter((value) => /^[1-9]\d{0,8}$/.test(value)).map(Number))].sort((a, b) => a - b);
const oneOf = <T extends string>(options: readonly T[]) =>
  z.preprocess(list, z.array(z.string())).transform((values) => options.filter((option) => values.includes(option)));
const day = z.preprocess(first, z.iso.date().optional().catch(undefined));

// Every field has its own fallback, so a stale bookmark or a hand-edited URL still opens the list.
const schema = z.object({
  stage: oneOf(LEAD_STAGES),
  status: oneOf(LEAD_STATUSES),
  source: oneOf(LEAD_LIST_SOURCES),
  segment: z.preprocess(list, z.array(z.string())).transform(ids),
  owner: z.preprocess(list, z.array(z.string())).transform((values) => ({ ids: ids(values), unassigned: values.includes(UNASSIGNED) })),
  from: day,
  to: day,
  q: z.preprocess(first, z.string().optional().catch(undefined)).transform((value) => value?.trim().slice(0, 100) || undefined),
  sort: z.preprocess(first, z.enum(LEAD_SORTS).catch("created")),
  dir: z.preprocess(first, z.enum(SORT_DIRECTIONS).optional().catch(undefined)),
  after: z.preprocess(first, z.string().max(1000).optional().catch(undefined)),
});

/** The list's view in the URL; anything unreadable falls back to its default, it never throws. */
export function parseLeadListView(input: SearchParamsInput): LeadListView {
  const parsed = schema.parse(toRecord(input));
  const after = parsed.after ? decodeCursor(parsed.after, parsed.sort) : undefined;
  return {
    stages: parsed.stage,
    statuses: parsed.status,
    sources: parsed.source,
    segmentIds: parsed.segment,
    ownerIds: parsed.owner.ids,
    unassigned: parsed.owner.unassigned,
    ...(parsed.from ? { from: parsed.from } : {}),
    ...(parsed.to ? { to: parsed.to } : {}),
    ...(parsed.q ? { q: parsed.q } : {}),
    sort: parsed.sort,
    dir: parsed.dir ?? DEFAULT_DIRECTION[parsed.sort],
    ...(after ? { after } : {}),
  };
}

/** The view as a query string without "?"; defaults are left out, so the plain URL is the default view. */
export function leadListQuery(view: LeadListView): string {
  const params = new URLSearchParams();
  for (const stage of view.stages) params.append("stage", stage);
  for (const status of view.statuses) params.append("status", status);
  for (const source of view.sources) params.append("source", source);
  for (const id of view.segmentIds) params.append("segment", String(id));
  for (const id of view.ownerIds) params.append("owner", String(id));
  if (view.unassigned) params.append("owner", UNASSIGNED);
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  if (view.q) params.set("q", view.q);
  if (view.sort !== "created") params.set("sort", view.sort);
  if (view.dir !== DEFAULT_DIRECTION[view.sort]) params.set("dir", view.dir);
  if (view.after) params.set("after", encodeCursor(view.after));
  return params.toString();
}

/** `%text%` for ILIKE, with the pattern characters in `text` matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
