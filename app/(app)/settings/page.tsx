import type { Metadata } from "next";
import { SegmentsTable } from "@/components/settings/segments-table";
import { StageDefinitionsTable } from "@/components/settings/stage-definitions-table";
import { TeamsTable } from "@/components/settings/teams-table";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { getSettingsOverview } from "@/lib/data/settings";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.title") };
}

export default async function SettingsPage() {
  await authorizePage("settings.manage");

  const [{ t }, { stages, segments, teams }] = await Promise.all([getI18n(), getSettingsOverview()]);
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.subtitle")} />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader title={t("settings.stages")} />
          <StageDefinitionsTable stages={stages} />
        </Card>
        <div className="grid gap-6 2xl:grid-cols-2">
          <Card>
            <CardHeader title={t("settings.segments")} />
            <SegmentsTable segments={segments} />
          </Card>
          <Card>
            <CardHeader title={t("settings.teams")} />
            <TeamsTable teams={teams} />
          </Card>
        </div>
      </div>
    </>
  );
}
