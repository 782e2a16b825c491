import type { Metadata } from "next";
import { StageDefinitionsTable } from "@/components/settings/stage-definitions-table";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { getStageDefinitions } from "@/lib/settings/stages/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.stages")} · ${t("settings.title")}` };
}

export default async function SettingsStagesPage() {
  const user = await authorizePage("settings.manage");
  const [{ t }, stages] = await Promise.all([getI18n(), getStageDefinitions()]);
  return (
    <>
      <SettingsHeader user={user} current="stages" />
      <Card>
        <CardHeader title={t("settings.stages")} />
        <StageDefinitionsTable stages={stages} />
      </Card>
    </>
  );
}
