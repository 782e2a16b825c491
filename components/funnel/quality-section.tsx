import { DrillLink } from "@/components/dashboard/drill-link";
import { SectionCard } from "@/components/ui/section-card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { MqlOutcome, SourceQuality } from "@/lib/metrics/lead-quality";
import type { FunnelTrends } from "@/lib/metrics/queries/funnel-trends";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { CsvLink } from "./csv-link";
import { DefinedTh } from "./defined-th";
import { ratioText } from "./format";

const OUTCOME_COLUMNS = [
  { outcome: "ACCEPTED", pick: (row: SourceQuality) => row.accepted, rate: (row: SourceQuality) => row.acceptanceRate },
  { outcome: "REJECTED", pick: (row: SourceQuality) => row.rejected, rate: (row: SourceQuality) => row.rejectionRate },
  { outcome: "DEQUALIFIED", pick: (row: SourceQuality) => row.dequalified, rate: null },
  { outcome: "OPEN", pick: (row: SourceQuality) => row.open, rate: null },
] as const satisfies readonly { outcome: MqlOutcome; pick: (row: SourceQuality) => number; rate: ((row: SourceQuality) => number | null) | null }[];

/**
 * Lead quality by source: of the period's MQLs, how many sales accepted and rejected, and
 * why it rejected them — marketing's feedback from sales, per source.
 */
export async function QualitySection({ trends, filters, query }: { trends: Promise<FunnelTrends>; filters: DashboardFilters; query: string }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), trends]);
  const title = t("funnel.qualityTitle");
  return (
    <SectionCard
      title={title}
      description={t("funnel.qualityDescription")}
      actions={<CsvLink chart="quality" query={query} title={title} t={t} />}
      empty={metrics.quality.length === 0 ? t("funnel.qualityEmpty") : null}
    >
      <Table caption={title}>
        <THead>
          <tr>
            <Th>{t("funnel.source")}</Th>
            <DefinedTh id="definition-mqls" label={t("funnel.mqls")} definition={t("funnel.mqlsDefinition")} t={t} />
            {OUTCOME_COLUMNS.map((column) => (
              <DefinedTh
                key={column.outcome}
                id={`definition-outcome-${column.outcome}`}
                label={t(`funnel.outcome.${column.outcome}`)}
                definition={t(`funnel.outcomeDefinition.${column.outcome}`)}
                t={t}
              />
            ))}
            <Th>{t("funnel.rejectionReasons")}</Th>
          </tr>
        </THead>
        <TBody>
          {metrics.quality.map((row) => {
            const source = t(`leadSource.${row.source}`);
            return (
              <Tr key={row.source}>
                <Th scope="row">{source}</Th>
                <Td numeric>
                  <DrillLink href={drillHref("funnel-mql", { leadSource: row.source }, filters)} label={t("funnel.drillMqls", { source })}>
                    {formatNumber(row.mqls, locale)}
                  </DrillLink>
                </Td>
                {OUTCOME_COLUMNS.map((column) => (
                  <Td key={column.outcome} numeric>
                    <DrillLink
                      href={drillHref("funnel-mql", { leadSource: row.source, outcome: column.outcome }, filters)}
                      label={t("funnel.drillOutcome", { source, outcome: t(`funnel.outcome.${column.outcome}`) })}
                    >
                      {formatNumber(column.pick(row), locale)}
                    </DrillLink>
                    {column.rate && <span className="block text-xs text-muted-foreground">{ratioText(column.rate(row), locale, t)}</span>}
                  </Td>
                ))}
                <Td>
                  {row.reasons.length === 0 ? (
                    <span className="text-muted-foreground">{t("common.none")}</span>
                  ) : (
                    <ul className="flex flex-col gap-0.5 text-xs">
                      {row.reasons.map((reason) => {
                        const label = reason.reason ? t(`rejectionReason.${reason.reason}`) : t("funnel.noReason");
                        return (
                          <li key={reason.reason ?? "none"}>
                            {label}:{" "}
                            <DrillLink
                              href={drillHref("funnel-mql", { leadSource: row.source, outcome: "REJECTED", reason: reason.reason ?? "none" }, filters)}
                              label={t("funnel.drillReason", { source, reason: label })}
                            >
                              {formatNumber(reason.leads, locale)}
                            </DrillLink>{" "}
                            <span className="text-muted-foreground">({ratioText(reason.share, locale, t)})</span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </SectionCard>
  );
}
