"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { cloneElement, useId, useTransition, type ReactElement } from "react";
import { useI18n } from "@/lib/i18n/provider";
import { quarterOptions, yearOptions } from "./period-options";
import {
  dashboardQueryString,
  LEAD_SOURCES,
  PERIOD_PRESETS,
  type DashboardFilters,
  type PeriodPreset,
} from "@/lib/validation/dashboard-filters";
import type { LeadSource } from "@/generated/prisma/enums";

export interface SegmentOption {
  id: number;
  name: string;
}

// The filters' own URL parameters; any other belongs to the page (a view, a what-if) and survives a filter change.
const FILTER_PARAMS = new Set(["period", "at", "from", "to", "segment", "source"]);

const control = "h-9 rounded-md border border-border bg-surface px-2 text-sm text-foreground";
const label = "flex flex-col gap-1 text-xs font-medium text-muted-foreground";

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

/**
 * The dashboard's period, segment and source filters. They live in the URL only, so a view
 * can be bookmarked and shared; changing one replaces the URL and the server renders anew.
 * `periodStart` / `periodLastDay` are the resolved period and `today` the server's date, so
 * this component never reads a clock of its own.
 */
export function FilterBar({
  filters,
  segments,
  periodStart,
  periodLastDay,
  today,
}: {
  filters: DashboardFilters;
  segments: SegmentOption[];
  periodStart: string;
  periodLastDay: string;
  today: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const apply = (next: DashboardFilters) => {
    const params = new URLSearchParams(dashboardQueryString(next));
    for (const [key, value] of searchParams) if (!FILTER_PARAMS.has(key)) params.append(key, value);
    const query = params.toString();
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };

  const choosePreset = (preset: PeriodPreset) => {
    const { segmentIds, sources } = filters;
    // A custom range starts as the period on screen, so switching to it changes nothing until edited.
    apply(preset === "custom" ? { preset, from: periodStart, to: periodLastDay, segmentIds, sources } : { preset, segmentIds, sources });
  };

  const setAt = (at: string) => apply({ preset: filters.preset, ...(at ? { at } : {}), segmentIds: filters.segmentIds, sources: filters.sources });

  const setRange = (from: string, to: string) => {
    if (from && to && from <= to) apply({ ...filters, preset: "custom", from, to });
  };

  return (
    <form
      aria-label={t("filters.label")}
      aria-busy={pending || undefined}
      onSubmit={(event) => event.preventDefault()}
      className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs print:hidden"
    >
      <Labelled text={t("filters.period")}>
        <select className={control} value={filters.preset} onChange={(event) => choosePreset(event.target.value as PeriodPreset)}>
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`filters.preset.${preset}`)}
            </option>
          ))}
        </select>
      </Labelled>

      {filters.preset === "month" && (
        <Labelled text={t("filters.month")}>
          <input
            type="month"
            className={control}
            value={periodStart.slice(0, 7)}
            max={today.slice(0, 7)}
            onChange={(event) => event.target.value && setAt(`${event.target.value}-01`)}
          />
        </Labelled>
      )}

      {filters.preset === "quarter" && (
        <Labelled text={t("filters.quarter")}>
          <select className={control} value={periodStart} onChange={(event) => setAt(event.target.value)}>
            {quarterOptions(today, periodStart).map(({ at, quarter, year }) => (
              <option key={at} value={at}>
                {t("filters.quarterOption", { quarter, year })}
              </option>
            ))}
          </select>
        </Labelled>
      )}

      {filters.preset === "year" && (
        <Labelled text={t("filters.year")}>
          <select className={control} value={periodStart} onChange={(event) => setAt(event.target.value)}>
            {yearOptions(today, periodStart).map((year) => (
              <option key={year} value={`${year}-01-01`}>
                {year}
              </option>
            ))}
          </select>
        </Labelled>
      )}

      {filters.preset === "custom" && (
        <>
          <Labelled text={t("filters.from")}>
            <input type="date" className={control} value={periodStart} max={periodLastDay} onChange={(event) => setRange(event.target.value, periodLastDay)} />
          </Labelled>
          <Labelled text={t("filters.to")}>
            <input type="date" className={control} value={periodLastDay} min={periodStart} onChange={(event) => setRange(periodStart, event.target.value)} />
          </Labelled>
        </>
      )}

      <MultiSelect
        legend={t("filters.segments")}
        summary={filters.segmentIds.length ? t("filters.selected", { count: filters.segmentIds.length }) : t("filters.all")}
        options={segments.map((segment) => ({ value: segment.id, label: segment.name }))}
        selected={filters.segmentIds}
        onToggle={(id, on) => apply({ ...filters, segmentIds: toggle(filters.segmentIds, id, on).sort((a, b) => a - b) })}
      />
      <MultiSelect
        legend={t("filters.sources")}
        summary={filters.sources.length ? t("filters.selected", { count: filters.sources.length }) : t("filters.all")}
        options={LEAD_SOURCES.map((source) => ({ value: source, label: t(`leadSource.${source}`) }))}
        selected={filters.sources}
        onToggle={(source: LeadSource, on) =>
          apply({ ...filters, sources: LEAD_SOURCES.filter((item) => (item === source ? on : filters.sources.includes(item))) })
        }
      />

      <button type="button" className="h-9 px-2 text-sm text-primary hover:underline" onClick={() => apply({ preset: "month", segmentIds: [], sources: [] })}>
        {t("filters.reset")}
      </button>
    </form>
  );
}

/** A dropdown of checkboxes: a native multi-select is hard to use with a mouse and reads poorly. */
function MultiSelect<T extends string | number>({
  legend,
  summary,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  summary: string;
  options: { value: T; label: string }[];
  selected: readonly T[];
  onToggle: (value: T, on: boolean) => void;
}) {
  return (
    <div className={label}>
      <span aria-hidden="true">{legend}</span>
      <details className="relative">
        <summary className={`${control} flex min-w-32 cursor-pointer items-center`}>
          <span className="sr-only">{legend}: </span>
          {summary}
        </summary>
        <fieldset className="absolute z-10 mt-1 flex max-h-72 min-w-48 flex-col gap-1 overflow-auto rounded-md border border-border bg-surface p-2 shadow-md">
          <legend className="sr-only">{legend}</legend>
          {options.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm font-normal text-foreground">
              <input type="checkbox" checked={selected.includes(option.value)} onChange={(event) => onToggle(option.value, event.target.checked)} />
              {option.label}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}

/** A control with its label by id, so the control's name is the label alone and not its options too. */
function Labelled({ text, children }: { text: string; children: ReactElement<{ id?: string }> }) {
  const id = useId();
  return (
    <div className={label}>
      <label htmlFor={id}>{text}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
