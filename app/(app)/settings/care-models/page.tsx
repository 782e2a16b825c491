import type { Metadata } from "next";
import { CareModelEditor } from "@/components/settings/care-models/care-model-editor";
import { SettingsHeader } from "@/components/settings/settings-header";
import { EmptyState } from "@/components/ui/empty-state";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { getCareModels } from "@/lib/settings/care-models/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.careModels")} · ${t("settings.title")}` };
}

export default async function SettingsCareModelsPage() {
  const user = await authorizePage("settings.manage");
  const [{ t }, models] = await Promise.all([getI18n(), getCareModels()]);
  return (
    <>
      <SettingsHeader user={user} current="careModels" />
      {models.length === 0 ? (
        <EmptyState message={t("common.empty")} />
      ) : (
        <div className="flex flex-col gap-6">
          {models.map((model) => (
            <CareModelEditor key={model.tier} model={{ ...model, updatedAt: model.updatedAt.toISOString() }} />
          ))}
        </div>
      )}
    </>
  );
}
