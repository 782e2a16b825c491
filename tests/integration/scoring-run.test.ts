import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/prisma";
import { RECOMPUTE_BATCH } from "@/lib/scoring/recompute";
import { rescore } from "@/lib/scoring/rescore";
import { emptyRules, fitRule as fit, type ScoringRules } from "@/lib/scoring/rules";
import { runScoring } from "@/lib/scoring/run";
import { INTERRUPTED } from "@/lib/scoring/run-claim";
import { latestRun } from "@/lib/scoring/run-view";
import { restartRun, saveScoringRules, startRecompute } from "@/lib/scoring/save";
import { activeRuleSet } from "@/lib/scoring/store";
import { runRecord } from "../support/scoring-runs";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAY = 86_400_000;
const at = new Date("2026-06-30T12:00:00Z");

const RULES: ScoringRules = {
  fitRules: [fit("INDUSTRY", "Manufacturing", 30), fit("EMPLOYEES", null, 25, [100, 999]), fit("COUNTRY", "FI", 10)],
  engagementPoints: { ...emptyRules().engagementPoints, WEB_VISIT: 6, WEBINAR: 18, MEETING: 20 },
  halfLifeDays: 30,
};

// Leads in three batches of ids, so that a run writes its progress three times; the one at
// the start of the second batch is what a test locks to hold a run half-way.
const FIRST = 100_001;
const HELD = FIRST + RECOMPUTE_BATCH;
const IDS = [FIRST, FIRST + 1, FIRST + 2, HELD, HELD + 1, FIRST + 2 * RECOMPUTE_BATCH];

/** The same company in any database: six leads, one of them in a segment whose MQL its touches will meet. */
async function seed(prisma: PrismaClient): Promise<number> {
  const admin = await prisma.user.create({ data: { email: "admin@run.test", name: "Admin", role: "ADMIN", passwordHash: "-" } });
  const segment = await prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } });
  await prisma.mqlCriteria.create({
    data: { segmentId: segment.id, version: 1, status: "ACTIVE", industries: [], countries: [], personas: [], titleKeywords: [], minEngagementScore: 40, withinDays: 60 },
  });
  for (const [index, id] of IDS.entries()) {
    await prisma.lead.create({
      data: {
        id,
        firstName: "Lead",
        lastName: `L${index}`,
        source: "WEB",
        industry: index % 2 === 0 ? "Manufacturing" : "Retail",
        employees: 100 * index,
        country: index < 3 ? "FI" : "SE",
        fitScore: 50,
        engagementScore: 50,
        segmentId: index === 4 ? segment.id : null,
      },
    });
    const touches = index === 4 ? ["MEETING", "MEETING", "WEBINAR"] : index === 1 ? ["WEB_VISIT"] : [];
    for (const type of touches) {
      await prisma.touchpoint.create({ data: { type: type as "MEETING", channel: "WEB", occurredAt: new Date(at.getTime() - 2 * DAY), leadId: id } });
    }
  }
  return admin.id;
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("a scoring run", () => {
  let database: TestDatabase;
  let adminId: number;
  let holder: pg.PoolClient | null = null;

  beforeAll(async () => {
    database = await createTestDatabase();
    adminId = await seed(database.prisma);
  });
  afterAll(async () => {
    holder?.release();
    await database.drop();
  });

  const run = (id: number) => database.prisma.scoringRun.findUniqueOrThrow({ where: { id } });
  const scores = async (prisma: PrismaClient) =>
    (await prisma.lead.findMany({ select: { id: true, fitScore: true, engagementScore: true, stage: true, status: true }, orderBy: { id: "asc" } })).map((lead) => ({ ...lead }));

  /** Holds a run half-way: the second batch waits for a lock on a lead it has to write. */
  async function holdSecondBatch(): Promise<() => Promise<void>> {
    holder = await database.pool.connect();
    await holder.query("BEGIN");
    await holder.query(`SELECT 1 FROM "Lead" WHERE id = $1 FOR UPDATE`, [HELD]);
    return async () => {
      await holder!.query("COMMIT");
      holder!.release();
      holder = null;
    };
  }

  it("is queued by a save, refuses a second one while under way, reports each batch and ends with the counts rescore gives", async () => {
    // What a recompute inline in the request stored before: the same save and rescore on a twin database.
    const twin = await createTestDatabase();
    let expected: Awaited<ReturnType<typeof rescore>>;
    let twinScores: Awaited<ReturnType<typeof scores>>;
    try {
      const twinAdmin = await seed(twin.prisma);
      await saveScoringRules(twin.prisma, { rules: RULES, baseVersion: 0 }, { actorId: twinAdmin, at });
      expected = await rescore(twin.prisma, (await activeRuleSet(twin.prisma))!, { fit: true, engagement: true }, { actorId: twinAdmin, at });
      twinScores = await scores(twin.prisma);
    } finally {
      await twin.drop();
    }
    expect(expected.mql).toMatchObject({ segments: 1, qualified: 1 });

    const saved = await saveScoringRules(database.prisma, { rules: RULES, baseVersion: 0 }, { actorId: adminId, at });
    expect(saved.version).toBe(1);
    expect(await run(saved.runId)).toMatchObject({ status: "QUEUED", fit: true, engagement: true, asOf: at, actorId: adminId, totalLeads: null });
    const busy = { code: "CONFLICT", messageKey: "scoring.run.busy" };
    await expect(startRecompute(database.prisma, { actorId: adminId, at })).rejects.toMatchObject(busy);
    // A save while a run is under way is refused whole: no version without its run.
    await expect(saveScoringRules(database.prisma, { rules: { ...RULES, halfLifeDays: 7 }, baseVersion: 1 }, { actorId: adminId, at })).rejects.toMatchObject(busy);
    expect(await database.prisma.scoringRuleSet.count()).toBe(1);

    const release = await holdSecondBatch();
    const running = runScoring(database.prisma, saved.runId);
    await waitFor(async () => (await run(saved.runId)).processedLeads > 0, "the first batch");
    expect(await run(saved.runId)).toMatchObject({ status: "RUNNING", phase: "SCORES", totalLeads: IDS.length, processedLeads: 3, writtenLeads: 3 });
    expect(await latestRun(database.prisma)).toMatchObject({ id: saved.runId, status: "RUNNING", version: 1, total: IDS.length, processed: 3, actor: "Admin", restartable: false });
    await expect(startRecompute(database.prisma, { actorId: adminId, at })).rejects.toMatchObject(busy);
    await expect(restartRun(database.prisma, saved.runId, { actorId: adminId })).rejects.toMatchObject({ code: "INVALID", messageKey: "scoring.run.notRestartable" });
    await release();
    await running;

    const done = await run(saved.runId);
    expect(done).toMatchObject({ status: "DONE", phase: "MQL", failure: null, processedLeads: IDS.length });
    expect(done.startedAt!.getTime()).toBeLessThanOrEqual(done.finishedAt!.getTime());
    const record = await runRecord(database.prisma, saved.runId);
    const { ms: _scoresMs, batches: _batches, superseded: _superseded, ...counts } = expected.scores;
    const { ms: _mqlMs, ...mql } = expected.mql!;
    expect(record.scores).toEqual(counts);
    expect(record.mql).toMatchObject(mql);
    expect(await scores(database.prisma)).toEqual(twinScores);
    const audits = await database.prisma.auditLog.findMany({ where: { action: "scoring.recompute" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: adminId, after: { version: 1, scores: counts, mql } });
    expect(await latestRun(database.prisma)).toMatchObject({ status: "DONE", written: counts.written, mql, restartable: false });
  });

  it("shows a run whose server stopped as interrupted, and starts it again under its own version, parts and instant", async () => {
    const ruleSet = (await activeRuleSet(database.prisma))!;
    const lost = await database.prisma.scoringRun.create({
      data: { ruleSetId: ruleSet.id, fit: true, engagement: false, asOf: at, status: "RUNNING", totalLeads: IDS.length, processedLeads: 3, actorId: adminId },
    });
    // Half of it had not been written: two leads' fit scores are off.
    await database.prisma.lead.updateMany({ where: { id: { in: [HELD, HELD + 1] } }, data: { fitScore: 1 } });
    // Heartbeating a minute ago, it still counts as running.
    await database.pool.query(`UPDATE "ScoringRun" SET "updatedAt" = now() - interval '1 minute' WHERE id = $1`, [lost.id]);
    expect(await latestRun(database.prisma)).toMatchObject({ id: lost.id, status: "RUNNING" });
    await expect(startRecompute(database.prisma, { actorId: adminId, at })).rejects.toMatchObject({ code: "CONFLICT" });

    await database.pool.query(`UPDATE "ScoringRun" SET "updatedAt" = now() - interval '10 minutes' WHERE id = $1`, [lost.id]);
    expect(await latestRun(database.prisma)).toMatchObject({ id: lost.id, status: "FAILED", interrupted: true, restartable: true });
    expect(await run(lost.id)).toMatchObject({ status: "FAILED", failure: INTERRUPTED });

    const again = await restartRun(database.prisma, lost.id, { actorId: adminId });
    expect(await run(again)).toMatchObject({ status: "QUEUED", ruleSetId: ruleSet.id, fit: true, engagement: false, asOf: at });
    await runScoring(database.prisma, again);
    expect(await runRecord(database.prisma, again)).toMatchObject({ status: "DONE", scores: { leads: IDS.length, written: 2, fitChanged: 2, engagementChanged: 0 }, mql: null });
    await expect(restartRun(database.prisma, lost.id, { actorId: adminId })).rejects.toMatchObject({ messageKey: "scoring.run.notRestartable" });
  });

  it("a run marked interrupted while it still works stops at its next batch, and another may start", async () => {
    const audited = await database.prisma.auditLog.count({ where: { action: "scoring.recompute" } });
    await database.prisma.lead.updateMany({ data: { fitScore: 2 } });
    const runId = await startRecompute(database.prisma, { actorId: adminId, at: new Date(at.getTime() + DAY) });
    const release = await holdSecondBatch();
    const running = runScoring(database.prisma, runId);
    await waitFor(async () => (await run(runId)).processedLeads > 0, "the first batch");
    await database.pool.query(`UPDATE "ScoringRun" SET "updatedAt" = now() - interval '10 minutes' WHERE id = $1`, [runId]);
    expect(await latestRun(database.prisma)).toMatchObject({ id: runId, status: "FAILED", interrupted: true });
    await release();
    await running;
    expect(await run(runId)).toMatchObject({ status: "FAILED", failure: INTERRUPTED, processedLeads: 3, finishedAt: null });
    expect(await database.prisma.auditLog.count({ where: { action: "scoring.recompute" } })).toBe(audited);

    const next = await restartRun(database.prisma, runId, { actorId: adminId });
    await runScoring(database.prisma, next);
    expect(await run(next)).toMatchObject({ status: "DONE" });
    expect(await database.prisma.lead.count({ where: { fitScore: 2 } })).toBe(0);
  });

  it("a run that fails says why and may be started again", async () => {
    const runId = await startRecompute(database.prisma, { actorId: adminId, at });
    // A constraint that every score the run writes breaks: its first batch fails.
    await database.pool.query(`ALTER TABLE "Lead" ADD CONSTRAINT lead_fit_limit CHECK ("fitScore" < 0) NOT VALID`);
    try {
      await database.prisma.lead.updateMany({ data: { fitScore: -1 } });
      await runScoring(database.prisma, runId);
    } finally {
      await database.pool.query(`ALTER TABLE "Lead" DROP CONSTRAINT lead_fit_limit`);
    }
    const failed = await run(runId);
    expect(failed).toMatchObject({ status: "FAILED", failure: expect.stringContaining("lead_fit_limit") });
    expect(await latestRun(database.prisma)).toMatchObject({ status: "FAILED", interrupted: false, restartable: true });
    const again = await restartRun(database.prisma, runId, { actorId: adminId });
    await runScoring(database.prisma, again);
    expect(await run(again)).toMatchObject({ status: "DONE" });
  });
});
