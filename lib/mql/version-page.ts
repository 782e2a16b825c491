import "server-only";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { parseRecordId } from "@/lib/records/record-id";
import { reevaluationOf, type ReevaluationRun } from "./reevaluation";
import { findSegment, type SegmentRef } from "./segments";
import { getActiveVersion, getVersion, type MqlVersion } from "./versions";
import { db } from "@/lib/db/client";

export type VersionPageProps = { params: Promise<{ id: string }> };

export type VersionPage = { version: MqlVersion; active: MqlVersion | null; segment: SegmentRef; reevaluation: ReevaluationRun | null };

/**
 * A version page's version, its segment, the segment's version in force and the
 * re-evaluation its activation started, as of now; a 404 when the URL names none.
 */
export async function loadVersionPage({ params }: VersionPageProps, locale: Locale): Promise<VersionPage> {
  const id = parseRecordId((await params).id);
  const version = id === null ? null : await getVersion(id, db);
  if (!version) notFound();
  const [active, segment, reevaluation] = await Promise.all([
    getActiveVersion(version.segmentId, db),
    findSegment(version.segmentId, locale),
    reevaluationOf(version.id, db, new Date()),
  ]);
  return { version, active, segment: segment!, reevaluation };
}
