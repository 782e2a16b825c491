import type { Role } from "@/generated/prisma/enums";
import type { CurrentUser } from "@/lib/auth/current-user";

/*
 * Server actions ask lib/auth/current-user who is calling, which needs a Next request with a
 * session cookie. A test file swaps that module for this one and says who is signed in:
 *
 *   vi.mock("@/lib/auth/current-user", () => import("../support/signed-in"));
 *   signInAs(user);   // or signInAs(null) for a caller with no session
 */

let current: CurrentUser | null = null;

export function signInAs(user: CurrentUser | null): void {
  current = user;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return current;
}

/** A user row for each role, shaped as the actions see the signed-in user. */
export async function createRoleUsers(prisma: {
  user: { create: (args: { data: { email: string; name: string; passwordHash: string; role: Role } }) => Promise<{ id: number }> };
}): Promise<Record<Role, CurrentUser>> {
  const roles: Role[] = ["ADMIN", "LEADERSHIP", "SALES", "MARKETING"];
  const entries = await Promise.all(
    roles.map(async (role) => {
      const email = `${role.toLowerCase()}@test.invalid`;
      const name = `${role[0]}${role.slice(1).toLowerCase()} User`;
      const { id } = await prisma.user.create({ data: { email, name, passwordHash: "-", role } });
      return [role, { id, name, email, role, locale: "en" as const }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Role, CurrentUser>;
}
