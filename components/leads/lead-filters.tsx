import Form from "next/form";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { getI18n } from "@/lib/i18n/server";
import {
  LEAD_LIST_SOURCES,
  LEAD_SORTS,
  LEAD_STAGES,
  LEAD_STATUSES,
  SORT_DIRECTIONS,
  UNASSIGNED,
  type LeadListView,
} from "@/lib/validation/lead-list";

export interface FilterOption {
  value: string;
  label: string;
}

const control = "h-9 rounded-md border border-border bg-surface px-2 text-sm text-foreground";
const labelled = "flex flex-col gap-1 text-xs font-medium text-muted-foreground";

function Choices({ name, legend, options, chosen }: { name: string; legend: string; options: FilterOption[]; chosen: readonly string[] }) {
  return (
    <fieldset className="min-w-40">
      <legend className="mb-1 text-xs font-medium text-muted-foreground">{legend}</legend>
      <div className="flex max-h-44 flex-col gap-1 overflow-y-auto pr-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={chosen.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Select({ name, label, value, options }: { name: string; label: string; value: string; options: FilterOption[] }) {
  return (
    <label className={labelled}>
      {label}
      <select name={name} defaultValue={value} className={control}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The list's filters as a GET form: submitting writes them to the URL (dropping the page
 * cursor, so a new view starts at its first page) and the server renders the list anew.
 */
export async function LeadFilters({ view, segments, owners }: { view: LeadListView; segments: FilterOption[]; owners: FilterOption[] }) {
  const { t } = await getI18n();
  return (
    <Form action="/leads" aria-label={t("leads.filters")} className="mb-6 flex flex-col gap-4 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs">
      <div className="flex flex-wrap items-end gap-4">
        <label className={labelled}>
          {t("leads.search")}
          <input type="search" name="q" defaultValue={view.q ?? ""} placeholder={t("leads.searchPlaceholder")} maxLength={100} className={`${control} w-72`} />
        </label>
        <label className={labelled}>
          {t("leads.createdFrom")}
          <input type="date" name="from" defaultValue={view.from ?? ""} className={control} />
        </label>
        <label className={labelled}>
          {t("leads.createdTo")}
          <input type="date" name="to" defaultValue={view.to ?? ""} className={control} />
        </label>
        <Select name="sort" label={t("leads.sort")} value={view.sort} options={LEAD_SORTS.map((value) => ({ value, label: t(`leads.sort.${value}`) }))} />
        <Select name="dir" label={t("leads.direction")} value={view.dir} options={SORT_DIRECTIONS.map((value) => ({ value, label: t(`leads.direction.${value}`) }))} />
        <button type="submit" className={buttonClasses("primary", "sm")}>
          {t("leads.apply")}
        </button>
        <Link href="/leads" className={buttonClasses("ghost", "sm")}>
          {t("leads.clear")}
        </Link>
      </div>
      <div className="flex flex-wrap gap-6">
        <Choices name="stage" legend={t("leads.stage")} chosen={view.stages} options={LEAD_STAGES.map((value) => ({ value, label: t(`stage.${value}`) }))} />
        <Choices name="status" legend={t("leads.status")} chosen={view.statuses} options={LEAD_STATUSES.map((value) => ({ value, label: t(`leadStatus.${value}`) }))} />
        <Choices name="source" legend={t("leads.source")} chosen={view.sources} options={LEAD_LIST_SOURCES.map((value) => ({ value, label: t(`leadSource.${value}`) }))} />
        <Choices name="segment" legend={t("leads.segment")} chosen={view.segmentIds.map(String)} options={segments} />
        <Choices
          name="owner"
          legend={t("leads.owner")}
          chosen={[...view.ownerIds.map(String), ...(view.unassigned ? [UNASSIGNED] : [])]}
          options={[{ value: UNASSIGNED, label: t("common.unassigned") }, ...owners]}
        />
      </div>
    </Form>
  );
}
