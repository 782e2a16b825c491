import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quarterPeriod } from "@/lib/metrics/period";
import { sourceFactoryCounts } from "@/lib/metrics/queries/sources-factory";
import { FunnelFixture, insertFixture, utc } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const Q1 = quarterPeriod(2026, 1);
const AS_OF = utc("2026-05-01");

/**
 * Leads created in Q1 2026, followed to 1 May:
 *
 *   L1 WEB → consideration → comparison 20 Jan; D1 won 15 Feb; a meeting on D1 on 20 Jan
 *   L2 WEB → consideration → comparison 10 Feb; D2 open at PROPOSAL; its only meeting, on the lead, before acceptance
 *   L3 PARTNER, awareness only; the partner's introduction meeting on the lead at creation
 *   L4 PARTNER → comparison 2 Mar; D3 open at QUALIFICATION; a meeting on D3 on 5 Mar
 *   L5 WEB → comparison (skip) 12 Mar; D4 lost 1 Jun, after as-of; a meeting on the lead on 30 Apr
 *   L6 REFERRAL → comparison 21 Mar; D5 lost 10 Apr; its meeting on 2 May, after as-of
 */
function factoryData(): FunnelFixture {
  const f = new FunnelFixture();
  const user = f.user(null);
  const account = f.account();
  const d1 = f.deal({ accountId: account, status: "WON", openedAt: utc("2026-01-20T10:00"), closedAt: utc("2026-02-15") });
  const d2 = f.deal({ accountId: account, openedAt: utc("2026-02-12") });
  const d3 = f.deal({ accountId: account, openedAt: utc("2026-03-03") });
  const d4 = f.deal({ accountId: account, status: "LOST", openedAt: utc("2026-03-13"), closedAt: utc("2026-06-01") });
  const d5 = f.deal({ accountId: account, status: "LOST", openedAt: utc("2026-03-22"), closedAt: utc("2026-04-10") });

  const l1 = f.lead({ source: "WEB", createdAt: utc("2026-01-05"), convertedDealId: d1 });
  const l2 = f.lead({ source: "WEB", createdAt: utc("2026-02-01"), convertedDealId: d2 });
  const l3 = f.lead({ source: "PARTNER", createdAt: utc("2026-01-03") });
  const l4 = f.lead({ source: "PARTNER", createdAt: utc("2026-03-01"), convertedDealId: d3 });
  const l5 = f.lead({ source: "WEB", createdAt: utc("2026-03-10"), convertedDealId: d4 });
  const l6 = f.lead({ source: "REFERRAL", createdAt: utc("2026-03-20"), convertedDealId: d5 });
  f.trail("LEAD", l1, { source: "WEB" }, [["AWARENESS", utc("2026-01-05")], ["CONSIDERATION", utc("2026-01-10")], ["COMPARISON", utc("2026-01-20")]]);
  f.trail("LEAD", l2, { source: "WEB" }, [["AWARENESS", utc("2026-02-01")], ["CONSIDERATION", utc("2026-02-03")], ["COMPARISON", utc("2026-02-10")]]);
  f.trail("LEAD", l3, { source: "PARTNER" }, [["AWARENESS", utc("2026-01-03")]]);
  f.trail("LEAD", l4, { source: "PARTNER" }, [["AWARENESS", utc("2026-03-01")], ["COMPARISON", utc("2026-03-02")]]);
  f.trail("LEAD", l5, { source: "WEB" }, [["AWARENESS", utc("2026-03-10")], ["COMPARISON", utc("2026-03-12")]]);
  f.trail("LEAD", l6, { source: "REFERRAL" }, [["AWARENESS", utc("2026-03-20")], ["COMPARISON", utc("2026-03-21")]]);
  f.trail("DEAL", d1, { source: "WEB" }, [["COMPARISON", utc("2026-01-20T10:00")], ["PURCHASE", utc("2026-02-15")]]);

  f.touch({ type: "MEETING", occurredAt: utc("2026-01-20T11:00"), dealId: d1, userId: user });
  f.touch({ type: "MEETING", occurredAt: utc("2026-02-05"), leadId: l2, userId: user });
  f.touch({ type: "EMAIL", occurredAt: utc("2026-02-11"), leadId: l2, userId: user }); // not a meeting
  f.touch({ type: "MEETING", occurredAt: utc("2026-01-03"), leadId: l3, userId: user });
  f.touch({ type: "MEETING", occurredAt: utc("2026-03-05"), dealId: d3, userId: user });
  f.touch({ type: "MEETING", occurredAt: utc("2026-04-30"), leadId: l5, userId: user });
  f.touch({ type: "MEETING", occurredAt: utc("2026-05-02"), dealId: d5, userId: user });
  return f;
}

describe("sourceFactoryCounts: the Q1 lead cohort through the factory", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, factoryData());
    // The fixture's deals open at qualification; D2 has since sent its proposal.
    await database.pool.query(`UPDATE "Deal" SET "pipelineStage" = 'PROPOSAL' WHERE id = 2`);
  });
  afterAll(() => database.drop());

  it("counts leads, MQLs, accepted, meetings after acceptance, offers and wins by as-of", async () => {
    expect(await sourceFactoryCounts(database.prisma, { period: Q1, asOf: AS_OF })).toEqual([
      // L3 never moved on; L4 had its meeting on the deal, whose proposal is still to come.
      { source: "PARTNER", leads: 2, mqls: 1, accepted: 1, meetings: 1, offers: 0, won: 0 },
      // L6's deal was lost by as-of (an offer) but its meeting came after.
      { source: "REFERRAL", leads: 1, mqls: 1, accepted: 1, meetings: 0, offers: 1, won: 0 },
      // Meetings: L1 (on its deal) and L5 (on the lead), not L2's before acceptance. Offers: L1 won, L2 at proposal; L5's deal closed after as-of.
      { source: "WEB", leads: 3, mqls: 3, accepted: 3, meetings: 2, offers: 2, won: 1 },
    ]);
  });

  it("as of 1 April: L5's meeting and L6's loss had not happened yet", async () => {
    const rows = await sourceFactoryCounts(database.prisma, { period: Q1, asOf: utc("2026-04-01") });
    expect(rows.map(({ source, meetings, offers }) => [source, meetings, offers])).toEqual([
      ["PARTNER", 1, 0],
      ["REFERRAL", 0, 0],
      ["WEB", 1, 2],
    ]);
  });

  it("filters by the lead's source", async () => {
    expect(await sourceFactoryCounts(database.prisma, { period: Q1, asOf: AS_OF, filters: { sources: ["PARTNER"] } })).toEqual([
      { source: "PARTNER", leads: 2, mqls: 1, accepted: 1, meetings: 1, offers: 0, won: 0 },
    ]);
  });
});
