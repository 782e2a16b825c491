import type { ReactNode } from "react";
import { InfoTip } from "@/components/ui/info-tip";
import type { Translate } from "@/lib/i18n/translator";

/** One headline figure: its name with the definition on hover, the value, and what it is made of. */
export function MetricTile({
  id,
  label,
  definition,
  value,
  detail,
  t,
}: {
  id: string;
  label: string;
  definition: string;
  value: ReactNode;
  detail?: ReactNode;
  t: Translate;
}) {
  return (
    <div className="flex flex-col gap-1 rounded-md border border-border px-4 py-3">
      <dt className="flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-muted-foreground">
        {label}
        <InfoTip id={id} label={t("common.definitionOf", { term: label })} text={definition} />
      </dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
      {detail && <dd className="text-xs text-muted-foreground">{detail}</dd>}
    </div>
  );
}
