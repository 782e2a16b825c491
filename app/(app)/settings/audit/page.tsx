import type { Metadata } from "next";
import { AuditFiltersForm } from "@/components/settings/audit/audit-filters";
import { AuditTable } from "@/components/settings/audit/audit-table";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { datesReversed, parseAuditFilters } from "@/lib/settings/audit/filters";
import { loadAuditPage } from "@/lib/settings/audit/queries";
import { getTeamOptions } from "@/lib/settings/teams/queries";
import { getUserOptions } from "@/lib/settings/users/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.audit")} · ${t("settings.title")}` };
}

export default async function SettingsAuditPage({ searchParams }: Props) {
  const user = await authorizePage("audit.view");
  const filters = parseAuditFilters(await searchParams);
  const reversed = datesReversed(filters);
  const [{ t }, users, teams, page] = await Promise.all([
    getI18n(),
    getUserOptions(),
    getTeamOptions(),
    reversed ? null : loadAuditPage(filters),
  ]);
  return (
    <>
      <SettingsHeader user={user} current="audit" />
      <Card>
        <CardHeader title={t("settings.section.audit")} />
        <AuditFiltersForm filters={filters} users={users} />
        {page ? (
          <AuditTable page={page} filters={filters} names={{ teams: new Map(teams.map((team) => [team.id, team.name])) }} />
        ) : (
          <EmptyState message={t("settingsPeople.audit.badDates")} />
        )}
      </Card>
    </>
  );
}
