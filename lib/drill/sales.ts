import { Prisma } from "@/generated/prisma/client";
import { closedInPeriod } from "@/lib/metrics/queries/sales-closed";
import { dealsInScope } from "@/lib/metrics/queries/sales-scope";
import { z } from "zod";
import { defineDrill } from "./definition";
import { enumParam } from "./params";

/** Behind the win rate: the new-business deals won, or lost, in P (the same rows closedDeals counts). */
export const salesClosed = defineDrill({
  params: z.object({ status: enumParam(["WON", "LOST"]) }),
  resolve: ({ status }, { period, filters }) => ({
    kind: "DEAL",
    origin: "funnel",
    ids: Prisma.sql`SELECT d.id ${dealsInScope("NEW", filters)} ${closedInPeriod(period, status)}`,
    title: (t) => t(`drill.salesClosed.${status}`),
  }),
});
