import "server-only";
import { db } from "@/lib/db/client";

const TIER_ORDER = ["KEY", "MID", "SMALL"] as const;

/** The care models from key accounts down to small customers. */
export async function getCareModels() {
  const rows = await db.careModel.findMany({
    select: { tier: true, nameEn: true, nameFi: true, descriptionEn: true, descriptionFi: true, channels: true, contactCadenceDays: true, updatedAt: true },
  });
  return rows.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier));
}

export type CareModelRow = Awaited<ReturnType<typeof getCareModels>>[number];
