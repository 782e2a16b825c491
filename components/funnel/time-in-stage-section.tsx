import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { FunnelMetrics } from "@/lib/metrics/queries/funnel";
import { DefinedTh } from "./defined-th";
import { hoursText } from "./format";
import { isFunnelStage } from "@/lib/bowtie/stages";

/** Median and 75th percentile time leads spend in each funnel stage. */
export async function TimeInStageSection({ funnel }: { funnel: Promise<FunnelMetrics> }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), funnel]);
  const stages = metrics.stages.filter((row) => isFunnelStage(row.stage));
  const title = t("funnel.timeTitle");
  const stays = (row: (typeof stages)[number]) => row.timeInStage.exits + row.timeInStage.censored;

  return (
    <Card>
      <CardHeader title={title} />
      {stages.every((row) => stays(row) === 0) ? (
        <EmptyState message={t("funnel.timeEmpty")} />
      ) : (
        <Table caption={title}>
          <THead>
            <tr>
              <Th>{t("funnel.stage")}</Th>
              <DefinedTh id="definition-time-median" label={t("funnel.medianTime")} definition={t("funnel.medianTimeDefinition")} t={t} />
              <DefinedTh id="definition-time-p75" label={t("funnel.p75Time")} definition={t("funnel.p75TimeDefinition")} t={t} />
              <DefinedTh id="definition-time-stays" label={t("funnel.stays")} definition={t("funnel.staysDefinition")} t={t} />
            </tr>
          </THead>
          <TBody>
            {stages.map((row) => (
              <Tr key={row.stage}>
                <Th scope="row">{t(`stage.${row.stage}`)}</Th>
                <Td numeric>{hoursText(row.timeInStage.medianHours, locale, t)}</Td>
                <Td numeric>{hoursText(row.timeInStage.p75Hours, locale, t)}</Td>
                <Td numeric>{formatNumber(stays(row), locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
