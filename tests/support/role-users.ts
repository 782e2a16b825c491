import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/db/prisma";

export type RoleUser = { id: number; name: string; role: Role };

/** One active user of each role (passwords are never checked: actions read the session). */
export async function createRoleUsers(prisma: PrismaClient): Promise<Record<Role, RoleUser>> {
  const users = await Promise.all(
    ROLES.map((role) =>
      prisma.user.create({
        data: { email: `${role.toLowerCase()}@actions.test`, name: `${role[0]}${role.slice(1).toLowerCase()} User`, role, passwordHash: "-" },
        select: { id: true, name: true, role: true },
      }),
    ),
  );
  return Object.fromEntries(users.map((user) => [user.role, user])) as Record<Role, RoleUser>;
}
