import { describe, expect, it } from "vitest";
import {
  attributeDeals,
  touchWeights,
  type AttributedDeal,
  type AttributionModel,
  type AttributionTouch,
} from "@/lib/metrics/attribution";

const touch = (source: AttributionTouch["source"], roles: Partial<AttributionTouch> = {}): AttributionTouch => ({
  source,
  ...roles,
});
const LEAD = { leadCreation: true };
const OPPORTUNITY = { opportunityCreation: true };

// First touch WEB, lead created at DOWNLOAD, opportunity opened at TELEMARKETING, with
// WEBINAR and REFERRAL in between and after.
const fullPath = [
  touch("WEB"),
  touch("DOWNLOAD", LEAD),
  touch("WEBINAR"),
  touch("TELEMARKETING", OPPORTUNITY),
  touch("REFERRAL"),
];

describe("touchWeights", () => {
  it.each<[string, AttributionModel, AttributionTouch[], number[]]>([
    ["first touch", "FIRST_TOUCH", fullPath, [1, 0, 0, 0, 0]],
    ["last touch", "LAST_TOUCH", fullPath, [0, 0, 0, 0, 1]],
    ["linear", "LINEAR", fullPath, [0.2, 0.2, 0.2, 0.2, 0.2]],
    // 30 % each key touch, the other two share 10 %: 5 % each.
    ["W-shaped, all roles on separate touches", "W_SHAPED", fullPath, [0.3, 0.3, 0.05, 0.3, 0.05]],
    // No other touches: 30 : 30 : 30 scaled to 100 % → ⅓ each.
    [
      "W-shaped, only the three key touches",
      "W_SHAPED",
      [touch("WEB"), touch("DOWNLOAD", LEAD), touch("TELEMARKETING", OPPORTUNITY)],
      [1 / 3, 1 / 3, 1 / 3],
    ],
    // The first touch created the lead: it holds 30 + 30; the middle touch 10: 60 / 10 / 30.
    [
      "W-shaped, first touch created the lead",
      "W_SHAPED",
      [touch("WEB", LEAD), touch("WEBINAR"), touch("TELEMARKETING", OPPORTUNITY)],
      [0.6, 0.1, 0.3],
    ],
    // 60 : 30 with nothing else → ⅔ / ⅓.
    [
      "W-shaped, first touch created the lead, nothing in between",
      "W_SHAPED",
      [touch("WEB", LEAD), touch("TELEMARKETING", OPPORTUNITY)],
      [2 / 3, 1 / 3],
    ],
    // No roles marked (e.g. an expansion deal): first touch 30, the other two share 10 →
    // 30 : 5 : 5 scaled → 0.75, 0.125, 0.125.
    [
      "W-shaped, no roles marked",
      "W_SHAPED",
      [touch("WEB"), touch("WEBINAR"), touch("PARTNER")],
      [0.75, 0.125, 0.125],
    ],
    // One touch holds all three roles: 90 : 5 : 5.
    [
      "W-shaped, one touch with every role",
      "W_SHAPED",
      [touch("TRADE_FAIR", { ...LEAD, ...OPPORTUNITY }), touch("WEB"), touch("WEB")],
      [0.9, 0.05, 0.05],
    ],
    // The second marked lead-creation touch does not count; it shares the 10 %.
    [
      "W-shaped, the first marked touch of a role counts",
      "W_SHAPED",
      [touch("WEB"), touch("DOWNLOAD", LEAD), touch("WEBINAR", LEAD), touch("TELEMARKETING", OPPORTUNITY)],
      [0.3, 0.3, 0.1, 0.3],
    ],
    ["a single touch", "W_SHAPED", [touch("REFERRAL")], [1]],
    ["a single touch, linear", "LINEAR", [touch("REFERRAL")], [1]],
    ["no touches", "LINEAR", [], []],
  ])("%s", (_, model, touches, expected) => {
    const weights = touchWeights(touches, model);
    expect(weights).toHaveLength(expected.length);
    weights.forEach((weight, index) => expect(weight).toBeCloseTo(expected[index] ?? Number.NaN, 12));
  });
});

const deals: AttributedDeal[] = [
  { dealId: 1, status: "WON", amountMinor: 10_001, touches: fullPath },
  { dealId: 2, status: "WON", amountMinor: 3_000, touches: [touch("WEB", LEAD), touch("PARTNER", OPPORTUNITY)] },
  { dealId: 3, status: "LOST", amountMinor: 5_000, touches: [touch("TRADE_FAIR"), touch("WEB"), touch("WEB")] },
  { dealId: 4, status: "LOST", amountMinor: 700, touches: [] },
];

describe("attributeDeals", () => {
  it.each<AttributionModel>(["FIRST_TOUCH", "LAST_TOUCH", "LINEAR", "W_SHAPED"])(
    "%s credits 100 % of every won and lost deal, to the minor unit",
    (model) => {
      const credits = attributeDeals(deals, model);
      const sum = (pick: (c: (typeof credits)[number]) => number) => credits.reduce((s, c) => s + pick(c), 0);
      expect(sum((c) => c.won.deals)).toBeCloseTo(2, 12);
      expect(sum((c) => c.lost.deals)).toBeCloseTo(2, 12);
      expect(sum((c) => c.won.amountMinor)).toBe(13_001);
      expect(sum((c) => c.lost.amountMinor)).toBe(5_700);
    },
  );

  it("W-shaped by source, won and lost apart", () => {
    const credits = attributeDeals(deals, "W_SHAPED");
    expect(
      credits.map((c) => [c.source, c.won.deals, c.won.amountMinor, c.lost.deals, c.lost.amountMinor]),
    ).toEqual([
      // Deal 1: 10,001 × (.3, .3, .05, .3, .05) = 3000.3, 3000.3, 500.05, 3000.3, 500.05 →
      // floors sum to 10,000; the last unit goes to the first .3 (WEB).
      // Deal 2: WEB first + lead = 60, PARTNER 30 → ⅔ / ⅓ of 3,000 = 2,000 / 1,000.
      // Deal 3: TRADE_FAIR 30, WEB 5 + 5 → 0.75 / 0.25 of 5,000 = 3,750 / 1,250.
      ["DOWNLOAD", expect.closeTo(0.3, 12), 3_000, 0, 0],
      ["PARTNER", expect.closeTo(1 / 3, 12), 1_000, 0, 0],
      ["REFERRAL", expect.closeTo(0.05, 12), 500, 0, 0],
      ["TELEMARKETING", expect.closeTo(0.3, 12), 3_000, 0, 0],
      ["TRADE_FAIR", 0, 0, expect.closeTo(0.75, 12), 3_750],
      ["WEB", expect.closeTo(0.3 + 2 / 3, 12), 3_001 + 2_000, expect.closeTo(0.25, 12), 1_250],
      ["WEBINAR", expect.closeTo(0.05, 12), 500, 0, 0],
      [null, 0, 0, 1, 700], // deal 4 had no touches: unattributed, not dropped
    ]);
  });

  it("first and last touch give whole deals", () => {
    const first = attributeDeals(deals, "FIRST_TOUCH");
    expect(first.map((c) => [c.source, c.won.deals, c.won.amountMinor, c.lost.deals])).toEqual([
      ["TRADE_FAIR", 0, 0, 1],
      ["WEB", 2, 13_001, 0],
      [null, 0, 0, 1],
    ]);
    const last = attributeDeals(deals, "LAST_TOUCH");
    expect(last.map((c) => [c.source, c.won.deals, c.won.amountMinor, c.lost.deals])).toEqual([
      ["PARTNER", 1, 3_000, 0],
      ["REFERRAL", 1, 10_001, 0],
      ["WEB", 0, 0, 1],
      [null, 0, 0, 1],
    ]);
  });

  it("linear splits 10,001 over five touches as 2,001 + 4 × 2,000", () => {
    const [deal] = deals;
    const credits = attributeDeals([deal!], "LINEAR");
    expect(credits.map((c) => [c.source, c.won.amountMinor])).toEqual([
      ["DOWNLOAD", 2_000],
      ["REFERRAL", 2_000],
      ["TELEMARKETING", 2_000],
      ["WEB", 2_001],
      ["WEBINAR", 2_000],
    ]);
  });
});
