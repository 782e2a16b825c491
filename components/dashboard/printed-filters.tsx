import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { DashboardRequest } from "@/lib/validation/dashboard-request";
import type { SegmentOption } from "./filter-bar";
import { filterNames } from "./filter-names";

/** On paper the filter bar is hidden, so a printed dashboard says what it shows in one line. */
export async function PrintedFilters({ request, segments }: { request: DashboardRequest; segments: SegmentOption[] }) {
  const { t, locale } = await getI18n();
  const { filters, period, asOf } = request;
  const chosen = filterNames(filters, segments, t);
  return (
    <p className="mb-4 hidden text-sm print:block">
      {t("drill.context", { period: formatPeriod(period, locale), asOf: formatDateTime(asOf, locale) })}{" "}
      {chosen.length > 0 ? t("drill.filters", { filters: chosen.join(", ") }) : t("dashboard.allRecords")}
    </p>
  );
}
