import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TeamRow } from "@/lib/settings/teams/queries";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

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
        </tr>
      </THead>
      <TBody>
        {teams.map((team) => (
          <Tr key={team.id}>
            <Td className="font-medium">{team.name}</Td>
            <Td>{t(`teamFunction.${team.function}`)}</Td>
            <Td numeric>{formatNumber(team.monthlyCapacity, locale)}</Td>
            <Td numeric>{formatNumber(team._count.members, locale)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
