import type { Metadata } from "next";
import { SegmentsTable } from "@/components/settings/segments-table";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { getSegmentRules } from "@/lib/settings/segments/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.segments")} · ${t("settings.title")}` };
}

export default async function SettingsSegmentsPage() {
  const user = await authorizePage("settings.manage");
  const [{ t }, segments] = await Promise.all([getI18n(), getSegmentRules()]);
  return (
    <>
      <SettingsHeader user={user} current="segments" />
      <Card>
        <CardHeader title={t("settings.segments")} />
        <SegmentsTable segments={segments} />
      </Card>
    </>
  );
}
