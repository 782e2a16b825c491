import { Prisma } from "@/generated/prisma/client";
import type { PlainMessageKey } from "@/lib/i18n/translator";
import { newCustomerAccounts, segmentRevenuePairs } from "@/lib/metrics/queries/economics-customers";
import { observedPeriod } from "@/lib/metrics/queries/retention-period";
import { closedInPeriod } from "@/lib/metrics/queries/sales-closed";
import { dealsInScope } from "@/lib/metrics/queries/sales-scope";
import { z } from "zod";
import { defineDrill, type DrillContext, type DrillDefinition, type DrillRecordKind } from "./definition";
import { stageParam } from "./params";
import { stageEntries } from "./stage";

const NO_RECORDS = Prisma.sql`SELECT NULL::int AS id WHERE false`;

// A segment's figures link with the dashboard filters narrowed to that segment, so these
// lists take the segment from the filters like every figure does and need no parameter.
function segmentList(kind: DrillRecordKind, title: PlainMessageKey, ids: (context: DrillContext) => Prisma.Sql) {
  return defineDrill({
    params: z.object({}),
    resolve: (_, context) => ({ kind, origin: "segments", ids: ids(context), title: (t) => t(title) }),
  });
}

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
  "segments-new-customers": segmentList(
    "ACCOUNT",
    "segments.drill.newCustomers",
    ({ period, filters }) => Prisma.sql`SELECT n.id FROM (${newCustomerAccounts(period, filters)}) n`,
  ),
  /** Behind average deal size, sales cycle and NEW deals won: the rows of their won count and cycle histogram. */
  "segments-new-deals": segmentList(
    "DEAL",
    "segments.drill.newDeals",
    ({ period, filters }) => Prisma.sql`SELECT d.id ${dealsInScope("NEW", filters)} ${closedInPeriod(period, "WON")}`,
  ),
  /** Behind churned customers: accounts whose MRR fell to 0 in P. */
  "segments-churned": segmentList("ACCOUNT", "segments.drill.churned", (context) => revenueAccounts(context, "churned")),
  /** Behind paying customers, MRR and LTV: accounts paying in P's last month. */
  "segments-paying": segmentList("ACCOUNT", "segments.drill.paying", (context) => revenueAccounts(context, "paying")),
  /** Behind a sales-model cell's inflow: the accounts that entered the stage in P (stage-entries, back to this page). */
  "segments-stage-entries": defineDrill({
    params: z.object({ stage: stageParam }),
    resolve: ({ stage }, context) => ({ ...stageEntries.resolve({ kind: "ACCOUNT", stage }, context), origin: "segments" }),
  }),
} satisfies Record<string, DrillDefinition>;
