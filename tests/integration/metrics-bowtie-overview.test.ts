import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthPeriod } from "@/lib/metrics/period";
import { loadBowtieOverview } from "@/lib/metrics/queries/bowtie-overview";
import { insertFixture, marchAccounts, utc } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The March scenario of marchAccounts(); February is its previous period.
const MARCH = monthPeriod(2026, 3);
const AS_OF = utc("2026-04-10T00:00");

const quiet = (stage: string, conversion: number | null = null) => ({ stage, volume: 0, conversion, medianHours: null });

describe("loadBowtieOverview", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, marchAccounts());
  });
  afterAll(() => database.drop());

  it("volume, strict conversion and median time per stage, for March and February, and the bottleneck", async () => {
    const overview = await loadBowtieOverview(database.prisma, { period: MARCH, asOf: AS_OF });
    expect(overview).toEqual({
      kind: "ACCOUNT",
      asOf: "2026-04-10T00:00:00.000Z",
      current: {
        period: { start: "2026-03-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" },
        stages: [
          { stage: "AWARENESS", volume: 4, conversion: 0.5, medianHours: 6 },
          { stage: "CONSIDERATION", volume: 3, conversion: 1 / 3, medianHours: 840 },
          { stage: "COMPARISON", volume: 2, conversion: 0, medianHours: 360 },
          quiet("PURCHASE"),
          quiet("ONBOARDING"),
          quiet("IMPACT"),
          quiet("EXPANSION"),
        ],
        churned: 0,
      },
      previous: {
        // February: only A3 entered awareness (20 Feb), leaving it 216 h later on 1 March.
        period: { start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z" },
        stages: [
          { stage: "AWARENESS", volume: 1, conversion: 0, medianHours: 216 },
          quiet("CONSIDERATION"),
          quiet("COMPARISON"),
          quiet("PURCHASE"),
          quiet("ONBOARDING"),
          quiet("IMPACT"),
          quiet("EXPANSION"),
        ],
        churned: 0,
      },
      // Awareness: 4 a month arrive, team 1 (capacity 1, counted once for its two segments)
      // handles 1 and loses 3; 1 × 50 % = 0.5 → 1 moves on. Relieved: 4 × 50 % = 2, plus
      // consideration's own entry (3 − 2 moves = 1) = 3 × 1/3 = 1 into comparison, which
      // converts nothing on: the chain's output stays 0.
      bottleneck: { stage: "AWARENESS", index: 0, lost: 3, capacityToInflow: 0.25, outputIfRelieved: 0 },
    });
  });

  it("takes the capacities of the filtered segments only", async () => {
    // Segment 2 in March: only A4 enters awareness, within team 1's capacity of 1.
    const overview = await loadBowtieOverview(database.prisma, { period: MARCH, asOf: AS_OF, filters: { segmentIds: [2] } });
    expect(overview.current.stages[0]).toEqual({ stage: "AWARENESS", volume: 1, conversion: 1, medianHours: 1 });
    expect(overview.bottleneck).toBeNull();
  });

  it("returns plain JSON", async () => {
    const overview = await loadBowtieOverview(database.prisma, { period: MARCH, asOf: AS_OF });
    expect(JSON.parse(JSON.stringify(overview))).toEqual(overview);
  });
});
