"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyCompact, formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { AXIS_TICK, legendText, HatchPatterns, toneFill, TOOLTIP_STYLE, useOpen, type ChartTone } from "./chart-tones";

export interface StackedSeries {
  key: string;
  label: string;
  tone: ChartTone;
  hatched?: boolean;
}

export interface StackedRow {
  key: string;
  label: string;
  /** Per series key; a negative value stacks below zero. */
  values: Record<string, number>;
  /** Per series key: the records behind that part of the bar. */
  hrefs?: Record<string, string>;
}

/**
 * Bars stacked per row, positives above zero and negatives below, in money (minor units of
 * `currency`) or counts. Each part opens the records behind it.
 */
export function StackedBarChart({
  label,
  series,
  rows,
  currency,
}: {
  label: string;
  series: StackedSeries[];
  rows: StackedRow[];
  /** Money in this currency's minor units; counts when absent. */
  currency?: string;
}) {
  const { locale } = useI18n();
  const open = useOpen();
  const prefix = useId().replace(/:/g, "");
  const tick = (value: number) => (currency ? formatMoneyCompact(value, currency, locale) : formatNumber(value, locale));
  const full = (value: number) => (currency ? formatMoney(value, currency, locale) : formatNumber(value, locale));
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  const hatched = series.filter((item) => item.hatched).map((item) => item.tone);

  return (
    <figure aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} stackOffset="sign" margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <HatchPatterns prefix={prefix} tones={hatched} />
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="label" tick={AXIS_TICK} stroke="var(--chart-grid)" />
          <YAxis allowDecimals={false} tick={AXIS_TICK} stroke="var(--chart-grid)" tickFormatter={tick} width={currency ? 72 : 48} />
          <ReferenceLine y={0} stroke="var(--chart-axis)" />
          <Tooltip cursor={{ fill: "var(--surface-muted)" }} contentStyle={TOOLTIP_STYLE} formatter={(value) => (typeof value === "number" ? full(value) : String(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
          {series.map((item) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.label}
              stackId="stack"
              fill={toneFill(item.tone, item.hatched, prefix)}
              stroke={`var(--chart-${item.tone})`}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(_data, index) => open(rows[index]?.hrefs?.[item.key])}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
