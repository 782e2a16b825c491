import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DrillContext } from "@/lib/drill/definition";
import { loadDrillPage } from "@/lib/drill/page";
import { resolveDrill } from "@/lib/drill/resolve";
import { MOVEMENT_DRILLS } from "@/lib/drill/retention";
import { COUNT_FIELD } from "@/lib/metrics/mrr-movements";
import { quarterPeriod, yearPeriod } from "@/lib/metrics/period";
import type { MetricFilters } from "@/lib/metrics/queries/filters";
import { loadRetentionMetrics, type RetentionMetrics } from "@/lib/metrics/queries/retention";
import { seedDemo } from "@/prisma/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Every retention figure that links to accounts must list exactly as many as it shows: the
// drill-downs select from the figures' own SQL, and this holds them to it over a demo company.
const endDate = new Date("2026-11-23T00:00:00Z");

const CASES: { name: string; context: DrillContext }[] = [
  { name: "Q3 2026, closed", context: { period: quarterPeriod(2026, 3), asOf: quarterPeriod(2026, 3).end, filters: {} } },
  { name: "2026 as of the end of the history", context: { period: yearPeriod(2026), asOf: endDate, filters: {} } },
  { name: "2025 in segment 2", context: { period: yearPeriod(2025), asOf: yearPeriod(2025).end, filters: { segmentIds: [2] } as MetricFilters } },
];

type Check = { figure: string; params: Record<string, string | number>; expected: number };

const month = (iso: string) => iso.slice(0, 7);

/** Every figure of the page with an account list behind it, and the count it shows. */
function figures(metrics: RetentionMetrics): Check[] {
  const checks: Check[] = [];
  const add = (figure: string, drill: string, params: Record<string, string | number>, expected: number) =>
    checks.push({ figure, params: { drill, ...params }, expected });

  for (const step of metrics.waterfall) add(`waterfall ${step.kind}`, "retention-movement", { movement: step.kind }, step.accounts);
  for (const row of metrics.movements) {
    for (const movement of MOVEMENT_DRILLS) {
      const expected =
        movement === "STARTING" ? row.customers.starting : movement === "ENDING" ? row.customers.ending : row.customers[COUNT_FIELD[movement]];
      add(`${month(row.month)} ${movement}`, "retention-movement", { movement, month: month(row.month) }, expected);
    }
  }
  const { base } = metrics.retention;
  add("base at the start", "retention-base", { part: "start" }, base.customersAtStart);
  add("base expanded", "retention-base", { part: "expanded" }, base.expandedCustomers);
  add("base contracted", "retention-base", { part: "contracted" }, base.contractedCustomers);
  add("churned logos", "retention-base", { part: "churned" }, base.churnedCustomers);
  for (const cohort of metrics.cohorts) {
    add(`cohort ${month(cohort.cohortMonth)}`, "retention-cohort", { cohort: month(cohort.cohortMonth) }, cohort.customers);
    for (const cell of cohort.cells) {
      add(`cohort ${month(cohort.cohortMonth)} +${cell.monthsSinceStart}`, "retention-cohort", { cohort: month(cohort.cohortMonth), age: cell.monthsSinceStart }, cell.customers);
    }
  }
  const ttv = metrics.timeToValue;
  add("onboarding accounts", "retention-onboarding", { outcome: "all" }, ttv.accounts);
  add("onboarding reached", "retention-onboarding", { outcome: "reached" }, ttv.reachedAccounts);
  add("onboarding not reached", "retention-onboarding", { outcome: "notReached" }, ttv.notReachedAccounts);
  for (const day of ttv.histogram) {
    add(`onboarding day ${day.days} reached`, "retention-onboarding", { outcome: "reached", day: day.days }, day.reachedAccounts);
    add(`onboarding day ${day.days} not reached`, "retention-onboarding", { outcome: "notReached", day: day.days }, day.notReachedAccounts);
  }
  for (const row of metrics.revenueByCustomerAge) {
    add(`${month(row.month)} new customers`, "retention-customer-age", { customers: "new", month: month(row.month) }, row.newCustomers);
    add(`${month(row.month)} existing customers`, "retention-customer-age", { customers: "existing", month: month(row.month) }, row.existingCustomers);
  }
  return checks;
}

describe("retention drill-downs list exactly the accounts their figures count", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.url, { seed: 7, leads: 3_000, endDate });
  }, 120_000);
  afterAll(() => database.drop());

  const drillCount = async (params: Record<string, string | number>, context: DrillContext) => {
    const record = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
    const set = resolveDrill(record, context);
    if (!set) throw new Error(`no drill-down for ${JSON.stringify(params)}`);
    expect(set).toMatchObject({ kind: "ACCOUNT", origin: "retention" });
    const [page, [distinct]] = await Promise.all([
      loadDrillPage(database.prisma, set),
      database.prisma.$queryRaw<{ rows: number; ids: number }[]>`SELECT count(*)::int AS rows, count(DISTINCT id)::int AS ids FROM (${set.ids}) d`,
    ]);
    // Each account once: a list with a duplicate would match a figure that double counts.
    expect(distinct!.rows).toBe(distinct!.ids);
    return page.total;
  };

  it.each(CASES)("$name", async ({ context }) => {
    const metrics = await loadRetentionMetrics(database.prisma, context);
    const checks = figures(metrics);
    const listed = await Promise.all(checks.map((check) => drillCount(check.params, context)));
    expect(Object.fromEntries(checks.map((check, index) => [check.figure, listed[index]]))).toEqual(
      Object.fromEntries(checks.map((check) => [check.figure, check.expected])),
    );
    // The comparison means something only if the figures are not all zero.
    const nonZero = new Set(checks.filter((check) => check.expected > 0).map((check) => String(check.params.drill)));
    expect([...nonZero].sort()).toEqual(["retention-base", "retention-cohort", "retention-customer-age", "retention-movement", "retention-onboarding"]);
  });

  it("lists nothing for a month the figures do not cover", async () => {
    const context = CASES[0]!.context;
    expect(await drillCount({ drill: "retention-movement", movement: "NEW", month: "2026-10" }, context)).toBe(0);
    expect(await drillCount({ drill: "retention-customer-age", customers: "existing", month: "2026-06" }, context)).toBe(0);
  });

  it("refuses parameters it does not know", () => {
    const context = CASES[0]!.context;
    expect(resolveDrill({ drill: "retention-movement", movement: "UNCHANGED" }, context)).toBeNull();
    expect(resolveDrill({ drill: "retention-base", part: "all" }, context)).toBeNull();
    expect(resolveDrill({ drill: "retention-cohort", cohort: "2026-13" }, context)).toBeNull();
    expect(resolveDrill({ drill: "retention-onboarding", outcome: "reached", day: "-1" }, context)).toBeNull();
  });
});
