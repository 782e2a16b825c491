/** A record id from a URL segment, or null when it cannot be one (then the page is a 404, not an error). */
export function parseRecordId(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : null;
}
