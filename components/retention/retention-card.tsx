import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Translate } from "@/lib/i18n/translator";
import { retentionCsvHref, type RetentionChart } from "./retention-links";

/** A retention section: its title, what it covers, the CSV of its chart's data, and its content. */
export function RetentionCard({
  title,
  description,
  chart,
  query,
  t,
  children,
}: {
  title: string;
  description?: string;
  chart: RetentionChart;
  query: string;
  t: Translate;
  children: ReactNode;
}) {
  return (
    <Card className="break-inside-avoid">
      <header className="flex items-start justify-between gap-3 border-b border-border px-5 py-4">
        <div>
          <h2 className="text-base font-semibold">{title}</h2>
          {description && <p className="mt-1 text-sm text-muted-foreground">{description}</p>}
        </div>
        <a
          href={retentionCsvHref(query, chart)}
          download
          aria-label={t("retention.downloadChartCsvLabel", { chart: title })}
          className={buttonClasses("secondary", "sm", "shrink-0 print:hidden")}
        >
          {t("retention.downloadChartCsv")}
        </a>
      </header>
      {children}
    </Card>
  );
}
