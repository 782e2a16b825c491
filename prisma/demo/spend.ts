import type { LeadSource, SpendCategory } from "@/generated/prisma/enums";
import { MONTH_DEMAND, YEAR, monthsBetween } from "./calendar";
import type { SegmentKey } from "./company";
import { Random } from "./random";
import type { SpendRow } from "./rows";
import type { Setup } from "./setup";
import { STREAM } from "./streams";

type Line = { category: SpendCategory; source: LeadSource | null; euros: number; season: boolean };

/**
 * Monthly acquisition spend (euros at the default scale) by segment: enterprise money goes
 * to fairs, partners and account executives' time; volume money to paid web and calling.
 * Trade-fair lines apply only in months with a fair.
 */
const BUDGET: Record<SegmentKey, readonly Line[]> = {
  enterprise: [
    { category: "MARKETING", source: "WEB", euros: 1500, season: true },
    { category: "MARKETING", source: "DOWNLOAD", euros: 1200, season: false },
    { category: "MARKETING", source: "MAILING_LIST", euros: 300, season: false },
    { category: "MARKETING", source: "TRADE_FAIR", euros: 14000, season: false },
    { category: "MARKETING", source: "WEBINAR", euros: 1500, season: true },
    { category: "MARKETING", source: "PARTNER", euros: 2500, season: true },
    { category: "SALES", source: "TELEMARKETING", euros: 2000, season: true },
    { category: "SALES", source: null, euros: 42000, season: false },
  ],
  "mid-market": [
    { category: "MARKETING", source: "WEB", euros: 3500, season: true },
    { category: "MARKETING", source: "DOWNLOAD", euros: 1500, season: false },
    { category: "MARKETING", source: "MAILING_LIST", euros: 500, season: false },
    { category: "MARKETING", source: "TRADE_FAIR", euros: 7000, season: false },
    { category: "MARKETING", source: "WEBINAR", euros: 1000, season: true },
    { category: "MARKETING", source: "PARTNER", euros: 900, season: true },
    { category: "SALES", source: "TELEMARKETING", euros: 9000, season: true },
    { category: "SALES", source: null, euros: 28000, season: false },
  ],
  volume: [
    { category: "MARKETING", source: "WEB", euros: 6000, season: true },
    { category: "MARKETING", source: "DOWNLOAD", euros: 1500, season: false },
    { category: "MARKETING", source: "MAILING_LIST", euros: 700, season: false },
    { category: "MARKETING", source: "TRADE_FAIR", euros: 1500, season: false },
    { category: "MARKETING", source: "WEBINAR", euros: 400, season: true },
    { category: "SALES", source: "TELEMARKETING", euros: 12000, season: true },
    { category: "SALES", source: null, euros: 5000, season: false },
  ],
};

export function spendRows(setup: Setup): SpendRow[] {
  const rng = new Random(setup.seed, STREAM.spend);
  const { start, end } = setup.window;
  const rows: SpendRow[] = [];
  let id = 0;
  for (const month of monthsBetween(start, end)) {
    const date = new Date(month);
    const season = MONTH_DEMAND[date.getUTCMonth()]!;
    const growth = Math.pow(1.25, (month - start) / YEAR);
    const fairs = setup.campaigns.fairsIn(month);
    for (const [key, info] of Object.entries(setup.segments) as [SegmentKey, Setup["segments"][SegmentKey]][]) {
      for (const line of BUDGET[key]) {
        if (line.source === "TRADE_FAIR" && fairs === 0) continue;
        const base = line.source === "TRADE_FAIR" ? line.euros * fairs : line.euros;
        const euros = base * setup.scale * growth * (line.season ? season : 1) * rng.float(0.9, 1.1);
        rows.push({
          id: ++id,
          month,
          segmentId: info.id,
          category: line.category,
          source: line.source,
          amountMinor: Math.round(euros) * 100,
          currency: "EUR",
        });
      }
    }
  }
  return rows;
}
