import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";

const CANDIDATE_LIMIT = 10;

/**
 * The accounts a lead plausibly belongs to: the one it is already linked to, then those with
 * its company's domain or name. Picking from these keeps a converted lead from creating a
 * second copy of a company we already know.
 */
export async function accountCandidates(
  lead: { accountId: number | null; company: string | null; companyDomain: string | null },
  client: Pick<PrismaClient, "account"> = db,
): Promise<{ id: number; name: string; domain: string | null }[]> {
  const matches = [
    ...(lead.accountId !== null ? [{ id: lead.accountId }] : []),
    ...(lead.companyDomain ? [{ domain: lead.companyDomain }] : []),
    ...(lead.company ? [{ name: { equals: lead.company, mode: "insensitive" as const } }] : []),
  ];
  if (matches.length === 0) return [];
  const rows = await client.account.findMany({ where: { OR: matches }, select: { id: true, name: true, domain: true }, orderBy: { id: "asc" }, take: CANDIDATE_LIMIT });
  // The linked account first: it is the one the lead already belongs to.
  return rows.sort((a, b) => Number(b.id === lead.accountId) - Number(a.id === lead.accountId));
}
