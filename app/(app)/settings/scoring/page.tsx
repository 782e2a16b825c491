import type { Metadata } from "next";
import { RecomputePanel } from "@/components/settings/scoring/recompute-panel";
import { ScoringEditor } from "@/components/settings/scoring/scoring-editor";
import { VersionsTable } from "@/components/settings/scoring/versions-table";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { emptyRules } from "@/lib/scoring/rules";
import { loadScoringSettings } from "@/lib/scoring/settings-data";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.scoring")} · ${t("settings.title")}` };
}

export default async function SettingsScoringPage() {
  const user = await authorizePage("settings.manage");
  const [{ t, locale }, settings] = await Promise.all([getI18n(), loadScoringSettings(db)]);
  const { active, run } = settings;
  return (
    <>
      <SettingsHeader user={user} current="scoring" />
      <p className="mb-4 text-sm text-muted-foreground" data-testid="scoring-in-force">
        {active ? t("scoring.inForce", { version: active.version, time: formatDateTime(active.createdAt, locale) }) : t("scoring.noRules")}
      </p>
      <ScoringEditor
        rules={active?.rules ?? emptyRules()}
        version={active?.version ?? 0}
        industries={settings.industries}
        countries={settings.countries}
      />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t("scoring.recompute.title")} description={t("scoring.recompute.description")} />
          <RecomputePanel key={run?.id ?? 0} run={run} disabled={!active} />
        </Card>
        <Card>
          <CardHeader title={t("scoring.versions.title")} />
          <VersionsTable versions={settings.versions} />
        </Card>
      </div>
    </>
  );
}
