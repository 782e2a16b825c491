import Link from "next/link";
import type { ReactNode } from "react";
import { DefinedTh } from "@/components/funnel/defined-th";
import { ratioText } from "@/components/funnel/format";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { CapacityKind } from "@/lib/validation/capacity-view";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { teamNames, type ChainRow } from "./chain-rows";

const COLUMNS = ["entered", "movedOn", "conversion", "inflow", "capacity", "utilisation", "lost"] as const;

function DrillLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <Link href={href} aria-label={label} className="text-primary underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}

/** The chain stage by stage: owners, the period's counts (each linked to its records), the monthly flow and the bottleneck. */
export async function CapacityChainTable({
  rows,
  filters,
  kind,
  caption,
}: {
  rows: ChainRow[];
  filters: DashboardFilters;
  kind: CapacityKind;
  caption: string;
}) {
  const { t, locale } = await getI18n();
  const number = (value: number) => formatNumber(value, locale);

  // Headers wrap and cells are a little tighter than the default, so the chain's columns fit
  // a laptop screen without scrolling sideways, and a sheet of paper, where nothing scrolls.
  return (
    <div className="[&_td]:px-3 [&_th]:px-3 [&_thead_th]:whitespace-normal [&_thead_th]:align-bottom print:[&_table]:text-xs print:[&_td]:px-1.5 print:[&_th]:px-1.5">
      <Table caption={caption}>
        <THead>
          <tr>
            <Th>{t("capacity.chain.stageAndTeams")}</Th>
            {COLUMNS.map((column) => (
              <DefinedTh
                key={column}
                id={`definition-chain-${column}`}
                label={t(`capacity.chain.${column}`)}
                definition={t(`capacity.chain.${column}Definition`)}
                t={t}
              />
            ))}
          </tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <Tr key={row.stage} className={row.bottleneck ? "bg-health-worse-soft" : undefined}>
              <Th scope="row" className="max-w-48 whitespace-normal">
                <span className="inline-flex flex-wrap items-center gap-2">
                  {row.label}
                  {row.bottleneck && <Badge tone="danger">{t("capacity.bottleneck")}</Badge>}
                </span>
                <span className="block text-xs font-normal text-muted-foreground">{teamNames(row, t)}</span>
              </Th>
              <Td numeric>
                <DrillLink
                  href={drillHref("stage-entries", { kind, stage: row.stage }, filters)}
                  label={t(`capacity.chain.enteredLink.${kind}`, { count: number(row.entered), stage: row.label })}
                >
                  {number(row.entered)}
                </DrillLink>
              </Td>
              <Td numeric>
                {row.next === null ? (
                  t("common.none")
                ) : (
                  <DrillLink
                    href={drillHref("stage-moves", { kind, stage: row.stage }, filters)}
                    label={t(`capacity.chain.movedOnLink.${kind}`, { count: number(row.movedOn), stage: row.label, next: t(`stage.${row.next}`) })}
                  >
                    {number(row.movedOn)}
                  </DrillLink>
                )}
              </Td>
              <Td numeric>{row.next === null ? t("common.none") : ratioText(row.conversion, locale, t)}</Td>
              <Td numeric>{number(row.flow.inflow)}</Td>
              <Td numeric>{row.capacity === null ? t("capacity.chain.noLimit") : number(row.capacity)}</Td>
              <Td numeric>{ratioText(row.utilisation, locale, t)}</Td>
              <Td numeric className={row.bottleneck ? "font-semibold" : undefined}>
                {number(row.flow.lost)}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
