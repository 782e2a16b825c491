import "server-only";
import { db } from "@/lib/db/client";

/** The campaigns a touchpoint can be credited to, newest first, as the record forms offer them. */
export function listCampaignOptions(): Promise<{ id: number; name: string }[]> {
  return db.campaign.findMany({ select: { id: true, name: true }, orderBy: [{ startsOn: "desc" }, { id: "desc" }] });
}
