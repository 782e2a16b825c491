import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { getI18n } from "@/lib/i18n/server";
import { CAPACITY_KINDS, capacityKindQuery, type CapacityKind } from "@/lib/validation/capacity-view";

/** Which records the chain counts, as links that keep the filters and the scenario. */
export async function KindSwitch({ kind, filtersQuery, scenarioQuery }: { kind: CapacityKind; filtersQuery: string; scenarioQuery: string }) {
  const { t } = await getI18n();
  const href = (option: CapacityKind) => `?${[filtersQuery, capacityKindQuery(option), scenarioQuery].filter(Boolean).join("&")}`;
  return (
    <nav aria-label={t("capacity.kind.label")} className="mb-4 flex flex-wrap items-center gap-2 text-sm print:hidden">
      <span className="font-medium text-muted-foreground">{t("capacity.kind.label")}:</span>
      {CAPACITY_KINDS.map((option) => (
        <Link
          key={option}
          href={href(option)}
          aria-current={option === kind ? "true" : undefined}
          scroll={false}
          className={cx(
            "rounded-full border px-3 py-1",
            option === kind ? "border-primary bg-primary-soft font-medium text-primary" : "border-border text-muted-foreground hover:text-foreground",
          )}
        >
          {t(`capacity.kind.${option}`)}
        </Link>
      ))}
    </nav>
  );
}
