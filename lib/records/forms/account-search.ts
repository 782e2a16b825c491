import "server-only";
import { db } from "@/lib/db/client";

export type AccountOption = { id: number; name: string; domain: string | null };

const LIMIT = 10;

/** Accounts whose name or domain contains the text, best (name starts with it) first, for a picker. */
export async function searchAccounts(text: string): Promise<AccountOption[]> {
  const query = text.trim();
  if (!query) return [];
  const accounts = await db.account.findMany({
    where: { OR: [{ name: { contains: query, mode: "insensitive" } }, { domain: { contains: query.toLowerCase() } }] },
    select: { id: true, name: true, domain: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: LIMIT * 5,
  });
  const starts = (name: string) => name.toLowerCase().startsWith(query.toLowerCase());
  return accounts.sort((a, b) => Number(starts(b.name)) - Number(starts(a.name))).slice(0, LIMIT);
}

/** One account as the picker shows it, for a form opened with an account already chosen. */
export async function accountOption(id: number | null | undefined): Promise<AccountOption | null> {
  if (!id) return null;
  return db.account.findUnique({ where: { id }, select: { id: true, name: true, domain: true } });
}
