import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { addDays } from "@/lib/metrics/period";
import type { DashboardRequest } from "@/lib/validation/dashboard-request";
import { DashboardTabs, type DashboardTab } from "./dashboard-tabs";
import { FilterBar } from "./filter-bar";
import { PrintedFilters } from "./printed-filters";

type SegmentOptions = Parameters<typeof FilterBar>[0]["segments"];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The top of every dashboard page: title, the CSV of its figures, the tabs and the filter bar. */
export function DashboardHeader({
  tab,
  title,
  description,
  csvPath,
  csvLabel,
  request,
  segments,
}: {
  tab: DashboardTab;
  title: string;
  description: string;
  csvPath: string;
  csvLabel: string;
  request: DashboardRequest;
  segments: SegmentOptions;
}) {
  const { query, filters, period, now } = request;
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <a href={`${csvPath}${query ? `?${query}` : ""}`} download className={buttonClasses("secondary", "sm", "print:hidden")}>
            {csvLabel}
          </a>
        }
      />
      <PrintedFilters request={request} segments={segments} />
      <DashboardTabs current={tab} query={query} />
      <FilterBar
        filters={filters}
        segments={segments}
        periodStart={isoDay(period.start)}
        periodLastDay={isoDay(addDays(period.end, -1))}
        today={isoDay(now)}
      />
    </>
  );
}
