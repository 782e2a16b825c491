import { z } from "zod";
import { first } from "./url-params";

/** The record kinds the capacity chain can count: accounts over the whole bow-tie, or leads up to comparison. */
export const CAPACITY_KINDS = ["ACCOUNT", "LEAD"] as const;
export type CapacityKind = (typeof CAPACITY_KINDS)[number];

/** The URL parameter that picks the kind; absent, the bow-tie's own record, the account. */
export const KIND_PARAM = "kind";
const DEFAULT_KIND: CapacityKind = "ACCOUNT";

const schema = z.preprocess(first, z.enum(CAPACITY_KINDS).catch(DEFAULT_KIND));

/** The kind in the URL; anything else is the default. */
export function parseCapacityKind(input: Record<string, unknown>): CapacityKind {
  return schema.parse(input[KIND_PARAM]);
}

/** The kind as a query string without "?", empty for the default so the plain page URL stays the default view. */
export function capacityKindQuery(kind: CapacityKind): string {
  return kind === DEFAULT_KIND ? "" : new URLSearchParams({ [KIND_PARAM]: kind }).toString();
}
