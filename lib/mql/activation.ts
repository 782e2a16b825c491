import type { PrismaClient } from "@/generated/prisma/client";
import type { Reevaluation } from "@/lib/bowtie/reevaluate";

/** What a version's activation did, as its `mql.activate` audit entry recorded it; null before it was activated. */
export async function activationOf(criteriaId: number, client: Pick<PrismaClient, "auditLog">): Promise<Reevaluation | null> {
  const entry = await client.auditLog.findFirst({
    where: { action: "mql.activate", entityKind: "MqlCriteria", entityId: String(criteriaId) },
    orderBy: { id: "desc" },
    select: { after: true },
  });
  const after = entry?.after as Partial<Reevaluation> | null | undefined;
  if (!after) return null;
  return { checked: after.checked ?? 0, qualified: after.qualified ?? 0, unqualified: after.unqualified ?? 0, skipped: after.skipped ?? 0 };
}
