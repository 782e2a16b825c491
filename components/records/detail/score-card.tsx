import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { LeadDetail } from "@/lib/data/record-detail";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { EngagementFacts } from "@/lib/records/mql-check";
import { FieldList } from "./field-list";

/**
 * The lead's two scores and the facts behind them. The scores are stored, not recomputed
 * here: the scoring formula is not kept with the lead, so the page shows what it can honestly
 * derive, the fit attributes and the touchpoints by type, and says so.
 */
export async function ScoreCard({ lead, engagement }: { lead: LeadDetail; engagement: EngagementFacts }) {
  const { t, locale } = await getI18n();
  const none = t("common.none");
  return (
    <Card>
      <CardHeader title={t("recordDetail.scores.title")} description={t("recordDetail.scores.description")} />
      <div className="grid gap-4 px-5 pt-4 sm:grid-cols-2">
        {(
          [
            ["fit", lead.fitScore],
            ["engagement", lead.engagementScore],
          ] as const
        ).map(([key, score]) => (
          <div key={key} data-testid={`score-${key}`}>
            <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{t(`recordDetail.scores.${key}`)}</p>
            <p className="text-2xl font-semibold tabular-nums">{t("recordDetail.score", { score: formatNumber(score, locale) })}</p>
            <div className="mt-1 h-1.5 rounded-full bg-surface-muted" aria-hidden>
              <div className="h-1.5 rounded-full bg-primary" style={{ width: `${Math.min(100, Math.max(0, score))}%` }} />
            </div>
          </div>
        ))}
      </div>
      <p className="px-5 pt-4 text-sm text-muted-foreground">{t("recordDetail.scores.fitFacts")}</p>
      <FieldList
        items={[
          { label: t("recordDetail.field.industry"), value: lead.industry ?? none },
          { label: t("recordDetail.field.employees"), value: lead.employees === null ? none : formatNumber(lead.employees, locale) },
          { label: t("recordDetail.field.segment"), value: lead.segment ? (locale === "fi" ? lead.segment.nameFi : lead.segment.nameEn) : none },
          { label: t("recordDetail.field.persona"), value: lead.persona ? t(`persona.${lead.persona}`) : none },
        ]}
      />
      <p className="px-5 text-sm text-muted-foreground">{t("recordDetail.scores.engagementFacts")}</p>
      {engagement.total === 0 ? (
        <p className="px-5 py-4 text-sm">{t("recordDetail.scores.noTouches")}</p>
      ) : (
        <Table caption={t("recordDetail.scores.engagement")}>
          <THead>
            <tr>
              <Th>{t("recordDetail.scores.type")}</Th>
              <Th numeric>{t("recordDetail.scores.recent", { days: engagement.windowDays })}</Th>
              <Th numeric>{t("recordDetail.scores.total")}</Th>
            </tr>
          </THead>
          <TBody>
            {engagement.byType.map((row) => (
              <Tr key={row.type}>
                <Th scope="row" className="font-normal normal-case">
                  {t(`recordDetail.touchpointType.${row.type}`)}
                </Th>
                <Td numeric>{formatNumber(row.recent, locale)}</Td>
                <Td numeric>{formatNumber(row.total, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
