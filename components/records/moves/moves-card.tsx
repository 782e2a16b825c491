import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { getI18n } from "@/lib/i18n/server";

/**
 * Where a record's bow-tie moves live. A role that may not move the record sees why there is
 * nothing to press; the actions check the permission again regardless.
 */
export async function MovesCard({ allowed, empty, children }: { allowed: boolean; empty: boolean; children: ReactNode }) {
  const { t } = await getI18n();
  return (
    <Card>
      <CardHeader title={t("recordDetail.moves.title")} description={t("recordDetail.moves.description")} />
      <div className="flex flex-wrap gap-3 px-5 py-4" data-testid="moves">
        {!allowed ? (
          <p className="text-sm text-muted-foreground">{t("recordDetail.moves.readOnly")}</p>
        ) : empty ? (
          <p className="text-sm text-muted-foreground">{t("recordDetail.moves.none")}</p>
        ) : (
          children
        )}
      </div>
    </Card>
  );
}
