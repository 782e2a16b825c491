import { Prisma } from "@/generated/prisma/client";
import { LeadSource, RejectionReason } from "@/generated/prisma/enums";
import { FUNNEL_STAGES } from "@/lib/bowtie/stages";
import { funnelCohortMembers } from "@/lib/metrics/queries/funnel-cohorts";
import { mqlOutcomeRows } from "@/lib/metrics/queries/mql-outcomes";
import { z } from "zod";
import { defineDrill, type DrillDefinition } from "./definition";
import { enumParam, monthOf, monthParam } from "./params";
import { salesClosed } from "./sales";
import { funnelSla, funnelUntouched } from "./speed";

const OUTCOMES = ["ACCEPTED", "REJECTED", "DEQUALIFIED", "OPEN"] as const;

/** Behind a cohort table cell: leads that entered the funnel in a month and got no further than a stage by as-of. */
const funnelCohort = defineDrill({
  params: z.object({ month: monthParam, furthest: enumParam(FUNNEL_STAGES as [string, ...string[]]) }),
  resolve: ({ month, furthest }, { asOf, filters }) => {
    const period = monthOf(month);
    return {
      kind: "LEAD",
      origin: "funnel",
      period,
      ids: Prisma.sql`SELECT c.id FROM (${funnelCohortMembers({ period, asOf, filters })}) c WHERE c.furthest = ${furthest}`,
      title: (t) => t("drill.funnelCohort", { stage: t(`stage.${furthest as (typeof FUNNEL_STAGES)[number]}`) }),
    };
  },
});

/**
 * Behind the MQL quality table: MQLs of P, optionally of one source, with one outcome and,
 * for rejections, one reason ("none" for a rejection without a recorded reason).
 */
const funnelMql = defineDrill({
  params: z.object({
    leadSource: enumParam(Object.values(LeadSource) as [LeadSource, ...LeadSource[]]).optional(),
    outcome: enumParam(OUTCOMES).optional(),
    reason: enumParam(["none", ...Object.values(RejectionReason)] as [string, ...string[]]).optional(),
  }),
  resolve: ({ leadSource, outcome, reason }, { period, asOf, filters }) => {
    const conditions = [
      leadSource ? Prisma.sql`r.source = ${leadSource}` : null,
      outcome ? Prisma.sql`r.outcome = ${outcome}` : null,
      reason === "none" ? Prisma.sql`r.reason IS NULL` : reason ? Prisma.sql`r.reason = ${reason}` : null,
    ].filter((condition) => condition !== null);
    return {
      kind: "LEAD",
      origin: "funnel",
      ids: Prisma.sql`SELECT r.id FROM (${mqlOutcomeRows({ period, filters, asOf })}) r
                       ${conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty}`,
      title: (t) => {
        const what = t(`drill.mql.${outcome ?? "ALL"}`);
        const parts = [what, leadSource && t(`leadSource.${leadSource}`), reason && reason !== "none" && t(`rejectionReason.${reason as RejectionReason}`)];
        return parts.filter(Boolean).join(" · ");
      },
    };
  },
});

/** The funnel dashboard's drill-downs, by key. */
export const funnelDrills = {
  "funnel-cohort": funnelCohort,
  "funnel-mql": funnelMql,
  "funnel-sla": funnelSla,
  "funnel-untouched": funnelUntouched,
  "sales-closed": salesClosed,
} satisfies Record<string, DrillDefinition>;
