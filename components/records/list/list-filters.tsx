import Form from "next/form";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/translator";
import { UNASSIGNED } from "@/lib/records/list/filters";
import { SORT_DIRECTIONS, type AnyView, type ColumnId, type FilterSpec, type ListSpec, type OptionSource } from "@/lib/records/list/spec";
import { SHOWN_SORT_PARAM, shownColumns } from "@/lib/records/list/view";
import { getI18n } from "@/lib/i18n/server";
import { Choices, control, Input, labelled, Select, type FilterOption } from "./filter-controls";

export type FilterOptions = Partial<Record<OptionSource, FilterOption[]>>;

const strings = (values: unknown) => ((values as readonly (string | number)[] | undefined) ?? []).map(String);

function FilterControl({ filter, view, options, t }: { filter: FilterSpec; view: AnyView; options: FilterOptions; t: Translate }) {
  switch (filter.type) {
    case "choice":
      return (
        <Choices
          name={filter.param}
          legend={t(filter.label)}
          chosen={strings(view[filter.field])}
          options={filter.values.map((value) => ({ value, label: t(filter.optionLabel(value)) }))}
        />
      );
    case "ids":
    case "codes":
      return <Choices name={filter.param} legend={t(filter.label)} chosen={strings(view[filter.field])} options={options[filter.options] ?? []} />;
    case "owner":
      return (
        <Choices
          name={filter.param}
          legend={t(filter.label)}
          chosen={[...strings(view[filter.field]), ...(view[filter.nullField] ? [UNASSIGNED] : [])]}
          options={[{ value: UNASSIGNED, label: t("common.unassigned") }, ...(options.owners ?? [])]}
        />
      );
    case "days":
      return (
        <>
          <Input type="date" name={filter.from} label={t(filter.fromLabel)} value={view[filter.from] as string | undefined} />
          <Input type="date" name={filter.to} label={t(filter.toLabel)} value={view[filter.to] as string | undefined} />
        </>
      );
    case "range":
      return (
        <>
          <Input type="number" name={filter.min} label={t(filter.minLabel)} value={view[filter.min] as number | undefined} min={filter.bounds[0]} max={filter.bounds[1]} />
          <Input type="number" name={filter.max} label={t(filter.maxLabel)} value={view[filter.max] as number | undefined} min={filter.bounds[0]} max={filter.bounds[1]} />
        </>
      );
  }
}

const isField = (filter: FilterSpec) => filter.type === "days" || filter.type === "range";

/**
 * A list's filters, sort and columns as a GET form: submitting writes them to the URL
 * (dropping the page cursor, so a new view starts at its first page) and the server renders
 * the list anew. The sort it was showing goes along, so a newly chosen sort opens in its own
 * direction rather than the old sort's.
 */
export async function ListFilters({ spec, view, options }: { spec: ListSpec; view: AnyView; options: FilterOptions }) {
  const { t } = await getI18n();
  const shown = shownColumns(spec, view);
  return (
    <Form action={spec.path} aria-label={t(`lists.${spec.kind}.filters`)} className="mb-6 flex flex-col gap-4 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs">
      <input type="hidden" name={SHOWN_SORT_PARAM} value={view.sort} />
      <div className="flex flex-wrap items-end gap-4">
        <label className={labelled}>
          {t("lists.search")}
          <input type="search" name="q" defaultValue={view.q ?? ""} placeholder={t(spec.search.placeholder)} maxLength={100} className={`${control} w-72`} />
        </label>
        {spec.filters.filter(isField).map((filter, index) => (
          <FilterControl key={index} filter={filter} view={view} options={options} t={t} />
        ))}
        <Select name="sort" label={t("lists.sort")} value={view.sort} options={Object.entries(spec.sorts).map(([value, sort]) => ({ value, label: t(sort.label) }))} />
        <Select name="dir" label={t("lists.direction")} value={view.dir} options={SORT_DIRECTIONS.map((value) => ({ value, label: t(`lists.direction.${value}`) }))} />
        <button type="submit" className={buttonClasses("primary", "sm")}>
          {t("lists.apply")}
        </button>
        <Link href={spec.path} className={buttonClasses("ghost", "sm")}>
          {t("lists.clear")}
        </Link>
      </div>
      <div className="flex flex-wrap gap-6">
        {spec.filters.filter((filter) => !isField(filter)).map((filter, index) => (
          <FilterControl key={index} filter={filter} view={view} options={options} t={t} />
        ))}
        {/* An empty value marks the column choice as submitted, so unticking every column is kept. */}
        <input type="hidden" name="cols" value="" />
        <Choices
          name="cols"
          legend={t("lists.columns")}
          chosen={shown}
          options={spec.columns.map((column: ColumnId) => ({ value: column, label: t(`lists.column.${column}`) }))}
        />
      </div>
    </Form>
  );
}
