import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { MqlRule } from "@/lib/bowtie/mql";
import { moveStage } from "@/lib/bowtie/move-stage";
import { reevaluateLeads } from "@/lib/bowtie/reevaluate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const at = new Date("2026-06-30T12:00:00.000Z");
const rule: MqlRule = { industries: [], minEmployees: null, maxEmployees: null, countries: [], personas: [], titleKeywords: [], minEngagementScore: 50, withinDays: 30 };

describe("the set-based MQL move writes what moveStageIn writes, and leaves what changed meanwhile alone", () => {
  let database: TestDatabase;
  let segmentId: number;
  let criteria: { id: number; segmentId: number; version: number; rule: MqlRule };

  beforeEach(async () => {
    await database?.drop();
    database = await createTestDatabase();
    segmentId = (await database.prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } })).id;
    const row = await database.prisma.mqlCriteria.create({ data: { segmentId, version: 3, status: "ACTIVE", ...rule } });
    criteria = { id: row.id, segmentId, version: 3, rule };
  });
  afterAll(() => database.drop());

  async function lead(score: number, stage: "AWARENESS" | "CONSIDERATION" = "AWARENESS") {
    const { id } = await database.prisma.lead.create({
      data: { firstName: "A", lastName: String(score), source: "WEB", segmentId, engagementScore: score, stage, status: stage === "AWARENESS" ? "NEW" : "MQL" },
    });
    await database.prisma.touchpoint.create({ data: { type: "WEBINAR", channel: "WEB", occurredAt: new Date(at.getTime() - 86_400_000), leadId: id } });
    return id;
  }
  const entry = async (leadId: number) => {
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { entityKind: "LEAD", entityId: String(leadId) } });
    const transition = await database.prisma.stageTransition.findFirstOrThrow({ where: { entityKind: "LEAD", entityId: leadId } });
    const { id: _lead, createdAt: _created, updatedAt: _updated, lastName: _name, ...fields } = await database.prisma.lead.findUniqueOrThrow({ where: { id: leadId } });
    const { id: _transition, entityId: _entity, ...log } = transition;
    return { action: audit.action, actorId: audit.actorId, before: audit.before, after: audit.after, log, fields };
  };

  it("qualifies and returns leads exactly as one moveStageIn per lead would", async () => {
    const [up, down, upByHand, downByHand] = [await lead(80), await lead(10, "CONSIDERATION"), await lead(80), await lead(10, "CONSIDERATION")];
    // The same two moves through the one-record engine, as the row-by-row re-evaluation made them;
    // the re-evaluation looks at those two again and leaves them where they are.
    await moveStage(database.prisma, {
      kind: "LEAD", id: upByHand, to: "CONSIDERATION", actorId: null, at, expectedVersion: 1, criteriaVersionId: criteria.id,
      reason: "Meets MQL criteria v3", data: { status: "MQL", mqlAt: at, mqlCriteriaId: criteria.id },
    });
    await moveStage(database.prisma, {
      kind: "LEAD", id: downByHand, to: "AWARENESS", actorId: null, at, expectedVersion: 1, criteriaVersionId: criteria.id,
      reason: "No longer meets MQL criteria v3", data: { status: "NURTURE" },
    });

    expect(await reevaluateLeads(database.prisma, criteria, { actorId: null, at })).toEqual({ checked: 4, qualified: 1, unqualified: 1, skipped: 0 });
    expect(await entry(up)).toEqual(await entry(upByHand));
    expect(await entry(down)).toEqual(await entry(downByHand));
    expect((await entry(up)).fields).toMatchObject({ stage: "CONSIDERATION", status: "MQL", mqlAt: at, mqlCriteriaId: criteria.id, version: 2 });
  });

  it("gives the same result in slices of any size", async () => {
    for (const score of [80, 10, 90, 20, 70]) await lead(score);
    for (const score of [5, 95]) await lead(score, "CONSIDERATION");
    expect(await reevaluateLeads(database.prisma, criteria, { actorId: null, at }, { slice: 2 })).toEqual({ checked: 7, qualified: 3, unqualified: 1, skipped: 0 });
    expect(await database.prisma.stageTransition.count({ where: { criteriaVersionId: criteria.id } })).toBe(4);
  });

  it("skips a lead someone changed while its slice was being judged, and one moved after the re-evaluation's instant", async () => {
    const [held, later, free] = [await lead(80), await lead(80), await lead(80)];
    await database.prisma.stageTransition.create({ data: { entityKind: "LEAD", entityId: later, segmentId, fromStage: null, toStage: "AWARENESS", occurredAt: new Date(at.getTime() + 3_600_000) } });

    // Another session has `held` locked and is changing it; the re-evaluation waits for its row.
    const other = await database.pool.connect();
    await other.query("BEGIN");
    await other.query(`UPDATE "Lead" SET version = version + 1, title = 'Changed meanwhile' WHERE id = $1`, [held]);
    const running = reevaluateLeads(database.prisma, criteria, { actorId: null, at });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.query("COMMIT");
    other.release();

    expect(await running).toEqual({ checked: 3, qualified: 1, unqualified: 0, skipped: 2 });
    const stages = await database.prisma.lead.findMany({ where: { id: { in: [held, later, free] } }, orderBy: { id: "asc" }, select: { stage: true, version: true } });
    expect(stages).toEqual([
      { stage: "AWARENESS", version: 2 },
      { stage: "AWARENESS", version: 1 },
      { stage: "CONSIDERATION", version: 2 },
    ]);
  });

  it("moves nothing for a version that is no longer in force", async () => {
    await lead(80);
    await database.prisma.mqlCriteria.update({ where: { id: criteria.id }, data: { status: "SUPERSEDED" } });
    expect(await reevaluateLeads(database.prisma, criteria, { actorId: null, at })).toEqual({ checked: 0, qualified: 0, unqualified: 0, skipped: 0 });
    expect(await database.prisma.stageTransition.count()).toBe(0);
  });
});
