import "server-only";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { parseRecordId } from "@/lib/records/record-id";
import { findSegment, type SegmentRef } from "./segments";
import { getActiveVersion, getVersion, type MqlVersion } from "./versions";
import { db } from "@/lib/db/client";

export type VersionPageProps = { params: Promise<{ id: string }> };

/** A version page's version, its segment and the segment's version in force; a 404 when the URL names none. */
export async function loadVersionPage({ params }: VersionPageProps, locale: Locale): Promise<{ version: MqlVersion; active: MqlVersion | null; segment: SegmentRef }> {
  const id = parseRecordId((await params).id);
  const version = id === null ? null : await getVersion(id, db);
  if (!version) notFound();
  const [active, segment] = await Promise.all([getActiveVersion(version.segmentId, db), findSegment(version.segmentId, locale)]);
  return { version, active, segment: segment! };
}
