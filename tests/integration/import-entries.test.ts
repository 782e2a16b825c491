import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEntriesIn } from "@/lib/bowtie/record-entries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("first transitions of imported records (recordEntriesIn)", () => {
  let database: TestDatabase;
  let actorId: number;
  const at = new Date("2026-05-04T10:00:00Z");

  beforeAll(async () => {
    database = await createTestDatabase();
    actorId = (await database.prisma.user.create({ data: { email: "tuoja@rusetti.test", name: "Tuomas Tuoja", passwordHash: "x", role: "ADMIN" } })).id;
  });
  afterAll(() => database.drop());

  const newLeads = async (count: number) => {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) ids.push((await database.prisma.lead.create({ data: { firstName: "A", lastName: `B${i}`, source: "WEBINAR" } })).id);
    return ids;
  };
  const entries = (ids: number[]) => database.prisma.stageTransition.findMany({ where: { entityKind: "LEAD", entityId: { in: ids } }, orderBy: { entityId: "asc" } });

  it("places each record on the bow-tie once, from nowhere to its stage, with its source", async () => {
    const ids = await newLeads(3);
    const written = await database.prisma.$transaction((tx) => recordEntriesIn(tx, "LEAD", ids, { actorId, at, reason: "Imported" }));
    expect(written).toBe(3);
    expect((await entries(ids)).map((t) => [t.entityId, t.fromStage, t.toStage, t.source, t.actorId, t.reason])).toEqual(
      ids.map((id) => [id, null, "AWARENESS", "WEBINAR", actorId, "Imported"]),
    );
  });

  it("refuses records already on the bow-tie, writing nothing", async () => {
    const [placed] = await newLeads(1);
    await database.prisma.$transaction((tx) => recordEntriesIn(tx, "LEAD", [placed!], { actorId, at, reason: "Imported" }));
    const fresh = await newLeads(2);
    const all = [...fresh, placed!];
    await expect(database.prisma.$transaction((tx) => recordEntriesIn(tx, "LEAD", all, { actorId, at, reason: "Again" }))).rejects.toMatchObject({
      code: "INVALID",
      message: "1 of the LEAD records are already on the bow-tie",
    });
    expect(await entries(all)).toHaveLength(1);
  });

  it("refuses ids with no record, writing nothing", async () => {
    const fresh = await newLeads(1);
    await expect(database.prisma.$transaction((tx) => recordEntriesIn(tx, "LEAD", [...fresh, 999_999], { actorId, at, reason: "Imported" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await entries(fresh)).toHaveLength(0);
  });
});
