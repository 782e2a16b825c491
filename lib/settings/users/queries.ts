import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { USERS_PAGE_SIZE, type UserListFilters } from "./list-filters";

type Client = Pick<PrismaClient, "user" | "$transaction">;

function where(filters: UserListFilters): Prisma.UserWhereInput {
  const { q, role, team, status } = filters;
  return {
    ...(q && { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] }),
    ...(role && { role }),
    ...(team === "none" ? { teamId: null } : team !== null && { teamId: team }),
    ...(status !== "all" && { active: status === "active" }),
  };
}

/** One page of users by name, with how many match in all. */
export async function listUsers(filters: UserListFilters, client: Client = db) {
  const [total, users] = await client.$transaction([
    client.user.count({ where: where(filters) }),
    client.user.findMany({
      where: where(filters),
      select: { id: true, name: true, email: true, role: true, active: true, lastLoginAt: true, team: { select: { id: true, name: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
  ]);
  return { total, users, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>["users"][number];

/** One user with what they own, or null. */
export async function getUser(id: number, client: Pick<PrismaClient, "user"> = db) {
  return client.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      teamId: true,
      locale: true,
      active: true,
      lastLoginAt: true,
      createdAt: true,
      _count: { select: { ownedLeads: true, ownedContacts: true, ownedAccounts: true, ownedDeals: true } },
    },
  });
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/** Everyone as a choice for a filter, by name. */
export async function getUserOptions(): Promise<{ id: number; name: string }[]> {
  return db.user.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
