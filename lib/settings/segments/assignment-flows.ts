import { Prisma } from "@/generated/prisma/client";
import type { AssignmentFlow } from "@/lib/metrics/segment-assignment";
import { accountTargetSql, unattachedLeadTargetSql } from "./rule-sql";
import type { SegmentRule } from "./rules";

type Reader = { $queryRaw: <T>(query: Prisma.Sql) => Promise<T> };

export type AssignmentFlows = { accounts: AssignmentFlow<number>[]; leads: AssignmentFlow<number>[] };

/**
 * Accounts and leads counted by the segment they are in and the one the rules (in priority
 * order, `values[i]` standing for `rules[i]`) give them: two GROUP BY scans, nothing written.
 * A lead follows its account; a lead without one is placed by its own employee count.
 */
export async function loadAssignmentFlows(client: Reader, rules: readonly SegmentRule[], values: readonly number[]): Promise<AssignmentFlows> {
  const account = accountTargetSql(rules, values);
  const [accounts, leads] = await Promise.all([
    client.$queryRaw<AssignmentFlow<number>[]>(Prisma.sql`
      SELECT a."segmentId" AS "from", ${account.target} AS "to", count(*)::int AS records
        FROM "Account" a ${account.join}
       GROUP BY 1, 2`),
    client.$queryRaw<AssignmentFlow<number>[]>(Prisma.sql`
      SELECT l."segmentId" AS "from",
             CASE WHEN l."accountId" IS NULL THEN ${unattachedLeadTargetSql(rules, values)} ELSE ${account.target} END AS "to",
             count(*)::int AS records
        FROM "Lead" l LEFT JOIN "Account" a ON a.id = l."accountId" ${account.join}
       GROUP BY 1, 2`),
  ]);
  return { accounts, leads };
}
