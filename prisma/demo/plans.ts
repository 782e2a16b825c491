import type { Channel } from "@/generated/prisma/enums";
import type { AccountState } from "./account";
import { DAY, HOUR, yearStart, type Ms } from "./calendar";
import type { ProductLine } from "./company";
import type { Random } from "./random";
import type { AccountRow } from "./rows";
import type { Sim } from "./setup";

/** What key-account plans aim to sell, when and through which channel. */
const PLAN_LINES: readonly { line: ProductLine; chance: number; quarters: readonly number[]; channels: readonly Channel[]; theme: string }[] = [
  // Most plans want Analytics after the summer: the theme marketing should prepare for.
  { line: "Analytics", chance: 0.7, quarters: [3, 4], channels: ["IN_PERSON", "EVENT"], theme: "Analytics in H2" },
  { line: "Integrations", chance: 0.45, quarters: [1, 2], channels: ["IN_PERSON", "EMAIL"], theme: "ERP integrations in H1" },
  { line: "Platform", chance: 0.5, quarters: [2, 3, 4], channels: ["IN_PERSON", "PHONE"], theme: "Roll-out to new regions" },
  { line: "Services", chance: 0.35, quarters: [1, 2, 3, 4], channels: ["PHONE", "EMAIL"], theme: "Field service process review" },
];

const EXTRA_THEMES = ["Mobile app for subcontractors", "Sustainability reporting", "Predictive maintenance pilot", "Customer portal for building owners"];

/**
 * Yearly account plans for key accounts that are customers at the end of the history: the
 * current year's (active) and, where the account was a customer then, last year's (closed).
 */
export function emitPlans(sim: Sim, acct: AccountState, account: AccountRow, acv: number): void {
  if (account.tier !== "KEY" || account.stage === "CHURNED" || account.customerSince === null) return;
  const end = sim.setup.window.end;
  const thisYear = yearStart(end);
  const lastYear = yearStart(thisYear - DAY);
  for (const periodStart of [lastYear, thisYear]) {
    const current = periodStart === thisYear;
    const drafted = Math.max(periodStart - acct.rng.float(10, 40) * DAY, account.customerSince + 30 * DAY);
    if (drafted >= end || drafted > periodStart + 120 * DAY) continue;
    const periodEnd = yearStart(periodStart + 400 * DAY) - DAY;
    emitPlan(sim, acct.rng, account, acv, periodStart, periodEnd, drafted, current ? "ACTIVE" : "CLOSED", current ? drafted : Math.min(periodEnd + 5 * DAY, end - HOUR));
  }
}

function emitPlan(
  sim: Sim,
  rng: Random,
  account: AccountRow,
  acv: number,
  periodStart: Ms,
  periodEnd: Ms,
  createdAt: Ms,
  status: "ACTIVE" | "CLOSED",
  updatedAt: Ms,
): void {
  const planId = sim.ids.next("accountPlan");
  const themes: string[] = [];
  for (const spec of PLAN_LINES) {
    if (!rng.chance(spec.chance)) continue;
    themes.push(spec.theme);
    const channel = rng.pick(spec.channels);
    const quarters = spec.quarters.filter(() => rng.chance(0.7));
    if (quarters.length === 0) quarters.push(rng.pick(spec.quarters));
    for (const quarter of quarters) {
      sim.out.accountPlanTarget.push({
        id: sim.ids.next("accountPlanTarget"),
        planId,
        productLine: spec.line,
        channel,
        quarter,
        amountMinor: Math.round((acv * rng.float(0.04, 0.15)) / 10_000) * 10_000,
      });
    }
  }
  if (rng.chance(0.4)) themes.push(rng.pick(EXTRA_THEMES));
  sim.out.accountPlan.push({
    id: planId,
    accountId: account.id,
    periodStart,
    periodEnd,
    status,
    ownerId: account.ownerId,
    themes,
    notes: themes.length > 0 ? `Focus: ${themes.join("; ")}` : null,
    version: status === "CLOSED" ? 3 : 2,
    createdAt,
    updatedAt: Math.max(createdAt, updatedAt),
  });
}
