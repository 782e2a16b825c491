import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditFilters, type AuditFilters } from "@/lib/settings/audit/filters";
import { loadAuditPage } from "@/lib/settings/audit/queries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("the audit log viewer's query", () => {
  let database: TestDatabase;
  let aino: number;
  let pekka: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    aino = (await database.prisma.user.create({ data: { email: "aino@kuura.fi", name: "Aino", role: "ADMIN", passwordHash: "-" } })).id;
    pekka = (await database.prisma.user.create({ data: { email: "pekka@kuura.fi", name: "Pekka", role: "SALES", passwordHash: "-" } })).id;
    // Helsinki is UTC+2 in November: 22:30 UTC on the 9th is already the 10th there.
    const entries = [
      { actorId: aino, action: "team.update", entityKind: "TEAM", entityId: "1", occurredAt: new Date("2026-11-09T21:30:00Z") },
      { actorId: aino, action: "team.update", entityKind: "TEAM", entityId: "1", occurredAt: new Date("2026-11-09T22:30:00Z") },
      { actorId: pekka, action: "lead.update", entityKind: "LEAD", entityId: "7", occurredAt: new Date("2026-11-10T08:00:00Z") },
      { actorId: null, action: "settings_x.odd", entityKind: "OTHER", entityId: "x", occurredAt: new Date("2026-11-10T08:00:00Z") },
      { actorId: aino, action: "settings.stage", entityKind: "STAGE", entityId: "AWARENESS", occurredAt: new Date("2026-11-10T08:00:00Z") },
      { actorId: aino, action: "user.deactivate", entityKind: "USER", entityId: String(pekka), occurredAt: new Date("2026-11-11T12:00:00Z") },
    ];
    for (const entry of entries) await database.prisma.auditLog.create({ data: entry });
  });
  afterAll(async () => {
    await database.drop();
  });

  const filters = (params: Record<string, string> = {}): AuditFilters => parseAuditFilters(params);
  const actions = async (params: Record<string, string>) => (await loadAuditPage(filters(params), database.prisma)).entries.map((entry) => `${entry.action}@${entry.at.toISOString()}`);

  it("lists newest first, ties by id, with who made each entry", async () => {
    const page = await loadAuditPage(filters(), database.prisma);
    expect(page.entries.map((entry) => entry.action)).toEqual(["user.deactivate", "settings.stage", "settings_x.odd", "lead.update", "team.update", "team.update"]);
    expect(page.entries[0]).toMatchObject({ actor: { id: aino, name: "Aino" }, entityKind: "USER", entityId: String(pekka) });
    expect(page.entries[2]!.actor).toBeNull();
    expect(page.next).toBeNull();
  });

  it("pages by keyset through entries of one instant without losing or repeating any", async () => {
    const seen: string[] = [];
    let view = filters();
    for (;;) {
      const page = await loadAuditPage(view, database.prisma, 2);
      seen.push(...page.entries.map((entry) => String(entry.id)));
      if (!page.next) break;
      view = { ...view, after: page.next };
    }
    const all = (await loadAuditPage(filters(), database.prisma)).entries.map((entry) => String(entry.id));
    expect(seen).toEqual(all);
  });

  it.each([
    ["an actor", { actor: "ADMIN_ID" }, ["user.deactivate", "settings.stage", "team.update", "team.update"]],
    ["the system", { actor: "system" }, ["settings_x.odd"]],
    ["an action prefix, its _ taken literally", { action: "settings." }, ["settings.stage"]],
    ["an entity", { kind: "LEAD", entity: "7" }, ["lead.update"]],
    ["a day in Helsinki", { from: "2026-11-10", to: "2026-11-10" }, ["settings.stage", "settings_x.odd", "lead.update", "team.update"]],
    ["days up to one", { to: "2026-11-09" }, ["team.update"]],
  ])("filters by %s", async (_label, params, expected) => {
    const resolved = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, value === "ADMIN_ID" ? String(aino) : value]));
    expect((await actions(resolved)).map((action) => action.split("@")[0])).toEqual(expected);
  });
});
