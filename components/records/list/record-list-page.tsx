import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { can, EDIT_ACTION } from "@/lib/auth/permissions";
import { listAccountCountries } from "@/lib/data/accounts";
import { listSegmentOptions } from "@/lib/data/segment-options";
import { listOwners } from "@/lib/data/users";
import { db } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { LIST_COUNT_CAP, listIdPage } from "@/lib/records/list/page";
import { newPath } from "@/lib/records/paths";
import type { AnyView, ListSpec, OptionSource } from "@/lib/records/list/spec";
import { listQuery, parseListView, SHOWN_SORT_PARAM, shownColumns } from "@/lib/records/list/view";
import { toRecord, type SearchParamsInput } from "@/lib/validation/url-params";
import type { ListBinding } from "./binding";
import type { FilterOption } from "./filter-controls";
import { ListFilters, type FilterOptions } from "./list-filters";
import { ListPager } from "./list-pager";
import { LIST_TITLE, ListTable } from "./list-table";
import { ListToolbar } from "./list-toolbar";

const OPTION_LOADERS: Record<OptionSource, (locale: Locale) => Promise<FilterOption[]>> = {
  segments: async (locale) => (await listSegmentOptions(locale)).map((segment) => ({ value: String(segment.id), label: segment.name })),
  owners: async () => (await listOwners()).map((owner) => ({ value: String(owner.id), label: owner.name })),
  countries: async () => (await listAccountCountries()).map((country) => ({ value: country, label: country })),
};

/** The options of the filters this spec has, loaded together. */
async function loadOptions(spec: ListSpec, locale: Locale): Promise<FilterOptions> {
  const sources = new Set(spec.filters.flatMap((filter) => (filter.type === "owner" ? ["owners" as const] : "options" in filter ? [filter.options] : [])));
  return Object.fromEntries(await Promise.all([...sources].map(async (source) => [source, await OPTION_LOADERS[source](locale)] as const)));
}

/**
 * A record list page, the same for every kind: the view from the URL, a toolbar, the
 * filters, one keyset page of rows with the chosen columns, and the pager.
 */
export async function RecordListPage<S extends ListSpec, Row extends { id: number; version: number }>({
  binding,
  searchParams,
}: {
  binding: ListBinding<S, Row>;
  searchParams: Promise<SearchParamsInput>;
}) {
  const user = await authorizePage("records.read");
  const spec = binding.spec;
  const params = toRecord(await searchParams);
  const view = parseListView(spec, params) as AnyView;
  // A submitted filter form brings every field, empty or default; its view moves to its own
  // canonical URL, so the address bar, bookmarks and saved views hold one spelling of it.
  if (params[SHOWN_SORT_PARAM] !== undefined) {
    const query = listQuery(spec, view);
    redirect(query ? `${spec.path}?${query}` : spec.path);
  }
  const { t, locale } = await getI18n();
  const [page, options] = await Promise.all([listIdPage(spec, view, db), loadOptions(spec, locale)]);
  const rows = await binding.rows(page.ids);
  const total = page.total ?? 0;
  const capped = total > LIST_COUNT_CAP;
  const count = formatNumber(capped ? LIST_COUNT_CAP : total, locale);

  return (
    <>
      <PageHeader
        title={t(LIST_TITLE[spec.kind])}
        actions={
          can(user.role, EDIT_ACTION[spec.kind]) && (
            <Link href={newPath(spec.kind)} className={buttonClasses("primary", "sm")}>
              {t(`recordForms.new.${spec.kind}`)}
            </Link>
          )
        }
        description={
          <>
            <span className="block text-base font-medium text-foreground" data-testid="list-count">
              {capped ? t(`lists.${spec.kind}.countCapped`, { count }) : total === 1 ? t(`lists.${spec.kind}.countOne`) : t(`lists.${spec.kind}.count`, { count })}
            </span>
            {capped && <span className="block">{t("lists.countCappedNote", { count })}</span>}
          </>
        }
      />
      <ListFilters spec={spec} view={view} options={options} />
      <ListToolbar spec={spec} view={view} user={user} />
      <Card>
        {rows.length === 0 ? (
          <EmptyState message={t(`lists.${spec.kind}.noMatch`)} />
        ) : (
          <ListTable binding={binding} rows={rows} columns={shownColumns(spec, view) as S["columns"][number][]} selectable />
        )}
      </Card>
      <ListPager spec={spec} view={view} next={page.next} />
    </>
  );
}
