import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { HOME_PATH, LOGIN_PATH, navigationFor, safeReturnPath } from "@/lib/auth/navigation";
import { ACTIONS, assertCan, can, ROLES, type Action } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

// The whole matrix, written out by hand: one row per action, one column per role.
//                                         ADMIN  LEADERSHIP  SALES  MARKETING
const MATRIX: Record<Action, [boolean, boolean, boolean, boolean]> = {
  "dashboard.view":       [true,  true,  true,  true ],
  "dashboard.revenue":    [true,  true,  true,  false],
  "dashboard.economics":  [true,  true,  false, false],
  "records.read":         [true,  true,  true,  true ],
  "lead.edit":            [true,  false, true,  true ],
  "contact.edit":         [true,  false, true,  true ],
  "account.edit":         [true,  false, true,  false],
  "deal.edit":            [true,  false, true,  false],
  "touchpoint.edit":      [true,  false, false, true ],
  "campaign.edit":        [true,  false, false, true ],
  "plan.edit":            [true,  false, true,  false],
  "records.import":       [true,  false, true,  true ],
  "records.export":       [true,  true,  false, false],
  "settings.manage":      [true,  false, false, false],
  "mql.define":           [true,  false, false, false],
  "mql.approveSales":     [false, false, true,  false],
  "mql.approveMarketing": [false, false, false, true ],
  "mql.review":           [false, false, true,  true ],
  "user.manage":          [true,  false, false, false],
  "audit.view":           [true,  false, false, false],
  "profile.edit":         [true,  true,  true,  true ],
  "profile.view":         [true,  true,  true,  true ],
  "profile.changePassword": [true,  true,  true,  true ],
};

const COLUMNS: Role[] = ["ADMIN", "LEADERSHIP", "SALES", "MARKETING"];

const cases = Object.entries(MATRIX).flatMap(([action, row]) =>
  COLUMNS.map((role, column) => ({ role, action: action as Action, allowed: row[column]! })),
);

describe("permission matrix", () => {
  it("covers every action and every role", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
    expect([...ROLES].sort()).toEqual([...COLUMNS].sort());
    expect(cases).toHaveLength(ACTIONS.length * ROLES.length);
  });

  it.each(cases)("$role $action → $allowed", ({ role, action, allowed }) => {
    expect(can(role, action)).toBe(allowed);
  });
});

describe("assertCan", () => {
  it("lets an allowed user through", () => {
    expect(() => assertCan({ role: "SALES" }, "deal.edit")).not.toThrow();
  });

  it.each([
    { user: { role: "LEADERSHIP" as Role }, action: "deal.edit" as Action, code: "FORBIDDEN", status: 403 },
    { user: { role: "ADMIN" as Role }, action: "mql.approveSales" as Action, code: "FORBIDDEN", status: 403 },
    { user: null, action: "records.read" as Action, code: "UNAUTHENTICATED", status: 401 },
    { user: undefined, action: "dashboard.view" as Action, code: "UNAUTHENTICATED", status: 401 },
  ])("refuses $user.role $action with $code", ({ user, action, code, status }) => {
    let thrown: unknown;
    try {
      assertCan(user, action);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code, status });
  });
});

describe("navigation", () => {
  it.each<[Role, string[]]>([
    ["ADMIN", ["dashboard", "leads", "contacts", "accounts", "deals", "import", "settings"]],
    ["LEADERSHIP", ["dashboard", "leads", "contacts", "accounts", "deals"]],
    ["SALES", ["dashboard", "leads", "contacts", "accounts", "deals", "import", "mql"]],
    ["MARKETING", ["dashboard", "leads", "contacts", "accounts", "deals", "import", "mql"]],
  ])("%s sees %j", (role, keys) => {
    expect(navigationFor(role).map((item) => item.key)).toEqual(keys);
  });

  it("starts every role on a page it may open", () => {
    for (const role of ROLES) expect(navigationFor(role)[0]?.href).toBe(HOME_PATH);
  });
});

describe("safeReturnPath", () => {
  it.each([
    ["/deals", "/deals"],
    ["/leads?page=2", "/leads?page=2"],
    [undefined, HOME_PATH],
    [["/deals"], HOME_PATH],
    ["", HOME_PATH],
    ["https://evil.example/", HOME_PATH],
    ["//evil.example/", HOME_PATH],
    ["/\\evil.example/", HOME_PATH],
    [LOGIN_PATH, HOME_PATH],
    [`${LOGIN_PATH}?callbackUrl=/deals`, HOME_PATH],
    ["/api/auth/signout", HOME_PATH],
    // Browsers drop tabs and newlines, turning these into //evil.example.
    ["/\t/evil.example/", HOME_PATH],
    ["/\n/evil.example/", HOME_PATH],
    ["/\\/evil.example/", HOME_PATH],
    ["/%2F/evil.example/", "/%2F/evil.example/"],
    ["/deals#won", "/deals#won"],
  ])("%j → %s", (requested, expected) => {
    expect(safeReturnPath(requested)).toBe(expected);
  });
});
