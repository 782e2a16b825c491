import { Prisma } from "@/generated/prisma/client";
import { newCustomerAccounts, segmentRevenuePairs } from "@/lib/metrics/queries/economics-customers";
import { observedPeriod } from "@/lib/metrics/queries/retention-period";
import { wonDealsInPeriod } from "@/lib/metrics/queries/sales-cycle";
import { z } from "zod";
import { defineDrill, type DrillContext, type DrillDefinition } from "./definition";
import { stageParam } from "./params";
import { stageEntries } from "./stage";

// A segment's figures link with the dashboard filters narrowed to that segment, so these
// lists take the segment from the filters like every figure does; none needs a parameter.
const noParams = z.object({});

const NO_RECORDS = Prisma.sql`SELECT NULL::int AS id WHERE false`;

/** The churned or paying accounts of the months of P begun by as-of, as the revenue figures count them. */
function revenueAccounts({ period, asOf, filters }: DrillContext, which: "churned" | "paying"): Prisma.Sql {
  const observed = observedPeriod(period, asOf);
  if (!observed) return NO_RECORDS;
  const revenue = segmentRevenuePairs(observed, filters);
  return Prisma.sql`SELECT DISTINCT p.account AS id FROM (${revenue.pairs}) p WHERE ${revenue[which]}`;
}

/** The segments dashboard's drill-downs, by key. */
export const segmentsDrills = {
  /** Behind new customers and CAC: accounts whose first NEW deal was won in P. */
  "segments-new-customers": defineDrill({
    params: noParams,
    resolve: (_, { period, filters }) => ({
      kind: "ACCOUNT",
      origin: "segments",
      ids: Prisma.sql`SELECT n.id FROM (${newCustomerAccounts(period, filters)}) n`,
      title: (t) => t("segments.drill.newCustomers"),
    }),
  }),
  /** Behind average deal size and sales cycle: NEW deals won in P. */
  "segments-new-deals": defineDrill({
    params: noParams,
    resolve: (_, { period, filters }) => ({
      kind: "DEAL",
      origin: "segments",
      ids: Prisma.sql`SELECT d.id ${wonDealsInPeriod(period, "NEW", filters)}`,
      title: (t) => t("segments.drill.newDeals"),
    }),
  }),
  /** Behind churned customers: accounts whose MRR fell to 0 in P. */
  "segments-churned": defineDrill({
    params: noParams,
    resolve: (_, context) => ({
      kind: "ACCOUNT",
      origin: "segments",
      ids: revenueAccounts(context, "churned"),
      title: (t) => t("segments.drill.churned"),
    }),
  }),
  /** Behind paying customers, MRR and LTV: accounts paying in P's last month. */
  "segments-paying": defineDrill({
    params: noParams,
    resolve: (_, context) => ({
      kind: "ACCOUNT",
      origin: "segments",
      ids: revenueAccounts(context, "paying"),
      title: (t) => t("segments.drill.paying"),
    }),
  }),
  /** Behind a sales-model cell's inflow: the accounts that entered the stage in P (stage-entries, back to this page). */
  "segments-stage-entries": defineDrill({
    params: z.object({ stage: stageParam }),
    resolve: ({ stage }, context) => ({ ...stageEntries.resolve({ kind: "ACCOUNT", stage }, context), origin: "segments" }),
  }),
} satisfies Record<string, DrillDefinition>;
