import { describe, expect, it } from "vitest";
import type { AttributedDeal, AttributionModel } from "@/lib/metrics/attribution";
import { creditedDeals, sourceAttribution } from "@/lib/metrics/source-attribution";

// D1 won €90.00: WEB (first, lead created), DOWNLOAD, WEB (opportunity opened), MAILING_LIST (last).
// D2 lost €50.00: REFERRAL only. D3 won €10.00: no touches.
const D1: AttributedDeal = {
  dealId: 1,
  status: "WON",
  amountMinor: 9_000,
  touches: [
    { source: "WEB", leadCreation: true },
    { source: "DOWNLOAD" },
    { source: "WEB", opportunityCreation: true },
    { source: "MAILING_LIST" },
  ],
};
const D2: AttributedDeal = { dealId: 2, status: "LOST", amountMinor: 5_000, touches: [{ source: "REFERRAL" }] };
const D3: AttributedDeal = { dealId: 3, status: "WON", amountMinor: 1_000, touches: [] };
const DEALS = [D1, D2, D3];

describe("creditedDeals", () => {
  it.each<[AttributionModel, Record<string, { won: number; lost: number }>]>([
    ["FIRST_TOUCH", { WEB: { won: 1, lost: 0 }, REFERRAL: { won: 0, lost: 1 }, null: { won: 1, lost: 0 } }],
    ["LAST_TOUCH", { MAILING_LIST: { won: 1, lost: 0 }, REFERRAL: { won: 0, lost: 1 }, null: { won: 1, lost: 0 } }],
    // WEB holds two touches of D1 but shares in one deal.
    [
      "LINEAR",
      { WEB: { won: 1, lost: 0 }, DOWNLOAD: { won: 1, lost: 0 }, MAILING_LIST: { won: 1, lost: 0 }, REFERRAL: { won: 0, lost: 1 }, null: { won: 1, lost: 0 } },
    ],
    [
      "W_SHAPED",
      { WEB: { won: 1, lost: 0 }, DOWNLOAD: { won: 1, lost: 0 }, MAILING_LIST: { won: 1, lost: 0 }, REFERRAL: { won: 0, lost: 1 }, null: { won: 1, lost: 0 } },
    ],
  ])("%s: the deals each source shares in", (model, expected) => {
    const counts = Object.fromEntries([...creditedDeals(DEALS, model)].map(([source, count]) => [String(source), count]));
    expect(counts).toEqual(expected);
  });
});

describe("sourceAttribution", () => {
  it("W-shaped: credit and amount beside the deal counts, most won credit first, untouched last", () => {
    const { sources, total } = sourceAttribution(DEALS, "W_SHAPED", ["WEB", "DOWNLOAD", "MAILING_LIST", "REFERRAL", "WEBINAR"]);
    // D1: WEB's first touch also created the lead (30 + 30 %) and its third opened the
    // opportunity (30 %): 90 %, €81.00; DOWNLOAD and MAILING_LIST share the other 10 %: 5 %, €4.50 each.
    expect(sources).toEqual([
      { source: "WEB", won: { credit: expect.closeTo(0.9, 9), amountMinor: 8_100, deals: 1 }, lost: { credit: 0, amountMinor: 0, deals: 0 } },
      { source: "DOWNLOAD", won: { credit: 0.05, amountMinor: 450, deals: 1 }, lost: { credit: 0, amountMinor: 0, deals: 0 } },
      { source: "MAILING_LIST", won: { credit: 0.05, amountMinor: 450, deals: 1 }, lost: { credit: 0, amountMinor: 0, deals: 0 } },
      { source: "REFERRAL", won: { credit: 0, amountMinor: 0, deals: 0 }, lost: { credit: 1, amountMinor: 5_000, deals: 1 } },
      { source: "WEBINAR", won: { credit: 0, amountMinor: 0, deals: 0 }, lost: { credit: 0, amountMinor: 0, deals: 0 } },
      { source: null, won: { credit: 1, amountMinor: 1_000, deals: 1 }, lost: { credit: 0, amountMinor: 0, deals: 0 } },
    ]);
    expect(total).toEqual({ source: null, won: { credit: 2, amountMinor: 10_000, deals: 2 }, lost: { credit: 1, amountMinor: 5_000, deals: 1 } });
  });

  it("lists a credited source the list leaves out, so the rows add up to the total", () => {
    const { sources } = sourceAttribution([D1], "LAST_TOUCH", ["WEB"]);
    expect(sources.map((row) => [row.source, row.won.credit])).toEqual([
      ["MAILING_LIST", 1],
      ["WEB", 0],
    ]);
  });
});
