import { SectionCard } from "@/components/ui/section-card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { isFunnelStage } from "@/lib/bowtie/stages";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translator";
import { binShares, type DurationBin } from "@/lib/metrics/duration-histogram";
import type { FunnelMetrics } from "@/lib/metrics/queries/funnel";
import { CsvLink } from "./csv-link";
import { hoursText } from "./format";

function binLabel(bin: DurationBin, locale: Locale, t: Translate): string {
  const from = hoursText(bin.fromHours, locale, t);
  return bin.toHours === null ? t("common.rangeFrom", { min: from }) : t("common.rangeBetween", { min: from, max: hoursText(bin.toHours, locale, t) });
}

/**
 * How long leads stay in each funnel stage, as a distribution: stays that ended and stays
 * still open at the as-of time per duration bin. Each row is drawn as a bar of bins whose
 * width is the bin's share, with the numbers beside it.
 */
export async function StaysSection({ funnel, query }: { funnel: Promise<FunnelMetrics>; query: string }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), funnel]);
  const stages = metrics.stages.filter((row) => isFunnelStage(row.stage));
  const title = t("funnel.staysTitle");
  const bins = stages[0]?.stays ?? [];
  return (
    <SectionCard
      title={title}
      description={t("funnel.staysDescription")}
      actions={<CsvLink chart="stays" query={query} title={title} t={t} />}
      empty={stages.every((row) => row.timeInStage.exits + row.timeInStage.censored === 0) ? t("funnel.timeEmpty") : null}
    >
      <Table caption={title}>
        <THead>
          <tr>
            <Th>{t("funnel.stage")}</Th>
            {bins.map((bin) => (
              <Th key={bin.fromHours} numeric>
                {binLabel(bin, locale, t)}
              </Th>
            ))}
          </tr>
        </THead>
        <TBody>
          {stages.map((row) => {
            const shares = binShares(row.stays);
            return (
              <Tr key={row.stage}>
                <Th scope="row">{t(`stage.${row.stage}`)}</Th>
                {row.stays.map((bin, index) => {
                  const share = shares[index] ?? 0;
                  return (
                    <Td key={bin.fromHours} numeric>
                      <span className="block tabular-nums">{formatNumber(bin.exits, locale)}</span>
                      {bin.censored > 0 && (
                        <span className="block text-xs text-muted-foreground">{t("funnel.stillIn", { count: formatNumber(bin.censored, locale) })}</span>
                      )}
                      <span aria-hidden className="mt-1 block h-1.5 rounded-sm" style={{ width: `${Math.round(share * 100)}%`, background: "var(--chart-series-1)" }} />
                    </Td>
                  );
                })}
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </SectionCard>
  );
}
