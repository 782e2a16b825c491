import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formData, runAction, signInAs } from "../support/action-session";
import { permissionMatrix, type MatrixCall, type MatrixRow } from "../support/permission-matrix";
import type { Role } from "@/generated/prisma/enums";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

type Actions = {
  teams: typeof import("@/lib/settings/teams/actions");
  users: typeof import("@/lib/settings/users/actions");
};

// From the issue: "only ADMIN reaches these pages and actions; the server refuses everyone else".
const ALLOWED: readonly Role[] = ["ADMIN"];

describe("who may call each people settings action: teams and users", () => {
  let database: TestDatabase;
  let users: Record<Role, RoleUser>;
  let actions: Actions;

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    users = await createRoleUsers(database.prisma);
    actions = { teams: await import("@/lib/settings/teams/actions"), users: await import("@/lib/settings/users/actions") };
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });

  const team = (n: number) => database.prisma.team.create({ data: { name: `Team ${n}`, function: "SDR", monthlyCapacity: 100 }, select: { id: true } });
  const user = (n: number, active = true) =>
    database.prisma.user.create({ data: { email: `person.${n}@kuura.fi`, name: `Person ${n}`, role: "SALES", passwordHash: "-", active }, select: { id: true } });
  const call =
    (action: (previous: null, input: FormData) => Promise<unknown>, values: Record<string, unknown>): MatrixCall =>
    () =>
      runAction(action as Parameters<typeof runAction<FormData, unknown>>[0], formData(values));

  const ROWS: MatrixRow[] = [
    { allowed: ALLOWED, action: "createTeamAction", prepare: async (n) => call(actions.teams.createTeamAction, { name: `New team ${n}`, function: "MARKETING", monthlyCapacity: "50" }) },
    { allowed: ALLOWED, action: "updateTeamAction", prepare: async (n) => call(actions.teams.updateTeamAction, { id: (await team(n)).id, name: `Team ${n}`, function: "SDR", monthlyCapacity: "150" }) },
    { allowed: ALLOWED, action: "deleteTeamAction", prepare: async (n) => call(actions.teams.deleteTeamAction, { id: (await team(n)).id }) },
    { allowed: ALLOWED, action: "createUserAction", prepare: async (n) => call(actions.users.createUserAction, { name: `New ${n}`, email: `new.${n}@kuura.fi`, role: "SALES", locale: "en" }) },
    { allowed: ALLOWED, action: "updateUserAction", prepare: async (n) => call(actions.users.updateUserAction, { id: (await user(n)).id, name: `Renamed ${n}`, email: `person.${n}@kuura.fi`, role: "MARKETING", locale: "fi" }) },
    { allowed: ALLOWED, action: "setUserActiveAction (deactivate)", prepare: async (n) => call(actions.users.setUserActiveAction, { id: (await user(n)).id, active: "false" }) },
    { allowed: ALLOWED, action: "setUserActiveAction (reactivate)", prepare: async (n) => call(actions.users.setUserActiveAction, { id: (await user(n, false)).id, active: "true" }) },
    { allowed: ALLOWED, action: "resetPasswordAction", prepare: async (n) => call(actions.users.resetPasswordAction, { id: (await user(n)).id }) },
  ];

  // Everything these actions could write: teams, users (password hashes included) and audit entries.
  const footprint = async () =>
    database.prisma.$queryRaw<object[]>`
      SELECT (SELECT count(*) FROM "AuditLog")::int AS audit,
             (SELECT md5(coalesce(string_agg(id || name || function::text || "monthlyCapacity", ',' ORDER BY id), '')) FROM "Team") AS teams,
             (SELECT md5(coalesce(string_agg(id || name || email || role::text || coalesce("teamId", 0) || locale::text || active || "passwordHash", ',' ORDER BY id), '')) FROM "User") AS users`;

  const next = permissionMatrix({ rows: ROWS, users: () => users, prisma: () => database.prisma, footprint });

  it("a deactivated admin is refused like someone signed out", async () => {
    const admin = await database.prisma.user.create({ data: { email: "gone.admin@kuura.fi", name: "Gone", role: "ADMIN", passwordHash: "-", active: false } });
    const run = await ROWS[0]!.prepare(next());
    signInAs(admin);
    const before = await footprint();
    expect(await run()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await footprint()).toEqual(before);
  });
});
