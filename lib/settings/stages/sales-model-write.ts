import type { EngagementMode, TeamFunction } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";
import { refuseStaleSettings, sameJson, withTeamNames } from "../stale-edit";
import type { SalesModelRow } from "./schema";

/** A cell as stored and audited: the owning team and the way of working, or null for an unowned stage. */
export type OwnerCell = { teamId: number; team: string; function: TeamFunction; mode: EngagementMode } | null;
type CellKey = { teamId: number; mode: EngagementMode } | null;

const keyOf = (cell: unknown): CellKey => {
  if (typeof cell !== "object" || cell === null) return null;
  const { teamId, mode } = cell as { teamId?: unknown; mode?: unknown };
  return typeof teamId === "number" && (mode === "H2H" || mode === "DIGITAL") ? { teamId, mode } : null;
};

/**
 * Saves a segment's row of the sales-model matrix: every stage's owner at once, in the
 * caller's transaction, audited as the whole row before → after. The row is compared with
 * the one the page showed, so a save over another admin's newer row is refused.
 */
export async function saveSalesModelIn(tx: Tx, segmentId: number, cells: SalesModelRow, base: Record<string, unknown>, actorId: number | null): Promise<{ changed: BowtieStage[] }> {
  const [segment] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Segment" WHERE id = ${segmentId} FOR UPDATE`;
  if (!segment) throw new AppError("NOT_FOUND", `segment ${segmentId} does not exist`);

  const teamIds = [...new Set(BOWTIE_STAGES.flatMap((stage) => cells[stage].teamId ?? []))];
  const teams = await tx.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, name: true, function: true } });
  const teamOf = new Map(teams.map((team) => [team.id, team]));
  const unknown = BOWTIE_STAGES.filter((stage) => cells[stage].teamId !== null && !teamOf.has(cells[stage].teamId!));
  if (unknown.length > 0) {
    throw new AppError("INVALID", `no team ${unknown.map((stage) => cells[stage].teamId).join(", ")}`, {
      fieldErrors: Object.fromEntries(unknown.map((stage) => [stage, ["validation.reference"]])),
    });
  }

  const before = await readOwnerRow(tx, segmentId);
  const mine = Object.fromEntries(BOWTIE_STAGES.map((stage) => [stage, keyOf(cells[stage])])) as Record<BowtieStage, CellKey>;
  const theirs = Object.fromEntries(BOWTIE_STAGES.map((stage) => [stage, keyOf(before[stage])])) as Record<BowtieStage, CellKey>;
  const opened = Object.fromEntries(BOWTIE_STAGES.map((stage) => [stage, keyOf(base[stage])])) as Record<BowtieStage, CellKey>;
  await refuseStaleSettings(
    tx,
    {
      entityKind: "SalesModel",
      entityId: String(segmentId),
      stale: BOWTIE_STAGES.some((stage) => !sameJson(opened[stage], theirs[stage])),
      currentVersion: 0,
      messageKey: "settingsStructure.conflict",
    },
    BOWTIE_STAGES,
    { base: opened, theirs, yours: mine },
    withTeamNames,
  );

  const changed = BOWTIE_STAGES.filter((stage) => !sameJson(mine[stage], theirs[stage]));
  if (changed.length === 0) return { changed };
  await tx.stageOwner.deleteMany({ where: { segmentId, stage: { in: changed } } });
  await tx.stageOwner.createMany({
    data: changed.flatMap((stage) => {
      const cell = mine[stage];
      return cell ? [{ stage, segmentId, teamId: cell.teamId, mode: cell.mode }] : [];
    }),
  });
  const after = await readOwnerRow(tx, segmentId);
  await audit(tx, { actorId, action: "settings.salesModel.update", entityKind: "SalesModel", entityId: segmentId, before, after });
  return { changed };
}

/** A segment's owners, every stage named (null where none owns it), with the team's name and function for the audit trail. */
export async function readOwnerRow(tx: Pick<Tx, "stageOwner">, segmentId: number): Promise<Record<BowtieStage, OwnerCell>> {
  const rows = await tx.stageOwner.findMany({
    where: { segmentId },
    select: { stage: true, teamId: true, mode: true, team: { select: { name: true, function: true } } },
  });
  const byStage = new Map(rows.map((row) => [row.stage, row]));
  return Object.fromEntries(
    BOWTIE_STAGES.map((stage) => {
      const row = byStage.get(stage);
      return [stage, row ? { teamId: row.teamId, team: row.team.name, function: row.team.function, mode: row.mode } : null];
    }),
  ) as Record<BowtieStage, OwnerCell>;
}
