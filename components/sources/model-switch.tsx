import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { Translate } from "@/lib/i18n/translator";
import { ATTRIBUTION_MODELS, type AttributionModel } from "@/lib/metrics/attribution";
import { withModel } from "@/lib/validation/sources-params";

/**
 * The attribution model as links: the model lives in the URL like the filters, so a view
 * can be shared, and switching needs no script. The chosen model's definition stays in
 * view, and on paper, where the links are not.
 */
export function ModelSwitch({ model, query, t }: { model: AttributionModel; query: string; t: Translate }) {
  return (
    <div className="flex flex-col gap-2">
      <nav aria-label={t("sources.modelLabel")} className="print:hidden">
        <ul className="inline-flex flex-wrap gap-1 rounded-md border border-border bg-surface-muted p-1">
          {ATTRIBUTION_MODELS.map((item) => {
            const active = item === model;
            const search = withModel(query, item);
            return (
              <li key={item}>
                <Link
                  href={`/dashboard/sources${search ? `?${search}` : ""}`}
                  scroll={false}
                  aria-current={active ? "true" : undefined}
                  className={cx(
                    "inline-block rounded px-3 py-1 text-sm font-medium",
                    active ? "bg-surface text-foreground shadow-xs ring-1 ring-border" : "text-muted-foreground hover:text-foreground",
                  )}
                >
                  {t(`sources.model.${item}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="text-sm text-muted-foreground">
        <span className="font-medium text-foreground">{t(`sources.model.${model}`)}:</span> {t(`sources.modelDefinition.${model}`)}
      </p>
    </div>
  );
}
