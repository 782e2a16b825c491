import { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { formatMonth } from "@/lib/i18n/format";
import { addMonths, monthsOf, type Period } from "@/lib/metrics/period";
import { retentionBaseMovements } from "@/lib/metrics/queries/retention-base";
import { cohortPayments } from "@/lib/metrics/queries/retention-cohorts";
import { payingByCustomerAge } from "@/lib/metrics/queries/retention-customer-age";
import { onboardingStays } from "@/lib/metrics/queries/retention-onboarding";
import { mrrPairs } from "@/lib/metrics/queries/retention-pairs";
import { monthRange, observedPeriod, sqlDate } from "@/lib/metrics/queries/retention-period";
import { defineDrill, type DrillContext, type DrillDefinition, type DrillSet } from "./definition";
import { enumParam, monthOf, monthParam } from "./params";
import { first } from "@/lib/validation/url-params";

export const MOVEMENT_DRILLS = ["STARTING", "NEW", "EXPANSION", "REACTIVATION", "CONTRACTION", "CHURN", "ENDING"] as const;
export const BASE_PARTS = ["start", "expanded", "contracted", "churned"] as const;
export const ONBOARDING_OUTCOMES = ["all", "reached", "notReached"] as const;
export const CUSTOMER_AGES = ["new", "existing"] as const;

/** A whole number from the URL: months since a cohort started, days of onboarding. */
const wholeParam = z.preprocess(first, z.coerce.number().int().min(0).max(10_000));

const NO_RECORDS = Prisma.sql`SELECT NULL::int AS id WHERE false`;

/** An account list of the retention dashboard; `period` when the figure is one month's. */
function accounts(ids: Prisma.Sql, title: DrillSet["title"], period?: Period): DrillSet {
  return { kind: "ACCOUNT", origin: "retention", ids, title, ...(period ? { period } : {}) };
}

/**
 * The months the MRR figures cover (P's months begun by as-of), or the one month of them a
 * monthly figure is for; null when there is none, or `month` is not one of them.
 */
function coveredMonths({ period, asOf }: DrillContext, month: string | undefined): Period | null {
  const observed = observedPeriod(period, asOf);
  if (!observed || month === undefined) return observed;
  const single = monthOf(month);
  return monthsOf(observed).some((covered) => covered.getTime() === single.start.getTime()) ? single : null;
}

/** Behind an MRR bridge figure, of a month or of the period: the accounts with that movement, or paying at its start or end. */
const movementDrill = defineDrill({
  params: z.object({ movement: enumParam(MOVEMENT_DRILLS), month: monthParam.optional() }),
  resolve: ({ movement, month }, context) => {
    const title: DrillSet["title"] = (t, locale) =>
      month === undefined
        ? t(`retention.drill.movement.${movement}`)
        : t(`retention.drill.movementMonth.${movement}`, { month: formatMonth(monthOf(month).start, locale, "long") });
    const months = coveredMonths(context, month);
    if (!months) return accounts(NO_RECORDS, title);
    const { first, last } = monthRange(months);
    // Starting and ending MRR are what the accounts paid before the first month and in the last.
    const condition =
      movement === "STARTING"
        ? Prisma.sql`month = ${sqlDate(first)} AND before > 0`
        : movement === "ENDING"
          ? Prisma.sql`month = ${sqlDate(last)} AND after > 0`
          : Prisma.sql`kind = ${movement}`;
    return accounts(
      Prisma.sql`SELECT DISTINCT account AS id FROM (${mrrPairs(first, last, context.filters)}) pairs WHERE ${condition}`,
      title,
      month === undefined ? undefined : months,
    );
  },
});

const BASE_CONDITION: Record<(typeof BASE_PARTS)[number], Prisma.Sql> = {
  start: Prisma.sql`starts`,
  expanded: Prisma.sql`kind = 'EXPANSION'`,
  contracted: Prisma.sql`kind = 'CONTRACTION'`,
  churned: Prisma.sql`kind = 'CHURN'`,
};

/** Behind the period's retention rates: the customers at its start, and those of them who expanded, contracted or churned (the churned logos). */
const baseDrill = defineDrill({
  params: z.object({ part: enumParam(BASE_PARTS) }),
  resolve: ({ part }, context) => {
    const title: DrillSet["title"] = (t) => t(`retention.drill.base.${part}`);
    const observed = observedPeriod(context.period, context.asOf);
    if (!observed) return accounts(NO_RECORDS, title);
    return accounts(
      Prisma.sql`SELECT DISTINCT account AS id FROM (${retentionBaseMovements(observed, context.filters)}) base
                  WHERE ${BASE_CONDITION[part]}`,
      title,
    );
  },
});

/** Behind a cohort's size (`age` 0 or absent) and a heatmap cell: the cohort's customers paying `age` months after their start month. */
const cohortDrill = defineDrill({
  params: z.object({ cohort: monthParam, age: wholeParam.optional() }),
  resolve: ({ cohort, age = 0 }, { period, asOf, filters }) => {
    const { start } = monthOf(cohort);
    return accounts(
      Prisma.sql`SELECT DISTINCT account AS id FROM (${cohortPayments(period, asOf, filters)}) payments
                  WHERE cohort = ${sqlDate(start)} AND month = ${sqlDate(addMonths(start, age))}`,
      (t, locale) =>
        age === 0
          ? t("retention.drill.cohort", { month: formatMonth(start, locale, "long") })
          : t("retention.drill.cohortCell", { month: formatMonth(start, locale, "long"), age }),
    );
  },
});

const OUTCOME_CONDITION: Record<(typeof ONBOARDING_OUTCOMES)[number], Prisma.Sql> = {
  all: Prisma.sql`true`,
  reached: Prisma.sql`reached`,
  notReached: Prisma.sql`NOT reached`,
};

/** Behind time to value: the accounts onboarding from a purchase in P, optionally by outcome and whole days of onboarding. */
const onboardingDrill = defineDrill({
  params: z.object({ outcome: enumParam(ONBOARDING_OUTCOMES).default("all"), day: wholeParam.optional() }),
  resolve: ({ outcome, day }, { period, asOf, filters }) => {
    const days = day === undefined ? Prisma.empty : Prisma.sql`AND days = ${day}::int`;
    return accounts(
      Prisma.sql`SELECT DISTINCT account AS id FROM (${onboardingStays(period, asOf, filters)}) stays
                  WHERE ${OUTCOME_CONDITION[outcome]} ${days}`,
      (t) => {
        const title = t(`retention.drill.onboarding.${outcome}`);
        return day === undefined ? title : t("retention.drill.onboardingDays", { title, days: day });
      },
    );
  },
});

/** Behind revenue from new and existing customers: the customers of that kind paying in the month. */
const customerAgeDrill = defineDrill({
  params: z.object({ customers: enumParam(CUSTOMER_AGES), month: monthParam }),
  resolve: ({ customers, month }, context) => {
    const { start } = monthOf(month);
    const title: DrillSet["title"] = (t, locale) => t(`retention.drill.customerAge.${customers}`, { month: formatMonth(start, locale, "long") });
    const observed = observedPeriod(context.period, context.asOf);
    const single = coveredMonths(context, month);
    // New or existing is decided against the whole period's start, so the month alone is not enough.
    if (!observed || !single) return accounts(NO_RECORDS, title);
    return accounts(
      Prisma.sql`SELECT DISTINCT account AS id FROM (${payingByCustomerAge(observed, context.filters)}) paying
                  WHERE month = ${sqlDate(start)} AND is_new = ${customers === "new"}`,
      title,
      single,
    );
  },
});

/** The retention dashboard's drill-downs, by key. */
export const retentionDrills = {
  "retention-movement": movementDrill,
  "retention-base": baseDrill,
  "retention-cohort": cohortDrill,
  "retention-onboarding": onboardingDrill,
  "retention-customer-age": customerAgeDrill,
} satisfies Record<string, DrillDefinition>;
