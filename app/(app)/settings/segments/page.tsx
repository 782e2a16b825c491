import type { Metadata } from "next";
import { Suspense } from "react";
import { ReassignSection } from "@/components/settings/segments/reassign-section";
import { SegmentRulesEditor, type RuleDraft } from "@/components/settings/segments/segment-rules-editor";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { getLastReassignment, getPendingReassignment, getSegmentRules, type SegmentRuleRow } from "@/lib/settings/segments/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.segments")} · ${t("settings.title")}` };
}

const text = (value: number | null) => (value === null ? "" : String(value));
// Deal-size bounds are typed in euros; they are stored in cents.
const euros = (value: number | null) => (value === null ? "" : String(value / 100));

function draftOf(segment: SegmentRuleRow): RuleDraft {
  return {
    uid: `segment-${segment.id}`,
    id: segment.id,
    key: segment.key,
    nameEn: segment.nameEn,
    nameFi: segment.nameFi,
    minEmployees: text(segment.minEmployees),
    maxEmployees: text(segment.maxEmployees),
    minDealAmountMinor: euros(segment.minDealAmountMinor),
    maxDealAmountMinor: euros(segment.maxDealAmountMinor),
  };
}

export default async function SettingsSegmentsPage() {
  const user = await authorizePage("settings.manage");
  const [{ t }, segments] = await Promise.all([getI18n(), getSegmentRules()]);
  return (
    <>
      <SettingsHeader user={user} current="segments" />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader title={t("settingsStructure.segments.title")} description={t("settingsStructure.segments.description")} />
          <SegmentRulesEditor initial={segments.map(draftOf)} stored={segments} />
        </Card>
        <Suspense fallback={<EmptyState message={t("common.loading")} />}>
          <ReassignSection segments={segments} pending={getPendingReassignment(segments)} last={getLastReassignment()} />
        </Suspense>
      </div>
    </>
  );
}
