"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from "./chart-theme";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";

export interface TrendSeries {
  key: string;
  label: string;
}

// Colour and dash together, so the lines read apart in grey print and for any colour vision.
const STYLES = [
  { stroke: "var(--chart-series-1)", dash: undefined },
  { stroke: "var(--chart-series-2)", dash: "6 3" },
  { stroke: "var(--chart-series-3)", dash: "2 3" },
  { stroke: "var(--chart-series-4)", dash: "10 3 2 3" },
];

/** Volumes per month as one line per series; `data` rows hold `label` and a number per series key. */
export function StageTrendChart({ data, series, label }: { data: Record<string, string | number>[]; series: TrendSeries[]; label: string }) {
  const { locale } = useI18n();
  return (
    <figure aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="label" tick={AXIS_TICK} stroke={GRID_STROKE} />
          <YAxis
            allowDecimals={false}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            tickFormatter={(value: number) => formatNumber(value, locale)}
          />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            formatter={(value) => (typeof value === "number" ? formatNumber(value, locale) : String(value))}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((item, index) => {
            const style = STYLES[index % STYLES.length]!;
            return (
              <Line
                key={item.key}
                dataKey={item.key}
                name={item.label}
                stroke={style.stroke}
                strokeDasharray={style.dash}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
