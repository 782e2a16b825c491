import type { Metadata } from "next";
import { SettingsHeader } from "@/components/settings/settings-header";
import { SalesModelEditor } from "@/components/settings/stages/sales-model-editor";
import { StageDefinitionEditor } from "@/components/settings/stages/stage-definition-editor";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { authorizePage } from "@/lib/auth/guards";
import type { BowtieStage } from "@/lib/bowtie/stages";
import { getI18n } from "@/lib/i18n/server";
import { getSalesModelEditor, getStageDefinitions } from "@/lib/settings/stages/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.stages")} · ${t("settings.title")}` };
}

export default async function SettingsStagesPage() {
  const user = await authorizePage("settings.manage");
  const [{ t, locale }, stages, model] = await Promise.all([getI18n(), getStageDefinitions(), getSalesModelEditor()]);
  const fi = locale === "fi";
  const editable = stages.map((stage) => ({ ...stage, stage: stage.stage as BowtieStage, updatedAt: stage.updatedAt.toISOString() }));
  const modelEmpty = model.segments.length === 0 ? t("settingsStructure.model.noSegments") : model.teams.length === 0 ? t("settingsStructure.model.noTeams") : null;
  return (
    <>
      <SettingsHeader user={user} current="stages" />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader title={t("settingsStructure.stages.title")} description={t("settingsStructure.stages.description")} />
          {editable.length === 0 ? (
            <EmptyState message={t("common.empty")} />
          ) : (
            <div>
              {editable.map((stage) => (
                <StageDefinitionEditor key={stage.stage} stage={stage} />
              ))}
            </div>
          )}
        </Card>
        <Card>
          <CardHeader title={t("settingsStructure.model.title")} description={t("settingsStructure.model.description")} />
          {modelEmpty ? (
            <EmptyState message={modelEmpty} />
          ) : (
            <SalesModelEditor
              stages={editable.map((stage) => ({ stage: stage.stage, label: fi ? stage.labelFi : stage.labelEn, side: stage.side }))}
              segments={model.segments.map((segment) => ({ id: segment.id, name: fi ? segment.nameFi : segment.nameEn, row: segment.row }))}
              teams={model.teams}
            />
          )}
        </Card>
      </div>
    </>
  );
}
