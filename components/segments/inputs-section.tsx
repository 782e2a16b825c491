import type { SegmentOption } from "@/components/dashboard/filter-bar";
import { moneyText, ratioText } from "@/components/funnel/format";
import { InfoTip } from "@/components/ui/info-tip";
import { Table, TBody, Th, THead, Tr } from "@/components/ui/table";
import type { DrillKey } from "@/lib/drill/registry";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { EconomicsMetrics, SegmentEconomicsRow } from "@/lib/metrics/queries/economics";
import type { DashboardRequest } from "@/lib/validation/dashboard-request";
import { segmentDrillHref } from "./drill";
import { FigureCell } from "./figure-cell";
import { economicsEmptyMessage } from "./has-data";
import { SectionCard } from "@/components/ui/section-card";
import { segmentName } from "./segment-name";

type Input =
  | "salesSpend"
  | "marketingSpend"
  | "newCustomers"
  | "payingCustomers"
  | "mrr"
  | "arpa"
  | "churnedCustomers"
  | "customerMonths"
  | "monthlyChurn"
  | "wonDeals";

/** Each input: its value in a row and, for records, the list behind it (only when there are any). */
type InputView = { input: Input; value: (row: SegmentEconomicsRow) => number | null; format: "money" | "count" | "ratio"; drill?: DrillKey };

const INPUTS: readonly InputView[] = [
  { input: "salesSpend", value: (row) => row.salesSpendMinor, format: "money" },
  { input: "marketingSpend", value: (row) => row.marketingSpendMinor, format: "money" },
  { input: "newCustomers", value: (row) => row.newCustomers, format: "count", drill: "segments-new-customers" },
  { input: "payingCustomers", value: (row) => row.payingCustomers, format: "count", drill: "segments-paying" },
  { input: "mrr", value: (row) => row.mrrMinor, format: "money", drill: "segments-paying" },
  { input: "arpa", value: (row) => row.arpaMinor, format: "money" },
  { input: "churnedCustomers", value: (row) => row.churnedCustomers, format: "count", drill: "segments-churned" },
  { input: "customerMonths", value: (row) => row.customerMonths, format: "count" },
  { input: "monthlyChurn", value: (row) => row.monthlyLogoChurn, format: "ratio" },
  { input: "wonDeals", value: (row) => row.salesCycle.deals, format: "count", drill: "segments-new-deals" },
];

/** What CAC and LTV are made of, one row per input and a column per segment; counts open their records. */
export async function InputsSection({
  economics,
  segments,
  request,
}: {
  economics: Promise<EconomicsMetrics>;
  segments: SegmentOption[];
  request: DashboardRequest;
}) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), economics]);
  const columns = metrics.segments.map((row) => ({ row, name: segmentName(segments, row.segmentId, row.segmentKey) }));
  const text = (value: number | null, format: InputView["format"]) => {
    if (format === "ratio") return ratioText(value, locale, t);
    if (value === null) return null;
    return format === "money" ? moneyText(value, locale) : formatNumber(value, locale);
  };

  return (
    <SectionCard
      title={t("segments.inputsTitle")}
      description={t("segments.inputsDescription")}
      empty={economicsEmptyMessage(metrics.segments, t, "segments.inputsEmpty")}
    >
      <Table caption={t("segments.inputsCaption")}>
        <THead>
          <tr>
            <Th>{t("segments.input")}</Th>
            {columns.map(({ row, name }) => (
              <Th key={row.segmentId} numeric>
                {name}
              </Th>
            ))}
          </tr>
        </THead>
        <TBody>
          {INPUTS.map(({ input, value, format, drill }) => (
            <Tr key={input}>
              <Th scope="row">
                <span className="inline-flex items-center gap-1">
                  {t(`segments.${input}`)}
                  <InfoTip id={`definition-input-${input}`} label={t("common.definitionOf", { term: t(`segments.${input}`) })} text={t(`segments.${input}Definition`)} />
                </span>
              </Th>
              {columns.map(({ row, name }) => {
                const amount = value(row);
                return (
                  <FigureCell
                    key={row.segmentId}
                    value={text(amount, format)}
                    href={drill && amount ? segmentDrillHref(drill, row.segmentId, request.filters) : undefined}
                    figure={t(`segments.${input}`)}
                    segment={name}
                    t={t}
                  />
                );
              })}
            </Tr>
          ))}
        </TBody>
      </Table>
    </SectionCard>
  );
}
