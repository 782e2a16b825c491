"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoneyCompact } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { AXIS_TICK, HatchPatterns, toneFill, TOOLTIP_STYLE, useOpen, type ChartTone } from "./chart-tones";

export interface WaterfallBar {
  key: string;
  label: string;
  tone: ChartTone;
  /** +1 adds to the level, −1 takes from it, 0 is a total standing on zero. */
  sign: 1 | -1 | 0;
  fromMinor: number;
  toMinor: number;
  amountMinor: number;
  /** The tooltip's text: the amount and the accounts behind it. */
  detail: string;
  href?: string;
}

/**
 * The lowest value the axis needs. Movements are small next to the MRR they move, so the
 * axis starts just below the lowest level reached when that is far from zero (and says so).
 */
function axisFloor(bars: readonly WaterfallBar[]): number {
  const levels = bars.flatMap((bar) => (bar.sign === 0 ? [bar.toMinor] : [bar.fromMinor, bar.toMinor]));
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  const floor = low - Math.max(high - low, high * 0.01);
  if (floor < high * 0.5) return 0;
  const step = 10 ** Math.floor(Math.log10(high - floor));
  return Math.floor(floor / step) * step;
}

/** Starting MRR, each movement from the running level, and ending MRR as floating bars; a bar opens its accounts. */
export function MrrWaterfallChart({ label, currency, bars }: { label: string; currency: string; bars: WaterfallBar[] }) {
  const { locale, t } = useI18n();
  const open = useOpen();
  const prefix = useId().replace(/:/g, "");
  const floor = axisFloor(bars);
  // Above a raised floor the ticks lie close together, so they need another digit to differ.
  const money = (value: number) => formatMoneyCompact(value, currency, locale, floor > 0 ? 2 : 1);
  const data = bars.map((bar) => ({
    ...bar,
    range: [Math.max(Math.min(bar.fromMinor, bar.toMinor), floor), Math.max(bar.fromMinor, bar.toMinor)],
    text: bar.sign === 0 ? money(bar.amountMinor) : `${bar.sign > 0 ? "+" : "−"}${money(bar.amountMinor)}`,
  }));

  return (
    <figure aria-label={label} className="flex w-full flex-col gap-1">
      <div className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: 8 }}>
            <HatchPatterns prefix={prefix} tones={["contraction", "churn"]} />
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis dataKey="label" tick={AXIS_TICK} stroke="var(--chart-grid)" interval={0} />
            <YAxis domain={[floor, "auto"]} allowDataOverflow tick={AXIS_TICK} stroke="var(--chart-grid)" tickFormatter={money} width={72} />
            <Tooltip
              cursor={{ fill: "var(--surface-muted)" }}
              contentStyle={TOOLTIP_STYLE}
              formatter={(_value, _name, item) => [String(item.payload?.detail ?? ""), String(item.payload?.label ?? "")]}
            />
            <Bar dataKey="range" isAnimationActive={false} cursor="pointer" onClick={(_data, index) => open(bars[index]?.href)}>
              {bars.map((bar) => (
                <Cell key={bar.key} fill={toneFill(bar.tone, bar.sign < 0, prefix)} stroke={`var(--chart-${bar.tone})`} />
              ))}
              <LabelList dataKey="text" position="top" fill="var(--foreground)" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      {floor > 0 && <figcaption className="text-xs text-muted-foreground">{t("retention.axisFrom", { value: money(floor) })}</figcaption>}
    </figure>
  );
}
