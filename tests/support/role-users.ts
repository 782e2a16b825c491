import type { Role } from "@/generated/prisma/enums";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ROLES } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/db/prisma";

export type RoleUser = CurrentUser;

/** One active user of each role (passwords are never checked: actions read the session). */
export async function createRoleUsers(prisma: PrismaClient): Promise<Record<Role, RoleUser>> {
  const users = await Promise.all(
    ROLES.map((role) =>
      prisma.user.create({
        data: { email: `${role.toLowerCase()}@actions.test`, name: `${role[0]}${role.slice(1).toLowerCase()} User`, role, passwordHash: "-" },
        select: { id: true, name: true, email: true, role: true, locale: true },
      }),
    ),
  );
  return Object.fromEntries(users.map((user) => [user.role, user])) as Record<Role, RoleUser>;
}
