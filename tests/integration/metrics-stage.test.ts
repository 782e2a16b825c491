import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthPeriod } from "@/lib/metrics/period";
import type { MetricFilters } from "@/lib/metrics/queries/filters";
import { stageCohorts } from "@/lib/metrics/queries/stage-cohorts";
import { stageDurations } from "@/lib/metrics/queries/stage-durations";
import { stageFlows, type StageFlows } from "@/lib/metrics/queries/stage-flows";
import { stageAges, stageSlaHours } from "@/lib/metrics/queries/stage-sla";
import { slaBreaches } from "@/lib/metrics/sla";
import { insertFixture, marchAccounts, utc } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The March scenario of marchAccounts() (see its comment for the five accounts' trails).
const MARCH = monthPeriod(2026, 3);
const AS_OF = utc("2026-04-10T00:00");

const sorted = (flows: StageFlows) => ({
  entries: [...flows.entries].sort((a, b) => a.stage.localeCompare(b.stage)),
  moves: [...flows.moves].sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`)),
});

describe("stage queries", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, marchAccounts());
  });
  afterAll(() => database.drop());

  describe("stageFlows: entries and moves in March", () => {
    it.each<[string, MetricFilters, StageFlows]>([
      [
        // A3's awareness (February) and A3/A4's April moves are outside March; the lead is another kind.
        "no filter",
        {},
        {
          entries: [
            { stage: "AWARENESS", records: 4 }, // A1, A2, A4, A5
            { stage: "COMPARISON", records: 2 }, // A1, A2
            { stage: "CONSIDERATION", records: 3 }, // A1, A2 (back), A3
          ],
          moves: [
            { from: "AWARENESS", to: "COMPARISON", records: 1 }, // A2's skip
            { from: "AWARENESS", to: "CONSIDERATION", records: 2 }, // A1, A3
            { from: "COMPARISON", to: "CONSIDERATION", records: 1 }, // A2 back
            { from: "CONSIDERATION", to: "COMPARISON", records: 1 }, // A1
            { from: null, to: "AWARENESS", records: 4 },
          ],
        },
      ],
      [
        // Segment as stamped on each move: A2's move back was stamped segment 2.
        "segment 1",
        { segmentIds: [1] },
        {
          entries: [
            { stage: "AWARENESS", records: 3 }, // A1, A2, A5
            { stage: "COMPARISON", records: 2 }, // A1, A2
            { stage: "CONSIDERATION", records: 1 }, // A1
          ],
          moves: [
            { from: "AWARENESS", to: "COMPARISON", records: 1 },
            { from: "AWARENESS", to: "CONSIDERATION", records: 1 },
            { from: "CONSIDERATION", to: "COMPARISON", records: 1 },
            { from: null, to: "AWARENESS", records: 3 },
          ],
        },
      ],
      [
        "segment 2",
        { segmentIds: [2] },
        {
          entries: [
            { stage: "AWARENESS", records: 1 }, // A4
            { stage: "CONSIDERATION", records: 2 }, // A3, A2 (stamped 2)
          ],
          moves: [
            { from: "AWARENESS", to: "CONSIDERATION", records: 1 },
            { from: "COMPARISON", to: "CONSIDERATION", records: 1 },
            { from: null, to: "AWARENESS", records: 1 },
          ],
        },
      ],
      [
        "source REFERRAL (A2 only)",
        { sources: ["REFERRAL"] },
        {
          entries: [
            { stage: "AWARENESS", records: 1 },
            { stage: "COMPARISON", records: 1 },
            { stage: "CONSIDERATION", records: 1 },
          ],
          moves: [
            { from: "AWARENESS", to: "COMPARISON", records: 1 },
            { from: "COMPARISON", to: "CONSIDERATION", records: 1 },
            { from: null, to: "AWARENESS", records: 1 },
          ],
        },
      ],
      [
        // The accounts' current owner: user 1 owns A1 and A3.
        "owner 1",
        { ownerIds: [1] },
        {
          entries: [
            { stage: "AWARENESS", records: 1 }, // A1
            { stage: "COMPARISON", records: 1 }, // A1
            { stage: "CONSIDERATION", records: 2 }, // A1, A3
          ],
          moves: [
            { from: "AWARENESS", to: "CONSIDERATION", records: 2 },
            { from: "CONSIDERATION", to: "COMPARISON", records: 1 },
            { from: null, to: "AWARENESS", records: 1 },
          ],
        },
      ],
      [
        "owner 2 and source REFERRAL (A2), web only (none)",
        { ownerIds: [2], sources: ["WEB"] },
        { entries: [], moves: [] },
      ],
    ])("%s", async (_, filters, expected) => {
      expect(sorted(await stageFlows(database.prisma, { kind: "ACCOUNT", period: MARCH, filters }))).toEqual(sorted(expected));
    });

    it("team 1 is its member user 1's records", async () => {
      const byTeam = await stageFlows(database.prisma, { kind: "ACCOUNT", period: MARCH, filters: { teamIds: [1] } });
      const byOwner = await stageFlows(database.prisma, { kind: "ACCOUNT", period: MARCH, filters: { ownerIds: [1] } });
      expect(sorted(byTeam)).toEqual(sorted(byOwner));
    });

    it("counts one kind of record at a time", async () => {
      expect(await stageFlows(database.prisma, { kind: "LEAD", period: MARCH })).toEqual({
        entries: [{ stage: "AWARENESS", records: 1 }],
        moves: [{ from: null, to: "AWARENESS", records: 1 }],
      });
    });
  });

  describe("stageCohorts: entered in March, moved on within W days", () => {
    const cohort = (stage: string, entered: number, reachedNext: number, reachedLater: number) => ({ stage, entered, reachedNext, reachedLater });
    const empty = ["PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"].map((stage) => cohort(stage, 0, 0, 0));

    it.each<[string, number, Date, MetricFilters, ReturnType<typeof cohort>[]]>([
      [
        // AWARENESS: A1 → consideration after 1 day, A4 after 1 hour (in April, still within
        // the window and before as-of), A2 skips to comparison (later, not next), A5 stays.
        // CONSIDERATION: A1 → comparison exactly 7 days later (the window is inclusive); A3
        // only after 35 days; A2 never. COMPARISON: A2 went back (not later), A1 stays.
        "7 days",
        7,
        AS_OF,
        {},
        [cohort("AWARENESS", 4, 2, 3), cohort("CONSIDERATION", 3, 1, 1), cohort("COMPARISON", 2, 0, 0), ...empty],
      ],
      [
        // A3's move exactly 35 days after its entry now counts.
        "35 days",
        35,
        AS_OF,
        {},
        [cohort("AWARENESS", 4, 2, 3), cohort("CONSIDERATION", 3, 2, 2), cohort("COMPARISON", 2, 0, 0), ...empty],
      ],
      [
        // As of 3 April, A3's move of 5 April has not happened.
        "35 days as of 3 April",
        35,
        utc("2026-04-03T00:00"),
        {},
        [cohort("AWARENESS", 4, 2, 3), cohort("CONSIDERATION", 3, 1, 1), cohort("COMPARISON", 2, 0, 0), ...empty],
      ],
      [
        // As of 5 March 03:00 only A1 (consideration, not yet on), A3 and A2's awareness exist.
        "7 days as of 5 March 03:00",
        7,
        utc("2026-03-05T03:00"),
        {},
        [cohort("AWARENESS", 2, 1, 1), cohort("CONSIDERATION", 2, 0, 0), cohort("COMPARISON", 0, 0, 0), ...empty],
      ],
      [
        // The filter picks the entries (A4's awareness; A3's and A2's consideration), not the moves on.
        "7 days, segment 2",
        7,
        AS_OF,
        { segmentIds: [2] },
        [cohort("AWARENESS", 1, 1, 1), cohort("CONSIDERATION", 2, 0, 0), cohort("COMPARISON", 0, 0, 0), ...empty],
      ],
    ])("%s", async (_, windowDays, asOf, filters, expected) => {
      expect(await stageCohorts(database.prisma, { kind: "ACCOUNT", period: MARCH, filters, windowDays, asOf })).toEqual(expected);
    });
  });

  describe("stageDurations: stays entered in March, censored at as-of", () => {
    it("hours under 48, whole days after, each stay once", async () => {
      const durations = await stageDurations(database.prisma, { kind: "ACCOUNT", period: MARCH, asOf: AS_OF });
      expect(durations.filter((row) => row.buckets.length > 0)).toEqual([
        {
          stage: "AWARENESS",
          buckets: [
            { hours: 1, exits: 1, censored: 0 }, // A4: 23:00 → 00:00
            { hours: 6, exits: 1, censored: 0 }, // A2
            { hours: 24, exits: 1, censored: 0 }, // A1
            { hours: 600, exits: 0, censored: 1 }, // A5: 612 h by as-of, in the 25-day bucket
          ],
        },
        {
          stage: "CONSIDERATION",
          buckets: [
            { hours: 168, exits: 1, censored: 0 }, // A1: 7 days
            { hours: 480, exits: 0, censored: 1 }, // A2: 498 h by as-of
            { hours: 840, exits: 1, censored: 0 }, // A3: 35 days, leaving in April
          ],
        },
        {
          stage: "COMPARISON",
          buckets: [
            { hours: 360, exits: 1, censored: 0 }, // A2: 15 days, then back
            { hours: 720, exits: 0, censored: 1 }, // A1: 736 h by as-of
          ],
        },
      ]);
      expect(durations.map((row) => row.stage)).toEqual([
        "AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION",
      ]);
    });

    it("censors at an earlier as-of, and leaves out stays entered after it", async () => {
      // As of 5 March 03:00: A1 left awareness (24 h) and has been in consideration 43 h;
      // A2 entered awareness 3 h ago; A3 has been in consideration 99 h (4 whole days).
      const durations = await stageDurations(database.prisma, { kind: "ACCOUNT", period: MARCH, asOf: utc("2026-03-05T03:00") });
      expect(durations.filter((row) => row.buckets.length > 0)).toEqual([
        { stage: "AWARENESS", buckets: [{ hours: 3, exits: 0, censored: 1 }, { hours: 24, exits: 1, censored: 0 }] },
        { stage: "CONSIDERATION", buckets: [{ hours: 43, exits: 0, censored: 1 }, { hours: 96, exits: 0, censored: 1 }] },
      ]);
    });

    it("filters the stays by their entry", async () => {
      const durations = await stageDurations(database.prisma, { kind: "ACCOUNT", period: MARCH, asOf: AS_OF, filters: { segmentIds: [2] } });
      expect(durations.filter((row) => row.buckets.length > 0)).toEqual([
        { stage: "AWARENESS", buckets: [{ hours: 1, exits: 1, censored: 0 }] },
        { stage: "CONSIDERATION", buckets: [{ hours: 480, exits: 0, censored: 1 }, { hours: 840, exits: 1, censored: 0 }] },
      ]);
    });
  });

  describe("stageAges and SLA breaches at as-of", () => {
    it("ages each account in its current stage; breaches against the stage definitions", async () => {
      const ages = await stageAges(database.prisma, { kind: "ACCOUNT", asOf: AS_OF });
      expect(ages).toEqual([
        { stage: "AWARENESS", hours: 600, records: 1 }, // A5: 612 h
        { stage: "COMPARISON", hours: 120, records: 1 }, // A3 since 5 April
        { stage: "COMPARISON", hours: 720, records: 1 }, // A1: 736 h
        { stage: "CONSIDERATION", hours: 216, records: 1 }, // A4 since 1 April
        { stage: "CONSIDERATION", hours: 480, records: 1 }, // A2: 498 h
      ]);
      // SLAs: awareness 72 h, consideration 24 h, comparison 720 h, purchase 168 h, onboarding 1,440 h.
      expect(slaBreaches(ages, await stageSlaHours(database.prisma))).toEqual([
        { stage: "AWARENESS", inStage: 1, pastSla: 1, share: 1 },
        { stage: "CONSIDERATION", inStage: 2, pastSla: 2, share: 1 },
        { stage: "COMPARISON", inStage: 2, pastSla: 1, share: 0.5 }, // A1: 736 h ≥ 720 h
        { stage: "PURCHASE", inStage: 0, pastSla: 0, share: null },
        { stage: "ONBOARDING", inStage: 0, pastSla: 0, share: null },
      ]);
    });

    it("filters by the stamp of the record's last move", async () => {
      expect(await stageAges(database.prisma, { kind: "ACCOUNT", asOf: AS_OF, filters: { segmentIds: [2] } })).toEqual([
        { stage: "COMPARISON", hours: 120, records: 1 }, // A3
        { stage: "CONSIDERATION", hours: 216, records: 1 }, // A4
        { stage: "CONSIDERATION", hours: 480, records: 1 }, // A2, whose last move was stamped segment 2
      ]);
    });

    it("keeps hourly ages under 48 h and nothing that happened after as-of", async () => {
      expect(await stageAges(database.prisma, { kind: "ACCOUNT", asOf: utc("2026-03-05T03:00") })).toEqual([
        { stage: "AWARENESS", hours: 3, records: 1 }, // A2
        { stage: "CONSIDERATION", hours: 43, records: 1 }, // A1
        { stage: "CONSIDERATION", hours: 96, records: 1 }, // A3: 99 h, in the 4-day bucket
      ]);
      expect(await stageAges(database.prisma, { kind: "ACCOUNT", asOf: utc("2026-02-01T00:00") })).toEqual([]);
    });

    it("lifts an age past an SLA off a bucket edge to the SLA, so the breach share stays exact", async () => {
      await database.pool.query(`UPDATE "StageDefinition" SET "slaHours" = 490 WHERE stage = 'CONSIDERATION'`);
      try {
        const ages = await stageAges(database.prisma, { kind: "ACCOUNT", asOf: AS_OF });
        // A2: 498 h ≥ 490 h, but its day bucket (480) is below the SLA: reported at 490.
        expect(ages.filter((age) => age.stage === "CONSIDERATION")).toEqual([
          { stage: "CONSIDERATION", hours: 216, records: 1 },
          { stage: "CONSIDERATION", hours: 490, records: 1 },
        ]);
        expect(slaBreaches(ages, await stageSlaHours(database.prisma))[1]).toEqual({
          stage: "CONSIDERATION", inStage: 2, pastSla: 1, share: 0.5,
        });
      } finally {
        await database.pool.query(`UPDATE "StageDefinition" SET "slaHours" = 24 WHERE stage = 'CONSIDERATION'`);
      }
    });
  });
});
