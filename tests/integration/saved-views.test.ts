import { beforeAll, describe, expect, it } from "vitest";
import { actionDatabase, createSessionUser, formData, signInAs, takeRevalidated } from "../support/action-session";
import { deleteViewAction } from "@/lib/actions/views/delete-view";
import { renameViewAction } from "@/lib/actions/views/rename-view";
import { saveViewAction } from "@/lib/actions/views/save-view";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listSavedViews } from "@/lib/records/saved-views";
import { VIEW_QUERY_MAX } from "@/lib/validation/saved-view";
import type { TestDatabase } from "../support/test-database";

describe("saved views", () => {
  const testDatabase = actionDatabase();
  let database: TestDatabase;
  let anna: CurrentUser;
  let pekka: CurrentUser;

  beforeAll(async () => {
    database = testDatabase();
    anna = await createSessionUser(database.prisma, "SALES", { name: "Anna" });
    pekka = await createSessionUser(database.prisma, "LEADERSHIP", { name: "Pekka" });
  });

  const save = (user: CurrentUser, fields: Record<string, string>) => {
    signInAs(user);
    return saveViewAction(null, formData({ kind: "LEAD", ...fields }));
  };
  const viewsOf = (user: CurrentUser, kind: "LEAD" | "DEAL" = "LEAD") => listSavedViews(user.id, kind, database.prisma);

  it("saves the current view without its page cursor, lists it for its owner only, and audits it", async () => {
    const result = await save(anna, { name: "  Hot   webinar leads ", query: "?stage=CONSIDERATION&after=WzEsMl0&q=&source=WEBINAR" });

    expect(result).toMatchObject({ ok: true, data: { name: "Hot webinar leads", replaced: false } });
    expect(await viewsOf(anna)).toEqual([expect.objectContaining({ name: "Hot webinar leads", query: "stage=CONSIDERATION&source=WEBINAR" })]);
    expect(await viewsOf(pekka)).toEqual([]);
    expect(await viewsOf(anna, "DEAL")).toEqual([]);
    expect(takeRevalidated().at(-1)).toBe("/leads");
    const [entry] = await database.prisma.auditLog.findMany({ where: { action: "view.save", actorId: anna.id } });
    expect(entry).toMatchObject({ entityKind: "SAVED_VIEW", before: null, after: { kind: "LEAD", name: "Hot webinar leads", query: "stage=CONSIDERATION&source=WEBINAR" } });
  });

  it("refuses a name the user already has until told to replace it, then overwrites that view", async () => {
    await save(anna, { name: "Mine", query: "stage=AWARENESS" });

    const refused = await save(anna, { name: "Mine", query: "stage=COMPARISON" });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", message: "You already have a view of this list with that name." });
    expect((await viewsOf(anna)).find((view) => view.name === "Mine")?.query).toBe("stage=AWARENESS");

    const replaced = await save(anna, { name: "Mine", query: "stage=COMPARISON", replace: "true" });
    expect(replaced).toMatchObject({ ok: true, data: { replaced: true } });
    const mine = (await viewsOf(anna)).filter((view) => view.name === "Mine");
    expect(mine).toEqual([expect.objectContaining({ query: "stage=COMPARISON" })]);
    const entries = await database.prisma.auditLog.findMany({ where: { action: "view.save", entityId: String(mine[0]!.id) }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.before, entry.after])).toEqual([
      [null, { kind: "LEAD", name: "Mine", query: "stage=AWARENESS" }],
      [{ kind: "LEAD", name: "Mine", query: "stage=AWARENESS" }, { kind: "LEAD", name: "Mine", query: "stage=COMPARISON" }],
    ]);
  });

  it("keeps each user's names apart: another user saves the same name as a view of their own", async () => {
    await save(anna, { name: "Shared name", query: "status=NEW" });
    expect(await save(pekka, { name: "Shared name", query: "status=MQL" })).toMatchObject({ ok: true, data: { replaced: false } });
    expect((await viewsOf(anna)).find((view) => view.name === "Shared name")?.query).toBe("status=NEW");
    expect(await viewsOf(pekka)).toEqual([expect.objectContaining({ name: "Shared name", query: "status=MQL" })]);
  });

  it("lets nobody rename or delete another user's view, and says only that it does not exist", async () => {
    await save(anna, { name: "Private", query: "owner=unassigned" });
    const view = (await viewsOf(anna)).find((candidate) => candidate.name === "Private")!;

    signInAs(pekka);
    expect(await renameViewAction(null, formData({ id: view.id, name: "Taken over" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteViewAction(null, formData({ id: view.id }))).toMatchObject({ ok: false, code: "NOT_FOUND", message: "That view no longer exists." });
    expect((await viewsOf(anna)).find((candidate) => candidate.id === view.id)).toMatchObject({ name: "Private", query: "owner=unassigned" });
    expect(await database.prisma.auditLog.count({ where: { actorId: pekka.id, action: { in: ["view.rename", "view.delete"] } } })).toBe(0);
  });

  it("renames and deletes the user's own view, refusing a name they already use, with audit entries", async () => {
    await save(anna, { name: "Old name", query: "segment=1" });
    await save(anna, { name: "Other", query: "segment=2" });
    const view = (await viewsOf(anna)).find((candidate) => candidate.name === "Old name")!;

    signInAs(anna);
    expect(await renameViewAction(null, formData({ id: view.id, name: "Other" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await renameViewAction(null, formData({ id: view.id, name: "New name" }))).toEqual({ ok: true, data: undefined });
    expect((await viewsOf(anna)).find((candidate) => candidate.id === view.id)?.name).toBe("New name");

    expect(await deleteViewAction(null, formData({ id: view.id }))).toEqual({ ok: true, data: undefined });
    expect((await viewsOf(anna)).some((candidate) => candidate.id === view.id)).toBe(false);
    const entries = await database.prisma.auditLog.findMany({ where: { entityKind: "SAVED_VIEW", entityId: String(view.id) }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual(["view.save", "view.rename", "view.delete"]);
    expect(entries[2]).toMatchObject({ actorId: anna.id, before: { kind: "LEAD", name: "New name", query: "segment=1" }, after: null });
  });

  it.each([
    ["a blank name", { name: "   ", query: "stage=AWARENESS" }, "name"],
    ["a name over 80 characters", { name: "x".repeat(81), query: "" }, "name"],
    ["a query too long to keep", { name: "Long", query: `q=${"a".repeat(VIEW_QUERY_MAX)}` }, "query"],
    ["an unknown kind of list", { name: "Odd", kind: "TOUCHPOINT" }, "kind"],
  ])("refuses %s and saves nothing", async (_label, fields, field) => {
    const before = await database.prisma.savedView.count();
    const result = await save(anna, fields as Record<string, string>);
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(result.ok === false && result.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await database.prisma.savedView.count()).toBe(before);
  });

  it("refuses a caller who is not signed in", async () => {
    signInAs(null);
    expect(await saveViewAction(null, formData({ kind: "LEAD", name: "Nobody's", query: "" }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
