import { describe, expect, it } from "vitest";
import { attributionCsv, factoryCsv } from "@/app/api/dashboard/sources.csv/sources-csv";
import { sourceAttribution } from "@/lib/metrics/source-attribution";
import { sourceFactory } from "@/lib/metrics/source-factory";

const period = { start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" };

describe("sources CSV", () => {
  it("factory: one row per source and ALL, rates as decimals, empty when unknown", () => {
    const factory = sourceFactory(
      [{ source: "WEB", leads: 200, mqls: 50, accepted: 20, meetings: 16, offers: 8, won: 2 }],
      ["WEB", "WEBINAR"],
    );
    const lines = factoryCsv({ ...factory, period, asOf: period.end }).trim().split("\r\n");
    expect(lines).toEqual([
      "source,period_start,period_end,as_of,leads,mqls,mql_rate,accepted,accepted_rate,meetings,meeting_rate,offers,offer_rate,won,won_rate,lead_to_won",
      "WEB,2026-01-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,200,50,0.25,20,0.4,16,0.8,8,0.5,2,0.25,0.01",
      "WEBINAR,2026-01-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,0,0,,0,,0,,0,,0,,",
      "ALL,2026-01-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,200,50,0.25,20,0.4,16,0.8,8,0.5,2,0.25,0.01",
    ]);
  });

  it("attribution: credited deals as decimals, amounts in minor units with the currency, NONE and ALL as codes", () => {
    const attribution = sourceAttribution(
      [
        { dealId: 1, status: "WON", amountMinor: 9_000, touches: [{ source: "WEB" }, { source: "DOWNLOAD" }] },
        { dealId: 2, status: "LOST", amountMinor: 5_001, touches: [] },
      ],
      "LINEAR",
      ["WEB"],
    );
    const lines = attributionCsv({ ...attribution, period, model: "LINEAR" }).trim().split("\r\n");
    expect(lines).toEqual([
      "source,model,period_start,period_end,won_credited_deals,won_deals,won_credited_amount_minor,lost_credited_deals,lost_deals,lost_credited_amount_minor,currency",
      "DOWNLOAD,LINEAR,2026-01-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,0.5,1,4500,0,0,0,EUR",
      "WEB,LINEAR,2026-01-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,0.5,1,4500,0,0,0,EUR",
      "NONE,LINEAR,2026-01-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,0,0,0,1,1,5001,EUR",
      "ALL,LINEAR,2026-01-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,1,1,9000,1,1,5001,EUR",
    ]);
  });
});
