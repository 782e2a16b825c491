import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

export type SegmentRef = { id: number; name: string };

/** A segment by id, named in the reader's language; null when there is none. */
export async function findSegment(id: number, locale: Locale): Promise<SegmentRef | null> {
  const segment = await db.segment.findUnique({ where: { id }, select: { id: true, nameEn: true, nameFi: true } });
  return segment && { id: segment.id, name: locale === "fi" ? segment.nameFi : segment.nameEn };
}

/**
 * The industries the builder offers for a segment: those of its accounts, most common first
 * (at most 60), and whatever the criteria being edited already list, alphabetically.
 */
export async function industryOptions(segmentId: number, current: readonly string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ industry: string }[]>`
    SELECT industry FROM "Account" WHERE "segmentId" = ${segmentId} AND industry IS NOT NULL
     GROUP BY industry ORDER BY count(*) DESC, industry LIMIT 60`;
  return [...new Set([...current, ...rows.map((row) => row.industry)])].sort((a, b) => a.localeCompare(b));
}
