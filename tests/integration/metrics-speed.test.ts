import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthPeriod } from "@/lib/metrics/period";
import type { MetricFilters } from "@/lib/metrics/queries/filters";
import { speedToLeadBuckets } from "@/lib/metrics/queries/speed-to-lead";
import { speedToLead } from "@/lib/metrics/speed-to-lead";
import type { DurationBucket } from "@/lib/metrics/survival";
import { FunnelFixture, insertFixture, utc } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const MARCH = monthPeriod(2026, 3);

// Leads around March 2026; "ready" is the MQL time, or the creation when never MQL.
function speedLeads(): FunnelFixture {
  const fixture = new FunnelFixture();
  const [seg1, seg2] = [fixture.segment(), fixture.segment()];
  const team = fixture.team(10);
  const [user1, user2] = [fixture.user(team), fixture.user(null)];
  const lead = (row: Parameters<FunnelFixture["lead"]>[0]) => fixture.lead({ segmentId: seg1, ...row });
  // L1: ready 2 Mar 09:00, touched 11:30 → 2 h (2.5 floored)
  lead({ source: "WEB", ownerId: user1, createdAt: utc("2026-03-02T09:00"), firstTouchAt: utc("2026-03-02T11:30") });
  // L2: MQL 3 Mar 10:00, touched 5 Mar 10:00 → 48 h
  lead({ source: "DOWNLOAD", ownerId: user2, createdAt: utc("2026-02-20"), mqlAt: utc("2026-03-03T10:00"), firstTouchAt: utc("2026-03-05T10:00") });
  // L3: MQL in April: not ready in March
  lead({ source: "WEB", createdAt: utc("2026-03-10"), mqlAt: utc("2026-04-02") });
  // L4: created 20 Mar, never touched → censored at 1 Apr: 288 h
  lead({ source: "WEB", createdAt: utc("2026-03-20") });
  // L5: created 30 Mar, touched exactly at March's end → not by then: censored at 48 h
  lead({ source: "WEB", createdAt: utc("2026-03-30"), firstTouchAt: utc("2026-04-01") });
  // L6: a person called it before it qualified on 15 Mar → 0 h
  lead({ source: "TELEMARKETING", ownerId: user1, createdAt: utc("2026-02-01"), mqlAt: utc("2026-03-15"), firstTouchAt: utc("2026-02-05") });
  // L7: segment 2, referral: 5 Mar 00:00 → 6 Mar 05:00 = 29 h
  fixture.lead({ source: "REFERRAL", segmentId: seg2, ownerId: user2, createdAt: utc("2026-03-05"), firstTouchAt: utc("2026-03-06T05:00") });
  // L8: created 25 Feb, never MQL, never touched: February's
  lead({ source: "WEB", createdAt: utc("2026-02-25") });
  // L9: 31 Mar 12:00 → 23:59:59.999 = 11.99 h → 11 h
  lead({ source: "WEB", createdAt: utc("2026-03-31T12:00"), firstTouchAt: utc("2026-03-31T23:59:59.999") });
  return fixture;
}

describe("speedToLeadBuckets", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, speedLeads());
  });
  afterAll(() => database.drop());

  it("March: touched leads exit, untouched ones are censored at the period's end", async () => {
    const buckets = await speedToLeadBuckets(database.prisma, { period: MARCH });
    expect(buckets).toEqual([
      { hours: 0, exits: 1, censored: 0 }, // L6
      { hours: 2, exits: 1, censored: 0 }, // L1
      { hours: 11, exits: 1, censored: 0 }, // L9
      { hours: 29, exits: 1, censored: 0 }, // L7
      { hours: 48, exits: 1, censored: 1 }, // L2; L5 censored
      { hours: 288, exits: 0, censored: 1 }, // L4
    ]);
    // Kaplan–Meier: 6/7, 5/7, 4/7, then 3/7 ≤ ½ at 29 h; 2/7 at 48 h never reaches ¼.
    expect(speedToLead(buckets)).toEqual({ medianHours: 29, p75Hours: null, touched: 5, untouched: 2 });
  });

  it.each<[string, MetricFilters, DurationBucket[]]>([
    ["source REFERRAL", { sources: ["REFERRAL"] }, [{ hours: 29, exits: 1, censored: 0 }]],
    ["segment 2", { segmentIds: [2] }, [{ hours: 29, exits: 1, censored: 0 }]],
    ["owner 1", { ownerIds: [1] }, [{ hours: 0, exits: 1, censored: 0 }, { hours: 2, exits: 1, censored: 0 }]],
    ["team 1 (user 1)", { teamIds: [1] }, [{ hours: 0, exits: 1, censored: 0 }, { hours: 2, exits: 1, censored: 0 }]],
    ["owner 2", { ownerIds: [2] }, [{ hours: 29, exits: 1, censored: 0 }, { hours: 48, exits: 1, censored: 0 }]],
    ["owner 2 in segment 1", { ownerIds: [2], segmentIds: [1] }, [{ hours: 48, exits: 1, censored: 0 }]],
  ])("%s", async (_, filters, expected) => {
    expect(await speedToLeadBuckets(database.prisma, { period: MARCH, filters })).toEqual(expected);
  });

  it("as of 21 March, mid-period: waits are cut at as-of and later leads are not ready yet", async () => {
    const buckets = await speedToLeadBuckets(database.prisma, { period: MARCH, asOf: utc("2026-03-21") });
    expect(buckets).toEqual([
      { hours: 0, exits: 1, censored: 0 }, // L6
      { hours: 2, exits: 1, censored: 0 }, // L1
      { hours: 24, exits: 0, censored: 1 }, // L4: 20 Mar → 21 Mar, not 288 h to 1 Apr
      { hours: 29, exits: 1, censored: 0 }, // L7
      { hours: 48, exits: 1, censored: 0 }, // L2; L5 and L9 are ready only after as-of
    ]);
  });

  it("February: L8 waited 4 days by the month's end", async () => {
    expect(await speedToLeadBuckets(database.prisma, { period: monthPeriod(2026, 2) })).toEqual([{ hours: 96, exits: 0, censored: 1 }]);
  });
});
