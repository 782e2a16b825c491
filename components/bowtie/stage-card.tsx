import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { InfoTip } from "@/components/ui/info-tip";
import type { Translate } from "@/lib/i18n/translator";
import { HealthMark } from "./health-mark";
import type { Health } from "./stage-health";
import type { MetricView, StageView } from "./stage-view";

const BORDER: Record<Health | "none", string> = {
  better: "border-t-health-better",
  worse: "border-t-health-worse",
  same: "border-t-health-same",
  none: "border-t-border",
};

type Definition = "volume" | "conversion" | "medianTime";

function Metric({ stage, name, metric, t, children }: { stage: string; name: Definition; metric: MetricView; t: Translate; children?: ReactNode }) {
  const term = t(`bowtie.${name}`);
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="flex items-center gap-1 text-xs text-muted-foreground">
        {term}
        <InfoTip id={`definition-${stage}-${name}`} label={t("common.definitionOf", { term })} text={t(`bowtie.${name}Definition`)} />
      </dt>
      <dd className="text-lg font-semibold tabular-nums">{children ?? metric.value}</dd>
      <dd>
        <HealthMark health={metric.health} delta={metric.delta} verdict={metric.health && t(`bowtie.health.${metric.health}`)} />
      </dd>
      <dd className="text-xs text-muted-foreground tabular-nums">{t("bowtie.previous", { value: metric.previous })}</dd>
    </div>
  );
}

/** One stage of the bow-tie with its three figures; the volume and the conversion link to the accounts behind them. */
export function StageCard({ view, href, conversionHref, t }: { view: StageView; href: string; conversionHref: string; t: Translate }) {
  const headingId = `stage-${view.stage}`;
  return (
    <li aria-labelledby={headingId} className={cx("flex flex-col gap-3 rounded-lg border border-t-4 border-border bg-surface p-3 shadow-xs", BORDER[view.health ?? "none"])}>
      <div className="flex flex-wrap items-center justify-between gap-1">
        <h3 id={headingId} className="text-sm font-semibold">
          {view.label}
        </h3>
        {view.bottleneck && <Badge tone="danger">{t("bowtie.bottleneck")}</Badge>}
      </div>
      <dl className="flex flex-col gap-3">
        <Metric stage={view.stage} name="volume" metric={view.volumeView} t={t}>
          <Link href={href} className="text-primary underline-offset-2 hover:underline" aria-label={t("bowtie.drillVolume", { volume: view.volumeView.value, stage: view.label })}>
            {view.volumeView.value}
          </Link>
        </Metric>
        {view.conversion ? (
          <Metric stage={view.stage} name="conversion" metric={view.conversion} t={t}>
            <Link href={conversionHref} className="text-primary underline-offset-2 hover:underline" aria-label={t("bowtie.drillConversion", { conversion: view.conversion.value, stage: view.label })}>
              {view.conversion.value}
            </Link>
          </Metric>
        ) : (
          <div className="flex flex-col gap-0.5">
            <dt className="text-xs text-muted-foreground">{t("bowtie.conversion")}</dt>
            <dd className="text-sm text-muted-foreground">{t("bowtie.noConversion")}</dd>
          </div>
        )}
        <Metric stage={view.stage} name="medianTime" metric={view.medianTime} t={t} />
      </dl>
    </li>
  );
}
