import Link from "next/link";
import type { ReactNode } from "react";
import { moneyText, ratioText } from "@/components/funnel/format";
import { Card, CardHeader } from "@/components/ui/card";
import { drillHref } from "@/lib/drill/href";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { hourglassFromChain } from "@/lib/metrics/hourglass";
import type { CapacityMetrics } from "@/lib/metrics/queries/capacity";
import type { DealOutcomes } from "@/lib/metrics/queries/capacity-deals";
import type { CapacityKind } from "@/lib/validation/capacity-view";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import {
  countSliderMax,
  defaultDealSize,
  measuredScenario,
  parseHourglassScenario,
  presetScenario,
} from "@/lib/validation/hourglass-scenario";
import { HourglassWhatIf } from "./hourglass-what-if";

// On the bow-tie, the hourglass's meeting is the comparison stage (qualified lead, opportunity,
// offer); its sale is a won deal.
const MEETING_STAGE = "COMPARISON";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt>{term}:</dt>
      <dd className="font-medium tabular-nums text-foreground">{children}</dd>
    </div>
  );
}

/**
 * The hourglass what-if: the scenario in the URL (the seeds' example when there is none),
 * the period's measured flow to start from, and the deals behind its win rate and default
 * deal size.
 */
export async function HourglassSection({
  capacity,
  deals,
  kind,
  scenarioParams,
  filters,
  baseQuery,
}: {
  capacity: Promise<CapacityMetrics>;
  deals: Promise<DealOutcomes>;
  kind: CapacityKind;
  scenarioParams: Record<string, unknown>;
  filters: DashboardFilters;
  /** The page's query string without the scenario (filters and kind), which the sliders keep. */
  baseQuery: string;
}) {
  const [{ t, locale }, metrics, outcomes] = await Promise.all([getI18n(), capacity, deals]);
  const defaultDeal = defaultDealSize(outcomes.averageDealSizeMinor);
  const scenario = parseHourglassScenario(scenarioParams, defaultDeal);
  const measured = hourglassFromChain(metrics.stages, MEETING_STAGE, outcomes.winRate);
  const current = measured.visits > 0 ? measuredScenario(measured, defaultDeal) : null;
  const number = (value: number) => formatNumber(value, locale);
  const link = "text-primary underline-offset-2 hover:underline";
  const { won } = outcomes.closed;

  return (
    <Card>
      <CardHeader title={t("capacity.whatIf.title")} description={t("capacity.whatIf.description")} />
      <div className="flex flex-col gap-4 p-5">
        <HourglassWhatIf
          initial={scenario}
          preset={presetScenario(defaultDeal)}
          current={current}
          countMax={countSliderMax([measured.visits, measured.capacity], [scenario.visits, scenario.capacity])}
          baseQuery={baseQuery}
        />
        <div className="flex flex-col gap-2 border-t border-border pt-4 text-xs text-muted-foreground">
          <p>
            {current
              ? t(`capacity.whatIf.measured.${kind}`, {
                  visits: number(measured.visits),
                  capacity: measured.capacity === null ? t("capacity.chain.noLimit") : number(measured.capacity),
                  meetingRate: ratioText(measured.visitToMeeting, locale, t),
                  saleRate: ratioText(outcomes.winRate, locale, t),
                })
              : t("capacity.whatIf.currentNone")}
          </p>
          <dl aria-label={t("capacity.whatIf.salesLabel")} className="flex flex-wrap gap-x-6 gap-y-1">
            <Fact term={t("capacity.whatIf.wonDeals")}>
              <Link href={drillHref("capacity-deals", { outcome: "WON" }, filters)} className={link} aria-label={t("capacity.whatIf.wonDealsLink", { count: number(won) })}>
                {number(won)}
              </Link>
            </Fact>
            <Fact term={t("capacity.whatIf.closedDeals")}>
              <Link
                href={drillHref("capacity-deals", { outcome: "CLOSED" }, filters)}
                className={link}
                aria-label={t("capacity.whatIf.closedDealsLink", { count: number(outcomes.closedCount) })}
              >
                {number(outcomes.closedCount)}
              </Link>
            </Fact>
            <Fact term={t("capacity.whatIf.winRate")}>{ratioText(outcomes.winRate, locale, t)}</Fact>
            <Fact term={t("capacity.whatIf.averageDealSize")}>
              {outcomes.averageDealSizeMinor === null ? t("common.none") : moneyText(outcomes.averageDealSizeMinor, locale)}
            </Fact>
          </dl>
          {outcomes.averageDealSizeMinor === null && <p>{t("capacity.whatIf.dealSizeNone", { amount: moneyText(defaultDeal * 100, locale) })}</p>}
        </div>
      </div>
    </Card>
  );
}
