import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";
import { getVersion, OPEN_STATUSES, type MqlVersion } from "./versions";

/**
 * Every write to a segment's MQL agreement (a draft created, edited, discarded, approved,
 * activated) first locks the segment's row, so they run one after another per segment: two
 * approvals arriving together cannot both find the other side missing, nor two activations
 * both supersede the same version, nor two drafts take the same number.
 */
export async function lockSegment(tx: Tx, segmentId: number): Promise<void> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Segment" WHERE id = ${segmentId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", `segment ${segmentId} does not exist`);
}

/**
 * A version still open to approval, read after its segment's lock, checked against the
 * content the caller saw (`base`, its fingerprint).
 */
export async function lockOpenVersion(tx: Tx, id: number, base: string): Promise<MqlVersion> {
  const row = await tx.mqlCriteria.findUnique({ where: { id }, select: { segmentId: true } });
  if (!row) throw new AppError("NOT_FOUND", `MQL criteria ${id} do not exist`, { messageKey: "settingsMql.error.notFound" });
  await lockSegment(tx, row.segmentId);
  const version = await getVersion(id, tx);
  if (!version) throw new AppError("NOT_FOUND", `MQL criteria ${id} were discarded`, { messageKey: "settingsMql.error.notFound" });
  if (!OPEN_STATUSES.includes(version.status)) {
    throw new AppError("INVALID", `MQL criteria ${id} are ${version.status}, not a draft`, { messageKey: "settingsMql.error.notDraft" });
  }
  if (version.fingerprint !== base) {
    throw new AppError("CONFLICT", `MQL criteria ${id} changed since they were read`, { messageKey: "settingsMql.error.changed" });
  }
  return version;
}
