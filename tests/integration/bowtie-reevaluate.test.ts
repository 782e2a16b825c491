import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MqlRule } from "@/lib/bowtie/mql";
import { reevaluateLeads } from "@/lib/bowtie/reevaluate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const at = new Date("2026-06-30T12:00:00Z");
const loose: MqlRule = { industries: [], minEmployees: null, maxEmployees: null, countries: [], personas: [], titleKeywords: [], minEngagementScore: 20, withinDays: 60 };
const strict: MqlRule = { ...loose, minEmployees: 100, minEngagementScore: 50 };

describe("re-evaluating leads against a new MQL version", () => {
  let database: TestDatabase;
  let segmentId: number;
  let other: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    segmentId = (await database.prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } })).id;
    other = (await database.prisma.segment.create({ data: { key: "vol", nameEn: "Volume", nameFi: "Volyymi", priority: 2 } })).id;
  });
  afterAll(() => database.drop());

  async function lead(email: string, fields: { employees: number; engagementScore: number; segment?: number; stage?: "AWARENESS" | "CONSIDERATION"; status?: "NEW" | "MQL" | "REJECTED" | "ACCEPTED" }) {
    const created = await database.prisma.lead.create({
      data: {
        firstName: "A", lastName: "B", email, source: "WEB", segmentId: fields.segment ?? segmentId,
        employees: fields.employees, engagementScore: fields.engagementScore,
        stage: fields.stage ?? "AWARENESS", status: fields.status ?? "NEW",
      },
    });
    await database.prisma.touchpoint.create({ data: { type: "WEB_VISIT", channel: "WEB", occurredAt: new Date("2026-06-20T00:00:00Z"), leadId: created.id } });
    return created.id;
  }

  it("qualifies newly fitting leads and returns no-longer-fitting MQLs, recording the version on every move", async () => {
    const big = await lead("big@a.fi", { employees: 500, engagementScore: 70 });
    const small = await lead("small@a.fi", { employees: 20, engagementScore: 70 });
    const mqlSmall = await lead("mqlsmall@a.fi", { employees: 20, engagementScore: 70, stage: "CONSIDERATION", status: "MQL" });
    const mqlBig = await lead("mqlbig@a.fi", { employees: 800, engagementScore: 90, stage: "CONSIDERATION", status: "MQL" });
    const rejected = await lead("rejected@a.fi", { employees: 900, engagementScore: 90, status: "REJECTED" });
    const otherSegment = await lead("other@a.fi", { employees: 900, engagementScore: 90, segment: other });
    const v2 = await database.prisma.mqlCriteria.create({ data: { segmentId, version: 2, status: "ACTIVE", ...strict } });

    const result = await reevaluateLeads(database.prisma, { id: v2.id, segmentId, version: 2, rule: strict }, { actorId: null, at });

    expect(result).toEqual({ checked: 4, qualified: 1, unqualified: 1, skipped: 0 });
    const stages = Object.fromEntries(
      (await database.prisma.lead.findMany({ select: { id: true, stage: true, status: true } })).map((l) => [l.id, `${l.stage}/${l.status}`]),
    );
    expect(stages[big]).toBe("CONSIDERATION/MQL");
    expect(stages[small]).toBe("AWARENESS/NEW");
    expect(stages[mqlSmall]).toBe("AWARENESS/NURTURE");
    expect(stages[mqlBig]).toBe("CONSIDERATION/MQL");
    expect(stages[rejected]).toBe("AWARENESS/REJECTED");
    expect(stages[otherSegment]).toBe("AWARENESS/NEW");

    const moves = await database.prisma.stageTransition.findMany({ orderBy: { id: "asc" } });
    expect(moves.map((m) => [m.entityId, m.fromStage, m.toStage, m.criteriaVersionId])).toEqual([
      [big, "AWARENESS", "CONSIDERATION", v2.id],
      [mqlSmall, "CONSIDERATION", "AWARENESS", v2.id],
    ]);
  });

  it("changes nothing when run again with the same version", async () => {
    const v2 = await database.prisma.mqlCriteria.findFirstOrThrow({ where: { segmentId, version: 2 } });
    const before = await database.prisma.stageTransition.count();
    const result = await reevaluateLeads(database.prisma, { id: v2.id, segmentId, version: 2, rule: strict }, { actorId: null, at });
    expect(result.qualified + result.unqualified).toBe(0);
    expect(await database.prisma.stageTransition.count()).toBe(before);
  });
});
