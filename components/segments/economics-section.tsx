import type { SegmentOption } from "@/components/dashboard/filter-bar";
import { SegmentEconomicsChart } from "@/components/charts/segment-economics-chart";
import { DefinedTh } from "@/components/funnel/defined-th";
import { moneyText, REPORTING_CURRENCY } from "@/components/funnel/format";
import { Table, TBody, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime, formatPercent, formatPeriod } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { economicsGaps, type EconomicsGap } from "@/lib/metrics/economics-gaps";
import type { EconomicsMetrics } from "@/lib/metrics/queries/economics";
import type { DashboardRequest } from "@/lib/validation/dashboard-request";
import { CsvLink } from "./csv-link";
import { segmentDrillHref } from "./drill";
import { FigureCell } from "./figure-cell";
import { daysText, monthsText, multipleText } from "./format";
import { economicsEmptyMessage } from "./has-data";
import { SectionCard } from "@/components/ui/section-card";
import { segmentName } from "./segment-name";

const COLUMNS = ["cac", "ltv", "ltvToCac", "payback", "dealSize", "salesCycle"] as const;

type SegmentDrill = "segments-new-customers" | "segments-paying" | "segments-new-deals";

// The records a money figure is made of; a ratio of two figures links through its parts.
const DRILLS: Partial<Record<(typeof COLUMNS)[number], SegmentDrill>> = {
  cac: "segments-new-customers",
  ltv: "segments-paying",
  dealSize: "segments-new-deals",
  salesCycle: "segments-new-deals",
};

/** CAC, LTV, their ratio, payback, deal size and cycle per segment: a comparison chart and the same figures as a table. */
export async function EconomicsSection({
  economics,
  segments,
  request,
}: {
  economics: Promise<EconomicsMetrics>;
  segments: SegmentOption[];
  request: DashboardRequest;
}) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), economics]);
  const description = t("segments.economicsDescription", {
    period: formatPeriod(metrics.period, locale),
    asOf: formatDateTime(request.asOf, locale),
    margin: formatPercent(metrics.grossMargin, locale),
  });
  const none = t("common.none");
  const rows = metrics.segments.map((row) => {
    const name = segmentName(segments, row.segmentId, row.segmentKey);
    const href = (key: SegmentDrill) => segmentDrillHref(key, row.segmentId, request.filters);
    const money = (value: number | null) => (value === null ? null : moneyText(value, locale));
    return {
      row,
      name,
      gaps: economicsGaps(row),
      href,
      text: {
        cac: money(row.cacMinor),
        ltv: money(row.ltvMinor),
        ltvToCac: row.ltvToCac === null ? null : multipleText(row.ltvToCac, locale, t),
        payback: row.paybackMonths === null ? null : monthsText(row.paybackMonths, locale, t),
        dealSize: money(row.averageDealSizeMinor),
        salesCycle: row.salesCycle.medianDays === null ? null : daysText(row.salesCycle.medianDays, locale, t),
      },
    };
  });
  // Each reason explained once, in the order it first appears in the table.
  const gaps = [...new Set(rows.flatMap(({ gaps }) => COLUMNS.map((column) => gaps[column])).filter((gap): gap is EconomicsGap => gap !== null))];

  return (
    <SectionCard
      title={t("segments.economicsTitle")}
      description={description}
      actions={<CsvLink chart="economics" query={request.query} t={t} />}
      empty={economicsEmptyMessage(metrics.segments, t, "segments.economicsEmpty")}
    >
      <div className="flex flex-col gap-4 p-5">
        <SegmentEconomicsChart
          label={t("segments.chartLabel")}
          ltvLabel={t("segments.ltv")}
          cacLabel={t("segments.cac")}
          ratioLabel={t("segments.ltvToCac")}
          scaleNote={t("segments.chartScale")}
          currency={REPORTING_CURRENCY}
          data={rows.map(({ row, name, text, href }) => ({
            label: name,
            ltvMinor: row.ltvMinor,
            cacMinor: row.cacMinor,
            ratioText: text.ltvToCac ?? none,
            ltvHref: href("segments-paying"),
            cacHref: href("segments-new-customers"),
          }))}
        />
        <Table caption={t("segments.economicsCaption")}>
          <THead>
            <tr>
              <Th>{t("segments.segment")}</Th>
              {COLUMNS.map((column) => (
                <DefinedTh key={column} id={`definition-${column}`} label={t(`segments.column.${column}`)} definition={t(`segments.${column}Definition`)} t={t} />
              ))}
            </tr>
          </THead>
          <TBody>
            {rows.map(({ row, name, gaps, href, text }) => (
              <Tr key={row.segmentId}>
                <Th scope="row">{name}</Th>
                {COLUMNS.map((column) => {
                  const drill = DRILLS[column];
                  return (
                    <FigureCell
                      key={column}
                      value={text[column]}
                      gap={gaps[column]}
                      href={drill && href(drill)}
                      figure={t(`segments.${column}`)}
                      segment={name}
                      t={t}
                    />
                  );
                })}
              </Tr>
            ))}
          </TBody>
        </Table>
        {gaps.length > 0 && (
          <section aria-labelledby="economics-gaps" className="text-sm">
            <h3 id="economics-gaps" className="font-medium">
              {t("segments.gapsTitle")}
            </h3>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-muted-foreground">
              {gaps.map((gap) => (
                <li key={gap}>
                  <span className="font-medium text-foreground">{t(`segments.gap.${gap}`)}:</span> {t(`segments.gapNote.${gap}`)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </SectionCard>
  );
}
