import { z } from "zod";
import { EntityKind } from "@/generated/prisma/enums";
import { LIST_PATH } from "@/lib/records/paths";

export const RECORD_KINDS = Object.values(EntityKind);


export const VIEW_NAME_MAX = 80;
/** Far above any real view (every filter of the leads list ticked is under 600 characters). */
export const VIEW_QUERY_MAX = 2000;

/**
 * Params of a list URL that say where a page starts rather than what the view is: a saved
 * view always opens at its first page.
 */
const PAGE_PARAMS = ["after"];

/**
 * A list's query string as a view keeps it: no leading "?", no page cursor, no empty
 * values, so two saves of the same view store the same text.
 */
export function normaliseViewQuery(query: string): string {
  const params = new URLSearchParams(query.trim().replace(/^\?/, ""));
  const kept = new URLSearchParams();
  for (const [key, value] of params) {
    if (!PAGE_PARAMS.includes(key) && value.trim() !== "") kept.append(key, value);
  }
  return kept.toString();
}

/** The list URL a saved view opens. */
export function savedViewHref(kind: EntityKind, query: string): string {
  return query ? `${LIST_PATH[kind]}?${query}` : LIST_PATH[kind];
}

const viewName = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(/\s+/g, " ") : value),
  z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(VIEW_NAME_MAX, { error: "validation.tooLong" }),
);

const viewQuery = z
  .string()
  .max(VIEW_QUERY_MAX * 2, { error: "recordViews.queryTooLong" })
  .transform(normaliseViewQuery)
  .pipe(z.string().max(VIEW_QUERY_MAX, { error: "recordViews.queryTooLong" }));

const viewId = z.coerce.number().int().positive();

/** A form's "yes" (a submit button's value or a ticked box), anything else no. */
const flag = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());

export const saveViewSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  name: viewName,
  query: viewQuery.default(""),
  /** Replace the user's view of the same name; without it a taken name is a conflict. */
  replace: flag,
});

export const renameViewSchema = z.object({ id: viewId, name: viewName });

export const deleteViewSchema = z.object({ id: viewId });

export type SaveViewInput = z.output<typeof saveViewSchema>;
export type RenameViewInput = z.output<typeof renameViewSchema>;
