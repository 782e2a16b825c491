import type { EngagementMode } from "@/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translator";

/** A sales-model cell as a stale save's conflict carries it: the server adds the team's name. */
type ConflictCell = { teamId: number; mode: EngagementMode; team?: string } | null;

/**
 * A sales-model cell in the stale-save panel: the owning team by name and the way of
 * working. The name is the server's; the page's own list names a team deleted since.
 */
export function describeOwnerCell(value: unknown, teams: readonly { id: number; name: string }[], t: Translate): string {
  const cell = value as ConflictCell;
  if (!cell) return t("settingsStructure.model.noOwner");
  const team = cell.team ?? teams.find((candidate) => candidate.id === cell.teamId)?.name ?? t("settingsStructure.model.goneTeam");
  return t("settingsStructure.model.ownerCell", { team, mode: t(`settingsStructure.model.mode.${cell.mode}`) });
}
