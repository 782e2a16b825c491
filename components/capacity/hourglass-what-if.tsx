"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { moneyText } from "@/components/funnel/format";
import { MetricTile } from "@/components/funnel/metric-tile";
import { Button } from "@/components/ui/button";
import { InfoTip } from "@/components/ui/info-tip";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { hourglass } from "@/lib/metrics/hourglass";
import {
  hourglassInputs,
  hourglassQueryString,
  MAX_DEAL_SIZE,
  type HourglassScenario,
} from "@/lib/validation/hourglass-scenario";
import { SliderField } from "./slider-field";

// Long enough that holding an arrow key or dragging writes the URL once, short enough to feel live.
const URL_DELAY_MS = 300;

// The two conversion rates, in percent to one decimal.
const RATES = ["meetingRate", "saleRate"] as const;

const control = "h-9 w-40 rounded-md border border-border bg-surface px-2 text-sm text-foreground tabular-nums";

/**
 * The hourglass's sliders and what they give a month. The result is lib/metrics' hourglass
 * computed right here, so it follows every keystroke; the scenario goes into the URL shortly
 * after (replacing it, so Back still leaves the page), which makes it a link to share and
 * the server's first render of that link the same figures.
 */
export function HourglassWhatIf({
  initial,
  preset,
  current,
  countMax,
  baseQuery,
}: {
  initial: HourglassScenario;
  preset: HourglassScenario;
  /** The period's measured flow as a scenario; null when nothing entered the chain. */
  current: HourglassScenario | null;
  countMax: number;
  /** The dashboard filters' query string, kept in front of the scenario's. */
  baseQuery: string;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const [, startTransition] = useTransition();
  const [scenario, setScenario] = useState(initial);
  // What is typed in the deal size while it is not a number yet (an emptied field), so the field can be retyped.
  const [dealDraft, setDealDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const dealSizeId = useId();
  useEffect(() => () => clearTimeout(timer.current), []);

  const update = (next: HourglassScenario) => {
    setScenario(next);
    setDealDraft(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = [baseQuery, hourglassQueryString(next)].filter(Boolean).join("&");
      startTransition(() => router.replace(`${pathname}?${query}`, { scroll: false }));
    }, URL_DELAY_MS);
  };
  const set = (change: Partial<HourglassScenario>) => update({ ...scenario, ...change });

  const result = hourglass(hourglassInputs(scenario));
  const number = (value: number) => formatNumber(value, locale);
  const percent = (value: number) => formatPercent(value / 100, locale);
  const noLimit = t("capacity.whatIf.noLimit");

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <span className="text-sm font-medium">{t("capacity.whatIf.startFrom")}</span>
        <Button variant="secondary" size="sm" onClick={() => update(preset)}>
          {t("capacity.whatIf.preset", {
            visits: number(preset.visits),
            capacity: preset.capacity === null ? noLimit : number(preset.capacity),
            meetingRate: percent(preset.meetingRate),
            saleRate: percent(preset.saleRate),
          })}
        </Button>
        <Button variant="secondary" size="sm" disabled={current === null} onClick={() => current && update(current)}>
          {t("capacity.whatIf.current")}
        </Button>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-sm font-semibold">{t("capacity.whatIf.inputs")}</legend>
          <SliderField
            name="visits"
            label={t("capacity.whatIf.visits")}
            definition={t("capacity.whatIf.visitsDefinition")}
            value={scenario.visits}
            max={countMax}
            step={1}
            valueText={number(scenario.visits)}
            onChange={(visits) => set({ visits })}
          />
          <SliderField
            name="capacity"
            label={t("capacity.whatIf.capacity")}
            definition={t("capacity.whatIf.capacityDefinition")}
            value={scenario.capacity ?? countMax}
            max={countMax}
            step={1}
            valueText={scenario.capacity === null ? noLimit : number(scenario.capacity)}
            disabled={scenario.capacity === null}
            onChange={(capacity) => set({ capacity })}
          >
            <label className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={scenario.capacity === null}
                onChange={(event) => set({ capacity: event.target.checked ? null : Math.min(countMax, preset.capacity ?? countMax) })}
              />
              {noLimit}
            </label>
          </SliderField>
          {RATES.map((rate) => (
            <SliderField
              key={rate}
              name={rate}
              label={t(`capacity.whatIf.${rate}`)}
              definition={t(`capacity.whatIf.${rate}Definition`)}
              value={scenario[rate]}
              max={100}
              step={0.1}
              valueText={percent(scenario[rate])}
              onChange={(value) => set({ [rate]: value })}
            />
          ))}
          <div className="flex flex-col gap-1.5 text-sm">
            <span className="inline-flex items-center gap-1">
              <label htmlFor={dealSizeId} className="font-medium">
                {t("capacity.whatIf.dealSize")}
              </label>
              <InfoTip id={`${dealSizeId}-definition`} label={t("common.definitionOf", { term: t("capacity.whatIf.dealSize") })} text={t("capacity.whatIf.dealSizeDefinition")} />
            </span>
            <input
              id={dealSizeId}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_DEAL_SIZE}
              step={1}
              value={dealDraft ?? scenario.dealSize}
              onChange={(event) => {
                const value = event.target.valueAsNumber;
                if (Number.isFinite(value)) set({ dealSize: Math.min(MAX_DEAL_SIZE, Math.max(0, Math.round(value))) });
                else setDealDraft(event.target.value);
              }}
              onBlur={() => setDealDraft(null)}
              className={control}
            />
          </div>
        </fieldset>

        <div className="flex flex-col gap-3" aria-live="polite">
          <h3 className="text-sm font-semibold">{t("capacity.whatIf.result")}</h3>
          <dl aria-label={t("capacity.whatIf.result")} className="grid gap-3 sm:grid-cols-2">
            <MetricTile
              id="definition-what-if-meetings"
              label={t("capacity.whatIf.meetings")}
              definition={t("capacity.whatIf.meetingsDefinition")}
              value={number(result.meetings)}
              detail={t("capacity.whatIf.handledDetail", { handled: number(result.handled), visits: number(scenario.visits) })}
              t={t}
            />
            <MetricTile id="definition-what-if-sales" label={t("capacity.whatIf.sales")} definition={t("capacity.whatIf.salesDefinition")} value={number(result.sales)} t={t} />
            <MetricTile
              id="definition-what-if-revenue"
              label={t("capacity.whatIf.revenue")}
              definition={t("capacity.whatIf.revenueDefinition")}
              value={moneyText(result.revenueMinor, locale)}
              t={t}
            />
            <MetricTile id="definition-what-if-lost" label={t("capacity.whatIf.lost")} definition={t("capacity.whatIf.lostDefinition")} value={number(result.lost)} t={t} />
          </dl>
          <p className="text-sm">
            {result.salesIfRelieved === null
              ? t("capacity.whatIf.free")
              : t("capacity.whatIf.binds", { lost: number(result.lost), sales: number(result.salesIfRelieved) })}
          </p>
        </div>
      </div>
    </div>
  );
}
