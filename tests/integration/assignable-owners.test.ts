import { actionDatabase, createSessionUser } from "../support/action-session";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";

describe("whom a record can be assigned to", () => {
  const testDatabase = actionDatabase();
  let active: CurrentUser;
  let gone: CurrentUser;
  let listOwners: typeof import("@/lib/data/users").listOwners;
  let listAssignableOwners: typeof import("@/lib/data/users").listAssignableOwners;

  beforeAll(async () => {
    const { prisma } = testDatabase();
    active = await createSessionUser(prisma, "SALES", { name: "Aktiivinen Myyjä" });
    gone = await createSessionUser(prisma, "SALES", { name: "Lähtenyt Myyjä", active: false });
    ({ listOwners, listAssignableOwners } = await import("@/lib/data/users"));
  });

  it("offers active users only for a new assignment", async () => {
    const ids = (await listAssignableOwners()).map((owner) => owner.id);
    expect(ids).toContain(active.id);
    expect(ids).not.toContain(gone.id);
  });

  it("keeps a deactivated current owner on the record's own form, so opening it changes nothing", async () => {
    const ids = (await listAssignableOwners(gone.id)).map((owner) => owner.id);
    expect(ids).toEqual(expect.arrayContaining([active.id, gone.id]));
  });

  it("still lists a deactivated user as an owner to filter the lists by", async () => {
    expect((await listOwners()).map((owner) => owner.id)).toContain(gone.id);
  });
});
