import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { teamPath } from "@/lib/settings/teams/paths";
import type { TeamRow } from "@/lib/settings/teams/queries";

export async function TeamsTable({ teams }: { teams: TeamRow[] }) {
  const { t, locale } = await getI18n();
  if (teams.length === 0) return <EmptyState message={t("common.empty")} />;
  return (
    <Table caption={t("settings.teams")}>
      <THead>
        <tr>
          <Th>{t("settings.teamName")}</Th>
          <Th>{t("settings.teamFunction")}</Th>
          <Th numeric>{t("settings.teamCapacity")}</Th>
          <Th numeric>{t("settings.teamMembers")}</Th>
          <Th numeric>{t("settingsPeople.teams.ownedStages")}</Th>
        </tr>
      </THead>
      <TBody>
        {teams.map((team) => (
          <Tr key={team.id}>
            <Th scope="row" className="font-medium">
              <Link href={teamPath(team.id)} aria-label={t("settingsPeople.teams.edit", { name: team.name })} className="text-primary underline-offset-2 hover:underline">
                {team.name}
              </Link>
            </Th>
            <Td>{t(`teamFunction.${team.function}`)}</Td>
            <Td numeric>{formatNumber(team.monthlyCapacity, locale)}</Td>
            <Td numeric>{formatNumber(team._count.members, locale)}</Td>
            <Td numeric>{formatNumber(team._count.stageOwners, locale)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
