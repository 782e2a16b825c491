import { ConfirmAction } from "@/components/settings/users/confirm-action";
import { Card, CardHeader } from "@/components/ui/card";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { deleteTeamAction } from "@/lib/settings/teams/actions";
import type { TeamDetail } from "@/lib/settings/teams/queries";

/**
 * Deleting a team: offered only when nothing holds it. Members and stage ownerships are named
 * here; the server refuses a held team in any case, e.g. when a stage was given to it meanwhile.
 */
export async function TeamDeletePanel({ team }: { team: TeamDetail }) {
  const { t, locale } = await getI18n();
  const held = team.members.length > 0 || team.ownedStages.length > 0;
  return (
    <Card>
      <CardHeader title={t("settingsPeople.teams.deleteTitle")} />
      <div className="flex flex-col gap-3 px-5 py-4 text-sm">
        {held ? (
          <p className="text-muted-foreground">
            {t("settingsPeople.teams.deleteHeld", { members: formatNumber(team.members.length, locale), stages: formatNumber(team.ownedStages.length, locale) })}
          </p>
        ) : (
          <>
            <p className="text-muted-foreground">{t("settingsPeople.teams.deleteBody")}</p>
            <ConfirmAction
              action={deleteTeamAction}
              values={{ id: String(team.id) }}
              label={t("settingsPeople.teams.delete")}
              confirm={t("settingsPeople.teams.confirmDelete", { name: team.name })}
            />
          </>
        )}
      </div>
    </Card>
  );
}
