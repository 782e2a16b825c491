import type { CellContext } from "./binding";

/** A record's owner, or that it has none. */
export function ownerCell(owner: { name: string } | null, { t }: CellContext) {
  return owner?.name ?? t("common.unassigned");
}

/** A segment in the reader's language. */
export function segmentCell(segment: { nameEn: string; nameFi: string } | null, { t, locale }: CellContext) {
  return segment ? (locale === "fi" ? segment.nameFi : segment.nameEn) : t("common.none");
}
