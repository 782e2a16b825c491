import "server-only";
import type { FormOptions } from "@/components/records/forms/describe-value";
import { listCampaignOptions } from "@/lib/data/campaign-options";
import { listAssignableOwners } from "@/lib/data/users";
import { listSegmentOptions } from "@/lib/data/segment-options";
import type { Locale } from "@/lib/i18n/locales";

/** The owners, segments and campaigns a record form offers; campaigns newest first. */
export async function loadFormOptions(locale: Locale, currentOwnerId: number | null = null): Promise<FormOptions> {
  const [owners, segments, campaigns] = await Promise.all([
    listAssignableOwners(currentOwnerId),
    listSegmentOptions(locale),
    listCampaignOptions(),
  ]);
  return { owners, segments, campaigns };
}
