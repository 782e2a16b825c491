import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { brokenAccessRule } from "@/lib/settings/users/admin-rules";

const ME = 1;
const OTHER = 2;
type Case = [label: string, actorId: number | null, target: { id: number; role: Role; active: boolean }, next: { role: Role; active: boolean }, activeAdmins: number, expected: string | null];

// No actor (a script) is how the last admin rule is reached on its own: a signed-in admin who is
// the last one is stopped by the self rules first.
describe("the admin rules", () => {
  it.each<Case>([
    ["an admin deactivates themselves", ME, { id: ME, role: "ADMIN", active: true }, { role: "ADMIN", active: false }, 3, "selfDeactivate"],
    ["an admin demotes themselves", ME, { id: ME, role: "ADMIN", active: true }, { role: "SALES", active: true }, 3, "selfDemote"],
    ["an admin keeps their own role and changes nothing else", ME, { id: ME, role: "ADMIN", active: true }, { role: "ADMIN", active: true }, 1, null],
    ["another admin is demoted while two are active", ME, { id: OTHER, role: "ADMIN", active: true }, { role: "LEADERSHIP", active: true }, 2, null],
    ["another admin is deactivated while two are active", ME, { id: OTHER, role: "ADMIN", active: true }, { role: "ADMIN", active: false }, 2, null],
    ["the last active admin is demoted by the system", null, { id: OTHER, role: "ADMIN", active: true }, { role: "SALES", active: true }, 1, "lastAdmin"],
    ["the last active admin is deactivated by the system", null, { id: OTHER, role: "ADMIN", active: true }, { role: "ADMIN", active: false }, 1, "lastAdmin"],
    ["a deactivated admin is demoted while one other is active", ME, { id: OTHER, role: "ADMIN", active: false }, { role: "SALES", active: false }, 1, null],
    ["a sales user is made admin", ME, { id: OTHER, role: "SALES", active: true }, { role: "ADMIN", active: true }, 1, null],
    ["a sales user is deactivated", ME, { id: OTHER, role: "SALES", active: true }, { role: "SALES", active: false }, 1, null],
    ["a deactivated user is reactivated", ME, { id: OTHER, role: "MARKETING", active: false }, { role: "MARKETING", active: true }, 1, null],
  ])("%s → %s", (_label, actorId, target, next, activeAdmins, expected) => {
    expect(brokenAccessRule({ actorId, target, next, activeAdmins })).toBe(expected);
  });
});
