import { z } from "zod";
import { Role } from "@/generated/prisma/enums";

/*
 * The users list's view, all in the URL. A company has hundreds of users, not millions, so
 * the list pages by number; anything unreadable in a hand-edited link is dropped.
 */

export const USER_STATUSES = ["active", "inactive", "all"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export type UserListFilters = {
  q: string | null;
  role: Role | null;
  /** A team's id, or "none" for users in no team. */
  team: number | "none" | null;
  status: UserStatus;
  page: number;
};

export const USERS_PAGE_SIZE = 50;

const schema = z.object({
  q: z.preprocess((value) => (typeof value === "string" ? value.trim() : undefined), z.string().max(100).optional()).catch(undefined),
  role: z.enum(Role).optional().catch(undefined),
  team: z.union([z.literal("none"), z.coerce.number().int().positive().max(2_147_483_647)]).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseUserListFilters(params: Record<string, string | string[] | undefined>): UserListFilters {
  const parsed = schema.parse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)])));
  return { q: parsed.q || null, role: parsed.role ?? null, team: parsed.team ?? null, status: parsed.status ?? "all", page: parsed.page ?? 1 };
}

/** The view as a query string (no leading "?"); the first page and "all" are left out. */
export function userListQuery(filters: UserListFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.role) params.set("role", filters.role);
  if (filters.team !== null) params.set("team", String(filters.team));
  if (filters.status !== "all") params.set("status", filters.status);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params.toString();
}
