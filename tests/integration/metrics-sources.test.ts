import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttributionModel, AttributionTouch, SourceCredit } from "@/lib/metrics/attribution";
import { monthPeriod, quarterPeriod } from "@/lib/metrics/period";
import { MAX_TOUCHES_PER_DEAL, attributionPaths } from "@/lib/metrics/queries/attribution-paths";
import type { MetricFilters } from "@/lib/metrics/queries/filters";
import { loadSourceMetrics } from "@/lib/metrics/queries/sources";
import { sourceReach } from "@/lib/metrics/queries/sources-reach";
import { FunnelFixture, insertFixture, utc } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const Q1 = quarterPeriod(2026, 1);
const AS_OF = utc("2026-05-01");

/**
 * Leads created in Q1 2026 and the deals closed then.
 *
 *   L1 WEB → consideration → comparison, converted to D1 (NEW, won 15 Feb, €90.00)
 *   L2 WEB → consideration → back to awareness (rejected)
 *   L3 WEB, awareness only
 *   L4 REFERRAL → comparison (skip), converted to D2 (NEW, lost 1 Mar, €50.00)
 *   L5 REFERRAL, consideration only on 2 May (after as-of)
 *   L6 PARTNER, created 30 Dec 2025 (not in the cohort)
 *   D3 EXPANSION won 10 Mar at A1; D4 NEW won 20 Mar at A3 with no touches;
 *   D5 NEW won 15 Apr at A4 with 60 touches; D6 NEW still open.
 */
function sourceData(): FunnelFixture {
  const f = new FunnelFixture();
  const [seg1, seg2] = [f.segment(), f.segment()];
  const [user1, user2] = [f.user(f.team(10)), f.user(null)];
  const partnerWebinar = f.campaign("PARTNER");
  const [a1, a2, a3, a4] = [f.account({ segmentId: seg1 }), f.account({ segmentId: seg2 }), f.account({ segmentId: seg1 }), f.account({ segmentId: seg1 })];
  const k1 = f.contact({ accountId: a1 });
  const d1 = f.deal({ accountId: a1, status: "WON", amountMinor: 9_000, openedAt: utc("2026-01-20T10:00"), closedAt: utc("2026-02-15"), source: "WEB", ownerId: user1 });
  const d2 = f.deal({ accountId: a2, status: "LOST", amountMinor: 5_000, openedAt: utc("2026-01-16T12:00"), closedAt: utc("2026-03-01"), source: "REFERRAL", ownerId: user2 });
  const d3 = f.deal({ accountId: a1, type: "EXPANSION", status: "WON", amountMinor: 2_000, openedAt: utc("2026-02-01"), closedAt: utc("2026-03-10"), ownerId: user1 });
  const d4 = f.deal({ accountId: a3, status: "WON", amountMinor: 1_000, openedAt: utc("2026-03-01"), closedAt: utc("2026-03-20") });
  const d5 = f.deal({ accountId: a4, status: "WON", amountMinor: 6_000, openedAt: utc("2026-01-10"), closedAt: utc("2026-04-15") });
  f.deal({ accountId: a1, openedAt: utc("2026-03-01") });

  const l1 = f.lead({ source: "WEB", segmentId: seg1, ownerId: user1, accountId: a1, createdAt: utc("2026-01-05T09:00"), convertedDealId: d1 });
  const l2 = f.lead({ source: "WEB", segmentId: seg1, createdAt: utc("2026-02-01") });
  const l3 = f.lead({ source: "WEB", segmentId: seg1, createdAt: utc("2026-03-01") });
  const l4 = f.lead({ source: "REFERRAL", segmentId: seg2, ownerId: user2, accountId: a2, createdAt: utc("2026-01-15T08:00"), convertedDealId: d2 });
  const l5 = f.lead({ source: "REFERRAL", segmentId: seg2, createdAt: utc("2026-03-30") });
  const l6 = f.lead({ source: "PARTNER", segmentId: seg1, createdAt: utc("2025-12-30") });
  f.trail("LEAD", l1, { source: "WEB" }, [["AWARENESS", utc("2026-01-05T09:00")], ["CONSIDERATION", utc("2026-01-10")], ["COMPARISON", utc("2026-01-20T10:00")]]);
  f.trail("LEAD", l2, { source: "WEB" }, [["AWARENESS", utc("2026-02-01")], ["CONSIDERATION", utc("2026-02-03")], ["AWARENESS", utc("2026-02-05")]]);
  f.trail("LEAD", l3, { source: "WEB" }, [["AWARENESS", utc("2026-03-01")]]);
  f.trail("LEAD", l4, { source: "REFERRAL" }, [["AWARENESS", utc("2026-01-15T08:00")], ["COMPARISON", utc("2026-01-16T12:00")]]);
  f.trail("LEAD", l5, { source: "REFERRAL" }, [["AWARENESS", utc("2026-03-30")], ["CONSIDERATION", utc("2026-05-02")]]);
  f.trail("LEAD", l6, { source: "PARTNER" }, [["AWARENESS", utc("2025-12-30")], ["CONSIDERATION", utc("2026-01-02")]]);
  f.trail("DEAL", d1, { source: "WEB" }, [["COMPARISON", utc("2026-01-20T10:00")], ["PURCHASE", utc("2026-02-15")]]);
  f.trail("DEAL", d2, { source: "REFERRAL" }, [["COMPARISON", utc("2026-01-16T12:00")]]);
  f.trail("DEAL", d4, {}, [["COMPARISON", utc("2026-03-01")], ["PURCHASE", utc("2026-03-20")]]);
  f.trail("DEAL", d5, {}, [["COMPARISON", utc("2026-01-10")], ["PURCHASE", utc("2026-04-15")]]);

  // D1's path: L1's touches, D1's, contact K1's and account A1's, before 15 Feb.
  f.touch({ type: "WEB_VISIT", occurredAt: utc("2026-01-05T09:00"), leadId: l1, accountId: a1 }); // WEB, at L1's creation
  f.touch({ type: "DOWNLOAD", occurredAt: utc("2026-01-08"), leadId: l1 }); // DOWNLOAD
  f.touch({ type: "WEBINAR", occurredAt: utc("2026-01-12"), leadId: l1, campaignId: partnerWebinar }); // the campaign's PARTNER
  f.touch({ type: "MEETING", occurredAt: utc("2026-01-20T11:00"), dealId: d1, userId: user1 }); // a person: L1's WEB; nearest D1's opening
  f.touch({ type: "EMAIL", occurredAt: utc("2026-02-01"), contactId: k1, userId: user1 }); // a person: WEB
  f.touch({ type: "MAILING_LIST", occurredAt: utc("2026-02-10"), accountId: a1 }); // MAILING_LIST
  f.touch({ type: "TRADE_FAIR", occurredAt: utc("2026-02-20"), accountId: a1 }); // after D1's close; on D3's path
  f.touch({ type: "WEB_VISIT", occurredAt: utc("2026-02-15"), dealId: d1 }); // at D1's close: not before it
  // D2's path: L4's referral email and the deal's call.
  f.touch({ type: "EMAIL", occurredAt: utc("2026-01-15T08:00"), leadId: l4, userId: user2 }); // a person: L4's REFERRAL
  f.touch({ type: "TELEMARKETING_CALL", occurredAt: utc("2026-01-16T12:00"), dealId: d2 }); // TELEMARKETING
  // D5: a visit a day from 1 January, 60 in all.
  for (let day = 0; day < 60; day++) f.touch({ type: "WEB_VISIT", occurredAt: new Date(utc("2026-01-01").getTime() + day * 86_400_000), accountId: a4 });
  return f;
}

const touch = (source: AttributionTouch["source"], roles: { lead?: boolean; opportunity?: boolean } = {}): AttributionTouch => ({
  source,
  leadCreation: roles.lead ?? false,
  opportunityCreation: roles.opportunity ?? false,
});

const D1 = {
  dealId: 1,
  status: "WON",
  amountMinor: 9_000,
  touches: [touch("WEB", { lead: true }), touch("DOWNLOAD"), touch("PARTNER"), touch("WEB", { opportunity: true }), touch("WEB"), touch("MAILING_LIST")],
};
const D2 = { dealId: 2, status: "LOST", amountMinor: 5_000, touches: [touch("REFERRAL", { lead: true }), touch("TELEMARKETING", { opportunity: true })] };
// An expansion deal has no origin lead: its account's touches only; K1's email has no source (no lead, no deal source).
const D3 = { dealId: 3, status: "WON", amountMinor: 2_000, touches: [touch("WEB"), touch("MAILING_LIST", { opportunity: true }), touch("TRADE_FAIR")] };
const D4 = { dealId: 4, status: "WON", amountMinor: 1_000, touches: [] };

/** Credits with the fractional deal counts rounded, so float sums compare. */
const rounded = (credits: SourceCredit[]) =>
  credits.map((credit) => ({
    source: credit.source,
    won: [Number(credit.won.deals.toFixed(9)), credit.won.amountMinor],
    lost: [Number(credit.lost.deals.toFixed(9)), credit.lost.amountMinor],
  }));

describe("source queries", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, sourceData());
  });
  afterAll(() => database.drop());

  describe("sourceReach: the Q1 lead cohort by source", () => {
    it("counts each lead at every stage it reached by as-of; purchase through its deal", async () => {
      expect(await sourceReach(database.prisma, { period: Q1, asOf: AS_OF })).toEqual([
        // L4 skipped consideration but passed it; its deal was lost; L5 moved on only after as-of.
        { source: "REFERRAL", stage: "AWARENESS", records: 2 },
        { source: "REFERRAL", stage: "CONSIDERATION", records: 1 },
        { source: "REFERRAL", stage: "COMPARISON", records: 1 },
        { source: "REFERRAL", stage: "PURCHASE", records: 0 },
        // L1 (its deal won), L2 (rejected back to awareness), L3
        { source: "WEB", stage: "AWARENESS", records: 3 },
        { source: "WEB", stage: "CONSIDERATION", records: 2 },
        { source: "WEB", stage: "COMPARISON", records: 1 },
        { source: "WEB", stage: "PURCHASE", records: 1 },
      ]);
    });

    it("as of 1 March: L3 and L5 not yet created", async () => {
      const rows = await sourceReach(database.prisma, { period: Q1, asOf: utc("2026-03-01") });
      expect(rows.filter((row) => row.stage === "AWARENESS")).toEqual([
        { source: "REFERRAL", stage: "AWARENESS", records: 1 },
        { source: "WEB", stage: "AWARENESS", records: 2 },
      ]);
    });

    it.each<[string, MetricFilters, number[]]>([
      ["segment 2", { segmentIds: [2] }, [2, 1, 1, 0]],
      ["owner 1 (L1)", { ownerIds: [1] }, [1, 1, 1, 1]],
      ["source WEB", { sources: ["WEB"] }, [3, 2, 1, 1]],
    ])("%s", async (_, filters, counts) => {
      const rows = await sourceReach(database.prisma, { period: Q1, asOf: AS_OF, filters });
      expect(rows.map((row) => row.records)).toEqual(counts);
    });
  });

  describe("attributionPaths: deals closed in Q1 and their touches", () => {
    it("new deals won and lost, each path in time order with its role touches", async () => {
      expect(await attributionPaths(database.prisma, { period: Q1 })).toEqual([D1, D2, D4]);
    });

    it("other deal types when asked", async () => {
      expect(await attributionPaths(database.prisma, { period: Q1, dealTypes: ["NEW", "EXPANSION"] })).toEqual([D1, D2, D3, D4]);
    });

    it.each<[string, MetricFilters, object[]]>([
      ["the account's segment 2", { segmentIds: [2] }, [D2]],
      ["the deal's source WEB", { sources: ["WEB"] }, [D1]],
      ["owner 1", { ownerIds: [1] }, [D1]],
      ["team 1", { teamIds: [1] }, [D1]],
    ])("%s", async (_, filters, expected) => {
      expect(await attributionPaths(database.prisma, { period: Q1, filters })).toEqual(expected);
    });

    it("caps a long path: the first touch, the role touches and the latest others", async () => {
      const [d5] = await attributionPaths(database.prisma, { period: monthPeriod(2026, 4) });
      // 60 visits; kept: the 1st, the 10th (at the opening, 10 Jan) and the last 47 (14th–60th).
      expect(d5!.touches).toHaveLength(49);
      expect(MAX_TOUCHES_PER_DEAL).toBe(50);
      expect(d5!.touches.map((t) => t.opportunityCreation)).toEqual([false, true, ...Array<boolean>(47).fill(false)]);
    });
  });

  describe("loadSourceMetrics", () => {
    it("conversion by source from the lead cohort, largest first", async () => {
      const metrics = await loadSourceMetrics(database.prisma, { period: Q1, asOf: AS_OF }, "FIRST_TOUCH");
      expect(metrics.conversion).toEqual([
        { to: "CONSIDERATION", sources: [
          { source: "WEB", volume: 3, converted: 2, conversion: 2 / 3 },
          { source: "REFERRAL", volume: 2, converted: 1, conversion: 0.5 },
        ] },
        { to: "COMPARISON", sources: [
          { source: "WEB", volume: 3, converted: 1, conversion: 1 / 3 },
          { source: "REFERRAL", volume: 2, converted: 1, conversion: 0.5 },
        ] },
        { to: "PURCHASE", sources: [
          { source: "WEB", volume: 3, converted: 1, conversion: 1 / 3 },
          { source: "REFERRAL", volume: 2, converted: 0, conversion: 0 },
        ] },
      ]);
      expect(metrics.deals).toBe(3);
    });

    it.each<[AttributionModel, ReturnType<typeof rounded>]>([
      [
        "FIRST_TOUCH",
        [
          { source: "REFERRAL", won: [0, 0], lost: [1, 5_000] },
          { source: "WEB", won: [1, 9_000], lost: [0, 0] },
          { source: null, won: [1, 1_000], lost: [0, 0] }, // D4: no touches
        ],
      ],
      [
        "LAST_TOUCH",
        [
          { source: "MAILING_LIST", won: [1, 9_000], lost: [0, 0] },
          { source: "TELEMARKETING", won: [0, 0], lost: [1, 5_000] },
          { source: null, won: [1, 1_000], lost: [0, 0] },
        ],
      ],
      [
        // D1: six touches of ⅙ (€15.00 each), three of them web; D2: ½ each.
        "LINEAR",
        [
          { source: "DOWNLOAD", won: [Number((1 / 6).toFixed(9)), 1_500], lost: [0, 0] },
          { source: "MAILING_LIST", won: [Number((1 / 6).toFixed(9)), 1_500], lost: [0, 0] },
          { source: "PARTNER", won: [Number((1 / 6).toFixed(9)), 1_500], lost: [0, 0] },
          { source: "REFERRAL", won: [0, 0], lost: [0.5, 2_500] },
          { source: "TELEMARKETING", won: [0, 0], lost: [0.5, 2_500] },
          { source: "WEB", won: [0.5, 4_500], lost: [0, 0] },
          { source: null, won: [1, 1_000], lost: [0, 0] },
        ],
      ],
      [
        // D1: the first touch is also the lead-creation touch (60 %), the meeting opened the
        // opportunity (30 %), the four others share 10 % (2.5 % each): web 92.5 % = €83.25.
        // D2: first = lead creation (⅔) and the call (⅓), no others: €33.33 and €16.67.
        "W_SHAPED",
        [
          { source: "DOWNLOAD", won: [0.025, 225], lost: [0, 0] },
          { source: "MAILING_LIST", won: [0.025, 225], lost: [0, 0] },
          { source: "PARTNER", won: [0.025, 225], lost: [0, 0] },
          { source: "REFERRAL", won: [0, 0], lost: [Number((2 / 3).toFixed(9)), 3_333] },
          { source: "TELEMARKETING", won: [0, 0], lost: [Number((1 / 3).toFixed(9)), 1_667] },
          { source: "WEB", won: [0.925, 8_325], lost: [0, 0] },
          { source: null, won: [1, 1_000], lost: [0, 0] },
        ],
      ],
    ])("attribution of won and lost deals: %s", async (model, expected) => {
      const metrics = await loadSourceMetrics(database.prisma, { period: Q1, asOf: AS_OF }, model);
      expect(metrics.model).toBe(model);
      expect(rounded(metrics.attribution)).toEqual(expected);
    });

    it("returns plain JSON", async () => {
      const metrics = await loadSourceMetrics(database.prisma, { period: Q1, asOf: AS_OF }, "W_SHAPED");
      expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
    });
  });
});
