import { Prisma } from "@/generated/prisma/client";
import { usesDealSize, type SegmentRule } from "./rules";

/*
 * The rules of rules.ts as SQL, so that previews and re-assignments run as one set-based
 * statement. A comparison with NULL is not true, so an unknown value fails every bounded
 * range exactly as `inRange` says.
 */

function range(value: Prisma.Sql | null, min: number | null, max: number | null): Prisma.Sql[] {
  if (min === null && max === null) return [];
  if (value === null) return [Prisma.sql`FALSE`];
  return [...(min === null ? [] : [Prisma.sql`${value} >= ${min}`]), ...(max === null ? [] : [Prisma.sql`${value} <= ${max}`])];
}

/**
 * The value (`values[i]` for `rules[i]`, rules in priority order) of the first rule that
 * catches the subject, else NULL. `dealAmount` null: the subject has no deal size at all.
 */
export function ruleCaseSql(rules: readonly SegmentRule[], values: readonly number[], subject: { employees: Prisma.Sql; dealAmount: Prisma.Sql | null }): Prisma.Sql {
  if (rules.length === 0) return Prisma.sql`NULL::int`;
  const branches = rules.map((rule, index) => {
    const conditions = [
      ...range(subject.employees, rule.minEmployees, rule.maxEmployees),
      ...range(subject.dealAmount, rule.minDealAmountMinor, rule.maxDealAmountMinor),
    ];
    const when = conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
    return Prisma.sql`WHEN ${when} THEN ${values[index]!}::int`;
  });
  return Prisma.sql`(CASE ${Prisma.join(branches, " ")} ELSE NULL END)`;
}

/** An account's deal size: its largest deal that is open or won, joined in only when a rule looks at it. */
export function dealSizeJoin(rules: readonly SegmentRule[], account: Prisma.Sql): { join: Prisma.Sql; amount: Prisma.Sql | null } {
  if (!usesDealSize(rules)) return { join: Prisma.empty, amount: Prisma.sql`NULL::int` };
  return {
    join: Prisma.sql`LEFT JOIN (SELECT "accountId", max("amountMinor") AS amount FROM "Deal" WHERE status <> 'LOST' GROUP BY "accountId") deal_size ON deal_size."accountId" = ${account}`,
    amount: Prisma.sql`deal_size.amount`,
  };
}

/** Where each account belongs under the rules: SQL for the value of its rule, with the join it needs. */
export function accountTargetSql(rules: readonly SegmentRule[], values: readonly number[]) {
  const deal = dealSizeJoin(rules, Prisma.sql`a.id`);
  return { join: deal.join, target: ruleCaseSql(rules, values, { employees: Prisma.sql`a.employees`, dealAmount: deal.amount }) };
}

/** Where a lead without an account belongs: the rules on its own employee count; it has no deal size. */
export function unattachedLeadTargetSql(rules: readonly SegmentRule[], values: readonly number[]) {
  return ruleCaseSql(rules, values, { employees: Prisma.sql`l.employees`, dealAmount: null });
}
