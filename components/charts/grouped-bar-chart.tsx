"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";

/** A fill that tells a series apart without its colour: on paper and for colour-blind readers. */
export type BarPattern = "solid" | "stripes" | "dots" | "cross";

export interface BarSeries {
  key: string;
  label: string;
  /** A CSS colour, e.g. "var(--side-knot)": the chart follows the theme like the page. */
  color: string;
  pattern: BarPattern;
}

export interface BarGroup {
  key: string;
  label: string;
  values: Record<string, number>;
}

function PatternFill({ id, color, pattern }: { id: string; color: string; pattern: BarPattern }) {
  if (pattern === "solid") {
    return (
      <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={color} />
      </pattern>
    );
  }
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform={pattern === "stripes" ? "rotate(45)" : undefined}>
      <rect width="8" height="8" fill={color} fillOpacity={0.2} />
      {pattern === "stripes" && <rect width="3" height="8" fill={color} />}
      {pattern === "dots" && <circle cx="4" cy="4" r="1.8" fill={color} />}
      {pattern === "cross" && <path d="M0 0L8 8M8 0L0 8" stroke={color} strokeWidth="1.5" />}
    </pattern>
  );
}

/**
 * Groups of bars side by side, one bar per series, each series with its own colour and
 * pattern and named in the legend. The page shows the same numbers in a table beside it.
 */
export function GroupedBarChart({
  data,
  series,
  label,
  fractionDigits = 0,
}: {
  data: BarGroup[];
  series: BarSeries[];
  label: string;
  fractionDigits?: number;
}) {
  const { locale } = useI18n();
  const id = useId().replace(/:/g, "");
  const fillOf = (key: string) => `url(#${id}-${key})`;
  const rows = data.map((group) => ({ label: group.label, ...group.values }));

  return (
    <figure aria-label={label} className="h-80 w-full break-inside-avoid">
      <svg width="0" height="0" aria-hidden="true" className="absolute">
        <defs>
          {series.map((item) => (
            <PatternFill key={item.key} id={`${id}-${item.key}`} color={item.color} pattern={item.pattern} />
          ))}
        </defs>
      </svg>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap="18%">
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="label" interval={0} tick={{ fill: "var(--chart-axis)", fontSize: 11 }} stroke="var(--chart-grid)" />
          <YAxis
            allowDecimals={fractionDigits > 0}
            tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
            stroke="var(--chart-grid)"
            tickFormatter={(value: number) => formatNumber(value, locale, fractionDigits)}
          />
          <Tooltip
            cursor={{ fill: "var(--surface-muted)" }}
            contentStyle={{ background: "var(--surface)", borderColor: "var(--border)", color: "var(--foreground)", fontSize: 12 }}
            formatter={(value) => (typeof value === "number" ? formatNumber(value, locale, fractionDigits) : String(value))}
          />
          {/* In the series' own order, not the legend's default alphabetical one, which changes with the language. */}
          <Legend itemSorter={(item) => series.findIndex((entry) => entry.key === item.dataKey)} wrapperStyle={{ fontSize: 12, color: "var(--foreground)" }} />
          {series.map((item) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.label}
              fill={fillOf(item.key)}
              stroke={item.color}
              strokeWidth={1}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
