import { Prisma } from "@/generated/prisma/client";
import type { MqlOutcomeCount } from "../lead-quality";
import type { QueryClient } from "./client";
import type { PeriodQuery } from "./query-options";
import { at } from "./stage-sql";
import { transitionsInPeriod } from "./stage-flows";

/**
 * One row per lead that became an MQL in P (entered consideration, before as-of): `id`, the
 * `source` stamped on that move, its `outcome` and, for a rejection, the `reason`. The
 * outcome is the lead's next move after its last MQL entry in P, before as-of: on to a later
 * stage is ACCEPTED; back to awareness is REJECTED when sales rejected it (the lead's
 * rejection is that very move) and DEQUALIFIED otherwise (new MQL criteria); none is OPEN.
 * The quality table groups these rows; its drill-down selects from them.
 */
export function mqlOutcomeRows({ period, filters = {}, asOf }: PeriodQuery & { asOf: Date }): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id, e.source, o.outcome, CASE WHEN o.outcome = 'REJECTED' THEN l."rejectionReason"::text END AS reason
      FROM (
        SELECT DISTINCT ON (t."entityId") t."entityId" AS id, t.source::text AS source, t."occurredAt", t.id AS "transitionId"
          FROM "StageTransition" t
         WHERE ${transitionsInPeriod({ kind: "LEAD", period, filters })}
           AND t."toStage" = 'CONSIDERATION' AND t."occurredAt" < ${at(asOf)} AND t.source IS NOT NULL
         ORDER BY t."entityId", t."occurredAt" DESC, t.id DESC) e
      JOIN "Lead" l ON l.id = e.id
      LEFT JOIN LATERAL (
        SELECT n."toStage", n."occurredAt" FROM "StageTransition" n
         WHERE n."entityKind" = 'LEAD' AND n."entityId" = e.id
           AND (n."occurredAt", n.id) > (e."occurredAt", e."transitionId") AND n."occurredAt" < ${at(asOf)}
         ORDER BY n."occurredAt", n.id
         LIMIT 1) n ON true
      CROSS JOIN LATERAL (SELECT CASE
        WHEN n."toStage" IS NULL THEN 'OPEN'
        WHEN n."toStage" = 'AWARENESS' AND l."rejectedAt" = n."occurredAt" THEN 'REJECTED'
        WHEN n."toStage" = 'AWARENESS' THEN 'DEQUALIFIED'
        ELSE 'ACCEPTED' END AS outcome) o`;
}

/** MQLs of P by source, outcome and rejection reason. */
export async function mqlOutcomeCounts(client: QueryClient, query: PeriodQuery & { asOf: Date }): Promise<MqlOutcomeCount[]> {
  return client.$queryRaw<MqlOutcomeCount[]>`
    SELECT r.source, r.outcome, r.reason, count(*)::int AS leads
      FROM (${mqlOutcomeRows(query)}) r
     GROUP BY 1, 2, 3`;
}
