import { DrillLink } from "@/components/dashboard/drill-link";
import { SectionCard } from "@/components/ui/section-card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { FUNNEL_STAGES } from "@/lib/bowtie/stages";
import { drillHref } from "@/lib/drill/href";
import { monthKey } from "@/lib/drill/params";
import { formatMonth, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { FunnelTrends } from "@/lib/metrics/queries/funnel-trends";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { CsvLink } from "./csv-link";
import { DefinedTh } from "./defined-th";
import { ratioText } from "./format";

/** Entry month × furthest stage reached: where each month's new leads have got to by the as-of time. */
export async function CohortSection({ trends, filters, query }: { trends: Promise<FunnelTrends>; filters: DashboardFilters; query: string }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), trends]);
  const title = t("funnel.cohortTitle");
  return (
    <SectionCard
      title={title}
      description={t("funnel.cohortDescription")}
      actions={<CsvLink chart="cohorts" query={query} title={title} t={t} />}
      empty={metrics.cohorts.every((cohort) => cohort.entered === 0) ? t("funnel.cohortEmpty") : null}
    >
      <Table caption={title}>
        <THead>
          <tr>
            <Th>{t("funnel.entryMonth")}</Th>
            <DefinedTh id="definition-cohort-entered" label={t("funnel.entered")} definition={t("funnel.enteredDefinition")} t={t} />
            {FUNNEL_STAGES.map((stage) => (
              <DefinedTh key={stage} id={`definition-furthest-${stage}`} label={t(`stage.${stage}`)} definition={t("funnel.furthestDefinition")} t={t} />
            ))}
          </tr>
        </THead>
        <TBody>
          {metrics.cohorts.map((cohort) => {
            const month = formatMonth(cohort.cohortMonth, locale);
            return (
              <Tr key={monthKey(cohort.cohortMonth)}>
                <Th scope="row">{month}</Th>
                <Td numeric>{formatNumber(cohort.entered, locale)}</Td>
                {cohort.furthest.map((cell) => (
                  <Td key={cell.stage} numeric>
                    {cell.records === 0 ? (
                      formatNumber(0, locale)
                    ) : (
                      <DrillLink
                        href={drillHref("funnel-cohort", { month: monthKey(cohort.cohortMonth), furthest: cell.stage }, filters)}
                        label={t("funnel.drillCohort", { month, stage: t(`stage.${cell.stage}`) })}
                      >
                        {formatNumber(cell.records, locale)}
                      </DrillLink>
                    )}
                    <span className="block text-xs text-muted-foreground">{ratioText(cell.share, locale, t)}</span>
                  </Td>
                ))}
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </SectionCard>
  );
}
