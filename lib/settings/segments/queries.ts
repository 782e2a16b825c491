import "server-only";
import { db } from "@/lib/db/client";

/** The segments in rule order: the first rule an account falls in decides its segment. */
export async function getSegmentRules() {
  return db.segment.findMany({
    select: {
      id: true,
      key: true,
      nameEn: true,
      nameFi: true,
      priority: true,
      minEmployees: true,
      maxEmployees: true,
      minDealAmountMinor: true,
      maxDealAmountMinor: true,
    },
    orderBy: { priority: "asc" },
  });
}

export type SegmentRuleRow = Awaited<ReturnType<typeof getSegmentRules>>[number];
