import { Prisma } from "@/generated/prisma/client";
import { closedInPeriod } from "@/lib/metrics/queries/sales-closed";
import { dealsInScope } from "@/lib/metrics/queries/sales-scope";
import { z } from "zod";
import { defineDrill, type DrillDefinition } from "./definition";
import { enumParam } from "./params";

/**
 * Behind the what-if's measured sale step: the new-business deals closed in P, either the
 * won ones (the win rate's numerator, and the deals the default deal size averages) or all
 * closed ones (its denominator).
 */
const closedDeals = defineDrill({
  params: z.object({ outcome: enumParam(["WON", "CLOSED"]) }),
  resolve: ({ outcome }, { period, filters }) => ({
    kind: "DEAL",
    origin: "capacity",
    ids: Prisma.sql`SELECT d.id ${dealsInScope("NEW", filters)} ${closedInPeriod(period, outcome === "WON" ? "WON" : undefined)}`,
    title: (t) => t(`capacity.drill.deals.${outcome}`),
  }),
});

/** The capacity dashboard's drill-downs, by key. */
export const capacityDrills = {
  "capacity-deals": closedDeals,
} satisfies Record<string, DrillDefinition>;
