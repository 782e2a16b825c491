import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "@/lib/audit";
import { createLeadIn, qualifyLeadIn } from "@/lib/bowtie/leads";
import { loadTimeline, type TimelineEntry } from "@/lib/records/timeline";
import type { TimelineCursor } from "@/lib/records/timeline-cursor";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The creation's audit entry is stamped by the database clock, so the story starts now.
const start = Date.now();
const at = (minutes: number) => new Date(start + minutes * 60_000);

describe("a record's timeline", () => {
  let database: TestDatabase;
  let leadId: number;
  let otherLeadId: number;
  let userId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await database.prisma.user.create({ data: { email: "sales@x.fi", name: "Sanna Sales", passwordHash: "x", role: "SALES" } });
    userId = user.id;
    const segment = await database.prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } });
    const criteria = await database.prisma.mqlCriteria.create({
      data: { segmentId: segment.id, version: 4, status: "ACTIVE", industries: [], countries: [], personas: [], titleKeywords: [], minEngagementScore: 10, withinDays: 30 },
    });
    const campaign = await database.prisma.campaign.create({ data: { name: "Spring webinar", source: "WEBINAR", channel: "WEB", startsOn: at(0) } });
    leadId = await database.prisma.$transaction((tx) =>
      createLeadIn(tx, { firstName: "Anna", lastName: "Virtanen", source: "WEBINAR", segmentId: segment.id, engagementScore: 40 }, { actorId: userId, at: at(0) }),
    );
    otherLeadId = await database.prisma.$transaction((tx) =>
      createLeadIn(tx, { firstName: "Other", lastName: "Lead", source: "WEB" }, { actorId: null, at: at(0) }),
    );
    // 60 touchpoints, two of them at the same instant, so pages break inside a tie.
    await database.prisma.touchpoint.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        type: i % 2 ? ("WEB_VISIT" as const) : ("WEBINAR" as const),
        channel: "WEB" as const,
        occurredAt: at(10 + Math.min(i, 58)),
        leadId,
        campaignId: i === 0 ? campaign.id : null,
        userId: i === 1 ? userId : null,
      })),
    });
    await database.prisma.touchpoint.create({ data: { type: "EMAIL", channel: "EMAIL", occurredAt: at(30), leadId: otherLeadId } });
    await database.prisma.auditLog.create({
      data: { actorId: userId, action: "lead.update", entityKind: "LEAD", entityId: String(leadId), before: { title: "CTO", version: 1 }, after: { title: "CEO", version: 2 }, occurredAt: at(70) },
    });
    await database.prisma.$transaction((tx) =>
      qualifyLeadIn(tx, leadId, { id: criteria.id, rule: { ...criteria } }, { actorId: userId, at: at(80) }),
    );
    await database.prisma.$transaction((tx) => audit(tx, { actorId: null, action: "lead.note", entityKind: "LEAD", entityId: otherLeadId, after: { note: "x" } }));
  });
  afterAll(() => database.drop());

  async function walk(size: number): Promise<{ entries: TimelineEntry[]; pages: number }> {
    const entries: TimelineEntry[] = [];
    let after: TimelineCursor | null = null;
    let pages = 0;
    do {
      const page = await loadTimeline("LEAD", leadId, { after, size }, database.prisma);
      entries.push(...page.entries);
      after = page.next;
      pages++;
      expect(pages).toBeLessThan(100);
    } while (after);
    return { entries, pages };
  }

  it("merges touchpoints, transitions and field changes of this record only, newest first", async () => {
    const { entries } = await walk(1000);
    const counts = entries.reduce<Record<string, number>>((acc, entry) => ({ ...acc, [entry.source]: (acc[entry.source] ?? 0) + 1 }), {});
    // 60 touchpoints; entry and qualification; the create and the title change (the stage move's own entry is left out).
    expect(counts).toEqual({ touchpoint: 60, transition: 2, audit: 2 });
    const times = entries.map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(entries[0]).toMatchObject({ source: "transition", from: "AWARENESS", to: "CONSIDERATION", actor: "Sanna Sales", criteriaVersion: 4 });
    expect(entries[1]).toMatchObject({ source: "audit", action: "lead.update", actor: "Sanna Sales", changes: [{ field: "title", before: "CTO", after: "CEO" }] });
  });

  it("names the campaign and the person of a touchpoint", async () => {
    const { entries } = await walk(1000);
    const touches = entries.filter((entry) => entry.source === "touchpoint");
    expect(touches.at(-1)).toMatchObject({ type: "WEBINAR", channel: "WEB", campaign: { name: "Spring webinar" }, user: null });
    expect(touches.at(-2)).toMatchObject({ type: "WEB_VISIT", user: "Sanna Sales", campaign: null });
  });

  it("pages through every entry exactly once, whatever the page size", async () => {
    const all = (await walk(1000)).entries.map((entry) => `${entry.source}:${entry.id}`);
    for (const size of [1, 7, 25]) {
      const { entries, pages } = await walk(size);
      expect(entries.map((entry) => `${entry.source}:${entry.id}`)).toEqual(all);
      expect(pages).toBe(Math.ceil(all.length / size));
    }
  });

  it("is empty for a record with no history", async () => {
    expect(await loadTimeline("DEAL", 999_999, {}, database.prisma)).toEqual({ entries: [], next: null });
  });
});
