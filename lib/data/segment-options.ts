import "server-only";
import type { SegmentOption } from "@/components/dashboard/filter-bar";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

/** The segments a dashboard can be filtered by, in rule priority order, named in the user's language. */
export async function listSegmentOptions(locale: Locale): Promise<SegmentOption[]> {
  const segments = await db.segment.findMany({ select: { id: true, nameEn: true, nameFi: true }, orderBy: { priority: "asc" } });
  return segments.map((segment) => ({ id: segment.id, name: locale === "fi" ? segment.nameFi : segment.nameEn }));
}
