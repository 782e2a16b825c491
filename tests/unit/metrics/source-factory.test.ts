import { describe, expect, it } from "vitest";
import { sourceFactory, type SourceFactoryCounts } from "@/lib/metrics/source-factory";

const WEB: SourceFactoryCounts = { source: "WEB", leads: 200, mqls: 50, accepted: 20, meetings: 16, offers: 8, won: 2 };
const FAIR: SourceFactoryCounts = { source: "TRADE_FAIR", leads: 40, mqls: 10, accepted: 0, meetings: 0, offers: 0, won: 0 };

describe("sourceFactory", () => {
  it("counts each step with its share of the previous one, and the lead-to-won yield", () => {
    const { sources } = sourceFactory([WEB], ["WEB"]);
    expect(sources).toEqual([
      {
        source: "WEB",
        steps: [
          { step: "leads", count: 200, conversion: null },
          { step: "mqls", count: 50, conversion: 0.25 }, // 50 / 200
          { step: "accepted", count: 20, conversion: 0.4 }, // 20 / 50
          { step: "meetings", count: 16, conversion: 0.8 }, // 16 / 20
          { step: "offers", count: 8, conversion: 0.5 }, // 8 / 16
          { step: "won", count: 2, conversion: 0.25 }, // 2 / 8
        ],
        leadToWon: 0.01, // 2 / 200
      },
    ]);
  });

  it("after an empty step the rates are unknown, not 0", () => {
    const [fair] = sourceFactory([FAIR], ["TRADE_FAIR"]).sources;
    expect(fair!.steps.map((figure) => figure.conversion)).toEqual([null, 0.25, 0, null, null, null]);
    expect(fair!.leadToWon).toBe(0);
  });

  it("lists every given source, zero-filled, most leads first, and totals them", () => {
    const factory = sourceFactory([FAIR, WEB], ["WEB", "WEBINAR", "TRADE_FAIR"]);
    expect(factory.sources.map((line) => [line.source, line.steps[0]!.count])).toEqual([
      ["WEB", 200],
      ["TRADE_FAIR", 40],
      ["WEBINAR", 0],
    ]);
    expect(factory.sources[2]!.leadToWon).toBeNull();
    expect(factory.total.source).toBeNull();
    // 240 leads, 60 MQLs, 20 accepted, 16 meetings, 8 offers, 2 won.
    expect(factory.total.steps.map((figure) => figure.count)).toEqual([240, 60, 20, 16, 8, 2]);
    expect(factory.total.steps[1]!.conversion).toBe(0.25); // 60 / 240
    expect(factory.total.leadToWon).toBe(2 / 240);
  });

  it("leaves out rows of sources not asked for", () => {
    expect(sourceFactory([WEB, FAIR], ["WEB"]).total.steps[0]!.count).toBe(200);
  });
});
