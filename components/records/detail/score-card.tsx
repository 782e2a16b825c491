import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, Td, TFoot, Th, THead, Tr } from "@/components/ui/table";
import type { LeadDetail } from "@/lib/data/record-detail";
import { db } from "@/lib/db/client";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { EngagementFacts } from "@/lib/records/mql-check";
import { describeFitRule } from "@/lib/scoring/describe";
import { explainScores, type ScoreExplanation } from "@/lib/scoring/explain";

type Explained = Exclude<ScoreExplanation, { status: "noRules" }>;

/**
 * The lead's two scores and where each point comes from under the scoring rules: the fit
 * rules it meets with their points, and its touches by type with their points after fading,
 * next to how many fell in the MQL criteria's recent window. Says which rules version
 * computed the stored scores and when, and what a recompute now would store if that differs.
 */
export async function ScoreCard({ lead, engagement }: { lead: LeadDetail; engagement: EngagementFacts }) {
  const { t, locale } = await getI18n();
  const explanation = await explainScores(db, lead.id, new Date());
  return (
    <Card>
      <CardHeader title={t("recordDetail.scores.title")} description={t("scoring.card.description")} />
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
      {!explanation || explanation.status === "noRules" ? (
        <p className="px-5 py-4 text-sm text-muted-foreground">{t("scoring.card.noRules")}</p>
      ) : (
        <Breakdown explanation={explanation} recent={engagement} />
      )}
    </Card>
  );
}

async function Breakdown({ explanation: e, recent }: { explanation: Explained; recent: EngagementFacts }) {
  const { t, locale } = await getI18n();
  const status =
    e.status === "computed"
      ? t("scoring.card.computed", { version: e.fitVersion, time: formatDateTime(e.engagementAsOf, locale) })
      : e.status === "fitOnly"
        ? t("scoring.card.fitOnly", { version: e.fitVersion })
        : t("scoring.card.notComputed", { version: e.fitVersion });
  const recentByType = new Map(recent.byType.map((row) => [row.type, row.recent]));
  const points = (value: number) => formatNumber(value, locale, 1);
  return (
    <>
      <p className="px-5 pt-4 text-sm text-muted-foreground" data-testid="score-status">
        {status}
      </p>
      <h3 className="px-5 pt-4 text-sm font-semibold">{t("scoring.card.fit")}</h3>
      {e.fit.matches.length === 0 ? (
        <p className="px-5 py-2 text-sm">{t("scoring.card.noFitRule")}</p>
      ) : (
        <Table caption={t("scoring.card.fit")}>
          <THead>
            <tr>
              <Th>{t("scoring.card.rule")}</Th>
              <Th numeric>{t("scoring.card.points")}</Th>
            </tr>
          </THead>
          <TBody>
            {e.fit.matches.map((match) => (
              <Tr key={match.index}>
                <Th scope="row" className="font-normal normal-case">
                  {describeFitRule(t, locale, match.rule)}
                </Th>
                <Td numeric>{formatNumber(match.points, locale)}</Td>
              </Tr>
            ))}
          </TBody>
          <TFoot>
            <tr>
              <Th scope="row" className="normal-case">
                {t("scoring.card.total")}
              </Th>
              <Td numeric>{formatNumber(e.fit.score, locale)}</Td>
            </tr>
          </TFoot>
        </Table>
      )}
      <h3 className="px-5 pt-4 text-sm font-semibold">{t("scoring.card.engagement")}</h3>
      {e.engagement.byType.length === 0 ? (
        <p className="px-5 py-2 text-sm">{t("scoring.card.noTouches")}</p>
      ) : (
        <Table caption={t("scoring.card.engagement")}>
          <THead>
            <tr>
              <Th>{t("scoring.card.type")}</Th>
              <Th numeric>{t("recordDetail.scores.recent", { days: recent.windowDays })}</Th>
              <Th numeric>{t("scoring.card.count")}</Th>
              <Th numeric>{t("scoring.card.pointsEach")}</Th>
              <Th numeric>{t("scoring.card.faded")}</Th>
            </tr>
          </THead>
          <TBody>
            {e.engagement.byType.map((row) => (
              <Tr key={row.type}>
                <Th scope="row" className="font-normal normal-case">
                  {t(`recordDetail.touchpointType.${row.type}`)}
                </Th>
                <Td numeric>{formatNumber(recentByType.get(row.type) ?? 0, locale)}</Td>
                <Td numeric>{formatNumber(row.count, locale)}</Td>
                <Td numeric>{formatNumber(row.pointsEach, locale)}</Td>
                <Td numeric>{points(row.points)}</Td>
              </Tr>
            ))}
          </TBody>
          <TFoot>
            <tr>
              <Th scope="row" colSpan={4} className="normal-case">
                {t("scoring.card.total")}
              </Th>
              <Td numeric>{formatNumber(e.engagement.score, locale)}</Td>
            </tr>
          </TFoot>
        </Table>
      )}
      <p className="px-5 pt-2 text-sm text-muted-foreground">{t("scoring.card.halfLife", { days: e.halfLifeDays, time: formatDateTime(e.engagementAsOf, locale) })}</p>
      {e.current && (
        <p className="px-5 pt-2 text-sm" data-testid="score-current">
          {t("scoring.card.differs", { fit: formatNumber(e.current.fit, locale), engagement: formatNumber(e.current.engagement, locale) })}
        </p>
      )}
      <div className="pb-4" />
    </>
  );
}
