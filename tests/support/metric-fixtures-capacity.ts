import type { Stage } from "@/generated/prisma/enums";
import { FunnelFixture, utc } from "./metric-fixtures-funnel";

const HOUR = 3_600_000;

/** An instant in March 2026: the day of the month and an hour of it. */
export function march(day: number, hour = 0): Date {
  return new Date(utc(`2026-03-${String(day).padStart(2, "0")}`).getTime() + hour * HOUR);
}

/**
 * The capacity scenario, March 2026, segment 1: accounts 1–20 enter awareness; 1–10 move on
 * to consideration, 1–6 to comparison, 1–3 through purchase, onboarding and impact to
 * expansion; account 21 is placed straight into comparison; account 22 entered awareness
 * in February.
 * Owners: team 1 (capacity 14) awareness in both segments; team 2 (8) consideration and
 * comparison in segment 1; team 3 (3) consideration in segment 2.
 * Callers add rows of their own to the returned fixture.
 */
export function capacityMarch(): FunnelFixture {
  const f = new FunnelFixture();
  const [seg1, seg2] = [f.segment(), f.segment()];
  const [team1, team2, team3] = [f.team(14), f.team(8), f.team(3)];
  f.owner("AWARENESS", seg1, team1);
  f.owner("AWARENESS", seg2, team1);
  f.owner("CONSIDERATION", seg1, team2);
  f.owner("COMPARISON", seg1, team2);
  f.owner("CONSIDERATION", seg2, team3);
  for (let i = 1; i <= 20; i++) {
    const id = f.account({ segmentId: seg1 });
    const steps: [Stage, Date][] = [["AWARENESS", march(1, i)]];
    if (i <= 10) steps.push(["CONSIDERATION", march(10, i)]);
    if (i <= 6) steps.push(["COMPARISON", march(15, i)]);
    if (i <= 3) steps.push(["PURCHASE", march(20, i)], ["ONBOARDING", march(22, i)], ["IMPACT", march(25, i)], ["EXPANSION", march(28, i)]);
    f.trail("ACCOUNT", id, { segmentId: seg1 }, steps);
  }
  f.trail("ACCOUNT", f.account({ segmentId: seg1 }), { segmentId: seg1 }, [["COMPARISON", march(5)]]);
  f.trail("ACCOUNT", f.account({ segmentId: seg1 }), { segmentId: seg1 }, [["AWARENESS", utc("2026-02-10")]]);
  return f;
}
