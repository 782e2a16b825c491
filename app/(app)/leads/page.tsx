import type { Metadata } from "next";
import Link from "next/link";
import { LeadFilters } from "@/components/leads/lead-filters";
import { LeadTable } from "@/components/leads/lead-table";
import { BulkActions } from "@/components/records/bulk/bulk-actions";
import { SavedViews } from "@/components/records/views/saved-views";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { LEAD_COUNT_CAP, listLeadPage } from "@/lib/data/leads";
import { listSegmentOptions } from "@/lib/data/segment-options";
import { listOwners } from "@/lib/data/users";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { SearchParamsInput } from "@/lib/validation/dashboard-filters";
import { leadListQuery, parseLeadListView } from "@/lib/validation/lead-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("leads.title") };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const user = await authorizePage("records.read");

  const view = parseLeadListView(await searchParams);
  const { t, locale } = await getI18n();
  const [page, segments, owners] = await Promise.all([listLeadPage(view), listSegmentOptions(locale), listOwners()]);
  const capped = page.total > LEAD_COUNT_CAP;
  const count = formatNumber(capped ? LEAD_COUNT_CAP : page.total, locale);
  const start = leadListQuery({ ...view, after: undefined });
  const href = (query: string) => (query ? `/leads?${query}` : "/leads");

  return (
    <>
      <PageHeader
        title={t("leads.title")}
        description={
          <>
            <span className="block text-base font-medium text-foreground" data-testid="lead-count">
              {capped ? t("leads.countCapped", { count }) : page.total === 1 ? t("leads.countOne") : t("leads.count", { count })}
            </span>
            {capped && <span className="block">{t("leads.countCappedNote", { count })}</span>}
          </>
        }
      />
      <LeadFilters
        view={view}
        segments={segments.map((segment) => ({ value: String(segment.id), label: segment.name }))}
        owners={owners.map((owner) => ({ value: String(owner.id), label: owner.name }))}
      />
      <div className="mb-4 flex flex-col gap-3">
        <SavedViews kind="LEAD" query={start} user={user} />
        <BulkActions kind="LEAD" user={user} />
      </div>
      <Card>{page.leads.length === 0 ? <EmptyState message={t("leads.noMatch")} /> : <LeadTable leads={page.leads} selectable />}</Card>
      {(view.after || page.next) && (
        <nav aria-label={t("leads.pagination")} className="mt-4 flex justify-end gap-2 text-sm">
          {view.after && (
            <Link href={href(start)} className={buttonClasses("secondary", "sm")}>
              {t("leads.first")}
            </Link>
          )}
          {page.next && (
            <Link href={href(leadListQuery({ ...view, after: page.next }))} className={buttonClasses("secondary", "sm")}>
              {t("leads.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
