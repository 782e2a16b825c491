import { Card, CardHeader } from "@/components/ui/card";
import { getI18n } from "@/lib/i18n/server";
import { previewCriteria } from "@/lib/mql/preview";
import { ruleOf, type MqlVersion } from "@/lib/mql/versions";
import { PreviewPanel } from "./preview-panel";
import { db } from "@/lib/db/client";

/** What activating a draft would do now, computed when the page is read (streamed: a large segment takes a moment). */
export async function VersionPreview({ version, active }: { version: MqlVersion; active: MqlVersion | null }) {
  const [{ t }, preview] = await Promise.all([
    getI18n(),
    previewCriteria(version.segmentId, ruleOf(version.fields), active ? ruleOf(active.fields) : null, new Date(), db),
  ]);
  return (
    <Card>
      <CardHeader title={t("settingsMql.preview.title")} description={t("settingsMql.preview.description")} />
      <div className="p-5">
        <PreviewPanel preview={preview} activeVersion={active?.version ?? null} />
      </div>
    </Card>
  );
}
