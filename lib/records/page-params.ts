import "server-only";
import { notFound } from "next/navigation";
import { parseRecordId } from "./record-id";
import { parseTimelineCursor, type TimelineCursor } from "./timeline-cursor";

export type RecordPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A record page's id (a 404 when the URL cannot name a record) and where its history page starts. */
export async function recordPageParams({ params, searchParams }: RecordPageProps, cursorParam: string): Promise<{ id: number; after: TimelineCursor | null }> {
  const id = parseRecordId((await params).id);
  if (id === null) notFound();
  return { id, after: parseTimelineCursor((await searchParams)[cursorParam]) };
}
