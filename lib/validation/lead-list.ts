import { decodeCursor as decodeListCursor } from "@/lib/records/list/cursor";
import type { ListCursor, ListView } from "@/lib/records/list/spec";
import { LEAD_LIST } from "@/lib/records/list/specs/leads";
import { listQuery, parseListView } from "@/lib/records/list/view";
import type { SearchParamsInput } from "./url-params";

// The leads list's view in the URL: the shared list codec applied to the leads' spec.

export { encodeCursor } from "@/lib/records/list/cursor";
export { containsPattern } from "@/lib/records/list/view";

export type { SortDirection } from "@/lib/records/list/spec";
export type LeadSort = keyof typeof LEAD_LIST.sorts;
export type LeadCursor = ListCursor;
export type LeadListView = ListView<typeof LEAD_LIST>;

/** The cursor in `after` for this sort, or undefined when it is unreadable or from another sort. */
export const decodeCursor = (after: string, sort: LeadSort): LeadCursor | undefined => decodeListCursor(after, LEAD_LIST.sorts[sort]);

/** The list's view in the URL; anything unreadable falls back to its default, it never throws. */
export const parseLeadListView = (input: SearchParamsInput): LeadListView => parseListView(LEAD_LIST, input);

/** The view as a query string without "?"; defaults are left out, so the plain URL is the default view. */
export const leadListQuery = (view: LeadListView): string => listQuery(LEAD_LIST, view);
