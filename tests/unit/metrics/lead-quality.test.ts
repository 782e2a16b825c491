import { describe, expect, it } from "vitest";
import { leadQualityBySource } from "@/lib/metrics/lead-quality";

describe("leadQualityBySource", () => {
  it("gives each source its acceptance and rejection rates and its reasons", () => {
    const quality = leadQualityBySource([
      // Webinar: 10 MQLs; 5 accepted, 3 rejected (2 bad fit, 1 no budget), 1 dequalified, 1 open
      { source: "WEBINAR", outcome: "ACCEPTED", reason: null, leads: 5 },
      { source: "WEBINAR", outcome: "DEQUALIFIED", reason: null, leads: 1 },
      { source: "WEBINAR", outcome: "REJECTED", reason: "NO_BUDGET", leads: 1 },
      { source: "WEBINAR", outcome: "REJECTED", reason: "BAD_FIT", leads: 2 },
      { source: "WEBINAR", outcome: "OPEN", reason: null, leads: 1 },
      // Trade fair: 4 MQLs, all open
      { source: "TRADE_FAIR", outcome: "OPEN", reason: null, leads: 4 },
    ]);
    expect(quality).toEqual([
      {
        source: "WEBINAR",
        mqls: 10,
        accepted: 5,
        rejected: 3,
        dequalified: 1,
        open: 1,
        acceptanceRate: 0.5,
        rejectionRate: 0.3,
        reasons: [
          { reason: "BAD_FIT", leads: 2, share: 2 / 3 },
          { reason: "NO_BUDGET", leads: 1, share: 1 / 3 },
        ],
      },
      { source: "TRADE_FAIR", mqls: 4, accepted: 0, rejected: 0, dequalified: 0, open: 4, acceptanceRate: 0, rejectionRate: 0, reasons: [] },
    ]);
  });

  it("has no sources without MQLs", () => {
    expect(leadQualityBySource([])).toEqual([]);
  });
});
