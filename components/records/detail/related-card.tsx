import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { getI18n } from "@/lib/i18n/server";

/** The card that holds a record's related-record groups, one below the other. */
export async function RelatedCard({ children }: { children: ReactNode }) {
  const { t } = await getI18n();
  return (
    <Card>
      <CardHeader title={t("recordDetail.related.title")} />
      <div className="divide-y divide-border">{children}</div>
    </Card>
  );
}
