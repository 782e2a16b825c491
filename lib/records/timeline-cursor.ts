export const TIMELINE_SOURCES = ["touchpoint", "transition", "audit"] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

/** Where the next page of a timeline starts: the last entry shown, by its place in the order. */
export type TimelineCursor = { at: Date; source: TimelineSource; id: number };

/** The cursor as it travels in a URL: `<epoch ms>.<source>.<id>`. */
export function encodeTimelineCursor(cursor: TimelineCursor): string {
  return `${cursor.at.getTime()}.${cursor.source}.${cursor.id}`;
}

/** The cursor a URL carries, or null for anything else (a hand-edited or stale link starts at the top). */
export function parseTimelineCursor(value: unknown): TimelineCursor | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,15})\.([a-z]+)\.(\d{1,10})$/.exec(value);
  if (!match) return null;
  const source = match[2] as TimelineSource;
  if (!TIMELINE_SOURCES.includes(source)) return null;
  const id = Number(match[3]);
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return null;
  return { at: new Date(Number(match[1])), source, id };
}
