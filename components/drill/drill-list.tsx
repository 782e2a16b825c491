import Link from "next/link";
import { filterNames } from "@/components/dashboard/filter-names";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listSegmentOptions } from "@/lib/data/segment-options";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { DrillSet } from "@/lib/drill/definition";
import { originPath } from "@/lib/drill/origin";
import { DRILL_PAGE_SIZE, loadDrillPage } from "@/lib/drill/page";
import { idParam } from "@/lib/drill/params";
import { toSearchParams } from "@/lib/validation/url-params";
import { formatDateTime, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { DashboardRequest } from "@/lib/validation/dashboard-request";
import { DrillRecords } from "./drill-records";

type SearchParams = Record<string, string | string[] | undefined>;

/** The list behind a figure once it is known who may see it: count, page of records, pager and CSV. */
export async function DrillList({ set, input, request, user }: { set: DrillSet; input: SearchParams; request: DashboardRequest; user: CurrentUser }) {
  const { t, locale } = await getI18n();
  const { period, asOf, filters, query } = request;
  const after = idParam.safeParse(input.after);
  const [page, segments] = await Promise.all([
    loadDrillPage(db, set, after.success ? { after: after.data } : {}),
    filters.segmentIds.length ? listSegmentOptions(locale) : [],
  ]);
  // This list's own URL without the page cursor: the first page, the CSV, and the base of the next page's link.
  const here = toSearchParams(input);
  here.delete("after");
  const withAfter = (cursor: number) => `?${new URLSearchParams([...here, ["after", String(cursor)]])}`;
  const chosen = filterNames(filters, segments, t);
  const back = originPath(set.origin) + (query ? `?${query}` : "");

  return (
    <>
      <PageHeader
        title={set.title(t, locale)}
        description={
          <>
            <span className="block text-base font-medium text-foreground" data-testid="drill-count">
              {page.total === 1 ? t("drill.countOne") : t("drill.count", { count: formatNumber(page.total, locale) })}
            </span>
            <span className="block">{t("drill.context", { period: formatPeriod(set.period ?? period, locale), asOf: formatDateTime(asOf, locale) })}</span>
            {chosen.length > 0 && <span className="block">{t("drill.filters", { filters: chosen.join(", ") })}</span>}
          </>
        }
        actions={
          <div className="flex gap-2 print:hidden">
            <Link href={back} className={buttonClasses("secondary", "sm")}>
              {t("drill.back")}
            </Link>
            {can(user.role, "records.export") && page.total > 0 && (
              <a href={`/api/dashboard/records.csv?${here}`} download className={buttonClasses("secondary", "sm")}>
                {t("drill.downloadCsv")}
              </a>
            )}
          </div>
        }
      />
      <Card>
        {page.total === 0 ? <EmptyState message={t("drill.empty")} /> : <DrillRecords kind={set.kind} ids={page.ids} />}
      </Card>
      {page.total > 0 && (
        <nav aria-label={t("drill.pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm print:hidden">
          <span className="text-muted-foreground tabular-nums">
            {t("drill.showing", {
              from: formatNumber(page.offset + 1, locale),
              to: formatNumber(page.offset + page.ids.length, locale),
              count: formatNumber(page.total, locale),
            })}
          </span>
          <span className="flex gap-2">
            {page.offset > 0 && (
              <Link href={`?${here}`} className={buttonClasses("secondary", "sm")}>
                {t("drill.first")}
              </Link>
            )}
            {page.nextAfter !== null && (
              <Link href={withAfter(page.nextAfter)} className={buttonClasses("secondary", "sm")}>
                {t("drill.next", { count: formatNumber(Math.min(DRILL_PAGE_SIZE, page.total - page.offset - page.ids.length), locale) })}
              </Link>
            )}
          </span>
        </nav>
      )}
    </>
  );
}
