import { beforeAll, describe, expect, it } from "vitest";
import { actionDatabase, createSessionUser, formData, runAction, signInAs } from "../support/action-session";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createTeamAction, deleteTeamAction, updateTeamAction } from "@/lib/settings/teams/actions";
import { ensureReferenceData } from "@/prisma/reference-data";
import type { TestDatabase } from "../support/test-database";

describe("teams and their capacity", () => {
  const testDatabase = actionDatabase();
  let database: TestDatabase;
  let admin: CurrentUser;

  beforeAll(async () => {
    database = testDatabase();
    admin = await createSessionUser(database.prisma, "ADMIN", { name: "Aino" });
    await ensureReferenceData(database.prisma);
  });

  const teamNamed = (name: string) => database.prisma.team.findUnique({ where: { name } });
  const team = (name: string, monthlyCapacity = 100) => database.prisma.team.create({ data: { name, function: "SDR", monthlyCapacity } });
  const auditOf = (id: number) => database.prisma.auditLog.findMany({ where: { entityKind: "TEAM", entityId: String(id) }, orderBy: { id: "asc" } });
  const footprint = async () => ({
    teams: await database.prisma.team.findMany({ orderBy: { id: "asc" } }),
    audit: await database.prisma.auditLog.count(),
  });

  it("creates a team from the form's text, goes back to the teams, and audits it", async () => {
    signInAs(admin);
    const outcome = await runAction(createTeamAction, formData({ name: " Inside sales ", function: "SDR", monthlyCapacity: "1 200" }));

    expect(outcome).toEqual({ ok: true, redirectedTo: "/settings/teams" });
    const created = await teamNamed("Inside sales");
    expect(created).toMatchObject({ function: "SDR", monthlyCapacity: 1200 });
    expect(await auditOf(created!.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "team.create", before: null, after: { name: "Inside sales", function: "SDR", monthlyCapacity: 1200 } }),
    ]);
  });

  it("renames a team and changes its function and capacity, auditing only what changed", async () => {
    const { id } = await team("Field sales", 60);
    signInAs(admin);
    const outcome = await runAction(updateTeamAction, formData({ id, name: "Enterprise sales", function: "ACCOUNT_EXECUTIVE", monthlyCapacity: "60" }));

    expect(outcome).toEqual({ ok: true, redirectedTo: "/settings/teams" });
    expect(await database.prisma.team.findUnique({ where: { id } })).toMatchObject({ name: "Enterprise sales", function: "ACCOUNT_EXECUTIVE", monthlyCapacity: 60 });
    expect(await auditOf(id)).toEqual([
      expect.objectContaining({
        action: "team.update",
        before: { name: "Field sales", function: "SDR" },
        after: { name: "Enterprise sales", function: "ACCOUNT_EXECUTIVE" },
      }),
    ]);
  });

  it("writes nothing when the form changes nothing", async () => {
    const { id } = await team("Webinars", 30);
    signInAs(admin);
    const before = await footprint();
    expect(await runAction(updateTeamAction, formData({ id, name: "Webinars", function: "SDR", monthlyCapacity: "30" }))).toMatchObject({ ok: true });
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ["a blank name", { name: "", function: "SDR", monthlyCapacity: "5" }, { name: ["Fill in this field."] }],
    ["a negative capacity", { name: "X", function: "SDR", monthlyCapacity: "-5" }, { monthlyCapacity: ["This number is too small."] }],
    ["an unknown function", { name: "X", function: "NOPE", monthlyCapacity: "5" }, { function: ["Choose one of the options."] }],
  ])("refuses %s with a translated field message and changes nothing", async (_label, input, fieldErrors) => {
    const { id } = await team(`Refused ${_label}`);
    signInAs(admin);
    const before = await footprint();
    expect(await runAction(createTeamAction, formData(input))).toMatchObject({ ok: false, code: "INVALID", fieldErrors });
    expect(await runAction(updateTeamAction, formData({ ...input, id }))).toMatchObject({ ok: false, code: "INVALID", fieldErrors });
    expect(await footprint()).toEqual(before);
  });

  it("refuses a name another team has, in any letter case", async () => {
    await team("Account management");
    const { id } = await team("Renewals");
    signInAs(admin);
    const before = await footprint();
    const taken = { ok: false, code: "CONFLICT", message: "A team of this name already exists.", fieldErrors: { name: ["A team of this name already exists."] } };
    expect(await runAction(createTeamAction, formData({ name: "ACCOUNT MANAGEMENT", function: "SDR", monthlyCapacity: "5" }))).toMatchObject(taken);
    expect(await runAction(updateTeamAction, formData({ id, name: "account management", function: "SDR", monthlyCapacity: "5" }))).toMatchObject(taken);
    expect(await footprint()).toEqual(before);
  });

  it("deletes a team nobody is in and that owns no stage, keeping what it was in the audit log", async () => {
    const { id } = await team("Short-lived", 7);
    signInAs(admin);
    expect(await runAction(deleteTeamAction, formData({ id }))).toEqual({ ok: true, redirectedTo: "/settings/teams" });
    expect(await database.prisma.team.findUnique({ where: { id } })).toBeNull();
    expect(await auditOf(id)).toEqual([expect.objectContaining({ action: "team.delete", before: { name: "Short-lived", function: "SDR", monthlyCapacity: 7 }, after: null })]);
  });

  it.each([
    ["members", { members: true, stages: false }, "This team still has members. Move them to another team first, then delete it."],
    ["stages", { members: false, stages: true }, "This team still owns stages in the sales-model matrix. Give those stages to another team under Stages first, then delete it."],
    ["both", { members: true, stages: true }, "This team still has members and owns stages in the sales-model matrix."],
  ])("refuses to delete a team held by %s, saying what holds it, and changes nothing", async (label, holds, message) => {
    const { id } = await team(`Held by ${label}`);
    if (holds.members) await database.prisma.user.create({ data: { email: `member-${label}@kuura.fi`, name: "Member", role: "SALES", passwordHash: "-", teamId: id } });
    if (holds.stages) {
      const segment = await database.prisma.segment.create({ data: { key: `seg-${label}`, nameEn: label, nameFi: label, priority: 100 + id } });
      await database.prisma.stageOwner.create({ data: { stage: "COMPARISON", segmentId: segment.id, teamId: id, mode: "H2H" } });
    }
    signInAs(admin);
    const before = await footprint();
    const outcome = await runAction(deleteTeamAction, formData({ id }));
    expect(outcome).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(outcome.ok === false && outcome.message).toContain(message);
    expect(await footprint()).toEqual(before);
  });

  it("answers a team that no longer exists with not found", async () => {
    signInAs(admin);
    expect(await runAction(deleteTeamAction, formData({ id: 999_999 }))).toMatchObject({ ok: false, code: "NOT_FOUND", message: "That team no longer exists." });
    expect(await runAction(updateTeamAction, formData({ id: 999_999, name: "Ghost", function: "SDR", monthlyCapacity: "1" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
